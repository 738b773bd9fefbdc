// The Present view (DESIGN §6, §7): `#/present` lists the stories, `#/present/<story>/<step>` plays one
// for the audience (present-show.tsx) and `#/present/<story>/<step>/presenter` is the presenter window
// (presenter-view.tsx). A story that does not exist, a broken story file or a step number the story does
// not have is answered with a plain message in Swedish and English and the way on, never a blank page.
import { useEffect, useMemo } from 'react';
import type { LoadedModel } from '@/data/loaded-model';
import { useI18n } from '@/i18n/language';
import { Takeaway } from '@/render/takeaway';
import { PresentShow, type Navigate } from './present-show';
import { PresenterView } from './presenter-view';
import { loadStories, storyScenarios, type StoryFile } from './story-files';
import type { FigureWorld } from './story-figures';
import { presentPath } from './story-urls';
import './present.css';

const MAX_SHOWN = 60;
const shown = (text: string): string => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);

function StoryList({ stories }: { stories: readonly StoryFile[] }) {
  const { t, pick } = useI18n();
  return (
    <ul className="story-list">
      {stories.map((file) =>
        file.ok ? (
          <li key={file.file}>
            <h2>
              <a href={`#${presentPath(file.id, 1)}`}>{pick(file.story.title)}</a>
            </h2>
            <p>{pick(file.story.description)}</p>
            <p className="help">
              {pick(file.story.audience)} {t('present.list.steps', { count: file.story.steps.length })}
              {file.story.steps.some((s) => !s.ok) &&
                ` ${t('present.list.brokenSteps', { count: file.story.steps.filter((s) => !s.ok).length })}`}
            </p>
          </li>
        ) : (
          <li key={file.file}>
            <div role="alert" className="error-panel">
              <p>
                <strong>{t('present.list.broken', { file: file.file })}</strong>
              </p>
              <ul>
                {file.issues.slice(0, 10).map((issue, i) => (
                  <li key={i}>
                    {pick(issue.message)} {issue.path !== '' && <code>{issue.path}</code>}
                  </li>
                ))}
              </ul>
            </div>
          </li>
        ),
      )}
    </ul>
  );
}

function ListPage({ stories, problem }: { stories: readonly StoryFile[]; problem?: string }) {
  const { t } = useI18n();
  // The list's answer: how many stories there are to show, how long they are, and whether every step works.
  const counts = stories.flatMap((file) =>
    file.ok ? [{ steps: file.story.steps.length, broken: file.story.steps.filter((s) => !s.ok).length }] : [],
  );
  return (
    <div className="present-list">
      <h1>{t('present.list.heading')}</h1>
      {problem !== undefined && (
        <div role="alert" className="error-panel">
          <p>{problem}</p>
          <p>{t('present.unknown.choose')}</p>
        </div>
      )}
      {counts.length > 0 && (
        <Takeaway>
          {t('present.list.takeaway', {
            stories: counts.length,
            steps: counts.reduce((sum, c) => sum + c.steps, 0),
            min: Math.min(...counts.map((c) => c.steps)),
            max: Math.max(...counts.map((c) => c.steps)),
            broken: counts.reduce((sum, c) => sum + c.broken, 0),
          })}
        </Takeaway>
      )}
      <p className="lead">{t('present.list.intro')}</p>
      <StoryList stories={stories} />
    </div>
  );
}

/** A step parameter: a whole number 1…count, or undefined for none given. */
function stepOf(param: string | undefined, count: number): number | 'bad' | undefined {
  if (param === undefined || param === '') return undefined;
  if (!/^\d{1,4}$/.test(param)) return 'bad';
  const step = Number(param);
  return step >= 1 && step <= count ? step : 'bad';
}

export function PresentPage({
  storyId,
  step,
  mode,
  models,
  navigate,
}: {
  storyId: string | undefined;
  step: string | undefined;
  /** `presenter` for the presenter window; anything else is the audience's show. */
  mode?: string | undefined;
  models: readonly LoadedModel[];
  navigate: Navigate;
}) {
  const { t, pick } = useI18n();
  const valid = useMemo(() => models.flatMap((m) => (m.result.ok ? [m.result.model] : [])), [models]);
  const world = useMemo<FigureWorld>(() => ({ models: new Map(valid.map((m) => [m.id, m])), scenarios: storyScenarios }), [valid]);
  const stories = useMemo(() => loadStories(valid), [valid]);
  const file = storyId === undefined ? undefined : stories.find((s) => s.id === storyId);
  const count = file?.ok ? file.story.steps.length : 0;
  const stepNumber = stepOf(step, count);

  // `#/present/hearing` starts the story at its first step, without a history entry of its own.
  useEffect(() => {
    if (file?.ok && stepNumber === undefined) navigate(presentPath(file.id, 1), { replace: true });
  }, [file, stepNumber, navigate]);

  if (storyId === undefined) return <ListPage stories={stories} />;
  if (file === undefined) return <ListPage stories={stories} problem={t('present.unknown', { id: shown(decodeSafely(storyId)) })} />;
  if (!file.ok) return <ListPage stories={stories} />;
  if (stepNumber === 'bad') {
    return (
      <div className="present-list">
        <h1>{pick(file.story.title)}</h1>
        <div role="alert" className="error-panel">
          <p>{t('present.badStep', { step: shown(decodeSafely(step ?? '')), count })}</p>
          <p>
            <a href={`#${presentPath(file.id, 1)}`}>{t('present.badStep.first')}</a>
          </p>
        </div>
      </div>
    );
  }
  if (mode === 'presenter') return <PresenterView story={file.story} stepNumber={stepNumber ?? 1} world={world} navigate={navigate} />;
  return <PresentShow story={file.story} stepNumber={stepNumber ?? 1} world={world} navigate={navigate} />;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
