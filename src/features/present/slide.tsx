// One step of a story on the big screen (DESIGN §7): the takeaway sentence with every `{model.figure}`
// filled in from the simulator, the picture that fills the stage, and one line of sources with their
// status. The narration, the key figures as a table and the contested assumptions are for the presenter
// window and the handout (their pieces are here too); "Utforska" opens the step live in its view. A broken
// step shows what is wrong instead.
import { Fragment, type ReactNode } from 'react';
import type { Text } from '@/domain/model-schema';
import { narrationParts, parseFigureRef, refFormat, STORY_FIGURES, type StoryFigureName } from '@/domain/story-figure-names';
import type { Contested, StoryStep } from '@/domain/story-schema';
import type { LoadedStory, StoryStepEntry } from '@/domain/validate-story';
import { useI18n, type I18n } from '@/i18n/language';
import { ValueBadge } from '@/render/status-badge';
import type { TableSpec } from '@/render/table-spec';
import { shortName } from './short-name';
import { chartOf, SlideChartView } from './slide-chart';
import { robustnessSize, StatementLine } from './slide-robustness';
import { exampleSeed, figureStatus, figureValue, formatFigure, stepScenario, type FigureWorld } from './story-figures';
import { STORY_RUNS, useStoryRuns } from './story-runs';
import { livePath } from './story-urls';

/** The narration with its placeholders filled: figures in bold, paragraphs at blank lines. */
export function FilledText({ text, step, world }: { text: string; step: StoryStep; world: FigureWorld }) {
  const { number } = useI18n();
  const paragraphs = text.split(/\n\s*\n/);
  return (
    <>
      {paragraphs.map((paragraph, p) => (
        <p key={p}>
          {narrationParts(paragraph).map((part, i): ReactNode => {
            if (part.kind === 'text') return part.text;
            if (part.kind === 'bad') return <span key={i}>{part.raw}</span>;
            const value = figureValue(part.ref, step.state, world, exampleSeed(step, world));
            const status = figureStatus(part.ref, world);
            // A figure drawn from an example value carries its label (presenter window).
            return (
              <Fragment key={i}>
                <strong className="figure">{formatFigure(value, refFormat(part.ref), number)}</strong>
                {status && <ValueBadge status={status} />}
              </Fragment>
            );
          })}
        </p>
      ))}
    </>
  );
}

/** The step's key figures: a row per figure, a column per organisation. */
export function figuresTable(step: StoryStep, world: FigureWorld, i18n: I18n): TableSpec | undefined {
  const refs = (step.figures ?? []).flatMap((text) => {
    const parsed = parseFigureRef(text);
    return parsed.ok ? [parsed.ref] : [];
  });
  if (refs.length === 0) return undefined;
  const modelIds = [...new Set(refs.map((ref) => ref.modelId))];
  const figures = [...new Set(refs.map((ref) => ref.figure))] as StoryFigureName[];
  const wanted = new Set(refs.map((ref) => `${ref.modelId}.${ref.figure}`));
  return {
    caption: i18n.t('present.figures.caption'),
    rowHeader: i18n.t('present.figures.figure'),
    columns: modelIds.map((id) => {
      const model = world.models.get(id);
      return { header: model === undefined ? id : shortName(model, i18n.pick), numeric: true };
    }),
    rows: figures.map((figure) => ({
      key: figure,
      header: i18n.t(`present.figure.${figure}`),
      cells: modelIds.map((modelId) => {
        if (!wanted.has(`${modelId}.${figure}`)) return '';
        const value = figureValue({ modelId, figure }, step.state, world, exampleSeed(step, world));
        return { text: formatFigure(value, STORY_FIGURES[figure].format, i18n.number), csv: value ?? null };
      }),
    })),
  };
}

/** Whether the step quotes anything simulated (then the slide says which scenario and seed). */
function quotesSimulation(step: StoryStep): boolean {
  const texts = [step.narration.sv, ...(step.figures ?? []).map((f) => `{${f}}`)];
  return texts.some((text) =>
    narrationParts(text).some((part) => part.kind === 'figure' && STORY_FIGURES[part.ref.figure].source !== 'model'),
  );
}

function ContestedNote({ item, step, world }: { item: Contested; step: StoryStep; world: FigureWorld }) {
  const { t, number } = useI18n();
  const scenario = stepScenario(step.state, world);
  const value = item.assumption === 'netCosts' || item.assumption === 'matterRates' || scenario === undefined ? undefined : scenario[item.assumption];
  return (
    <li>
      <strong>{t(`present.contested.${item.assumption}`)}</strong>
      {value !== undefined && <> ({t('present.contested.value', { value: number(value, 2) })})</>}
      {': '}
      <FilledInline text={item.note} step={step} world={world} />
    </li>
  );
}

export function FilledInline({ text, step, world }: { text: Text; step: StoryStep; world: FigureWorld }) {
  const { pick, number } = useI18n();
  return (
    <>
      {narrationParts(pick(text)).map((part, i): ReactNode =>
        part.kind === 'text' ? part.text : part.kind === 'bad' ? part.raw : (
          <strong key={i} className="figure">{formatFigure(figureValue(part.ref, step.state, world, exampleSeed(step, world)), refFormat(part.ref), number)}</strong>
        ),
      )}
    </>
  );
}

/** The contested assumptions a step's result depends on (presenter window, handout). */
export function ContestedList({ step, world }: { step: StoryStep; world: FigureWorld }) {
  const { t } = useI18n();
  if ((step.contested ?? []).length === 0) return null;
  return (
    <div className="slide-contested">
      <h3>{t('present.contested.heading')}</h3>
      <ul>
        {(step.contested ?? []).map((item, i) => (
          <ContestedNote key={i} item={item} step={step} world={world} />
        ))}
      </ul>
    </div>
  );
}

/** The step's sources in full, each with its kind (presenter window). */
export function SourceList({ story, step }: { story: LoadedStory; step: StoryStep }) {
  const { t, pick } = useI18n();
  const sources = step.sources.flatMap((id) => story.sources.filter((source) => source.id === id));
  if (sources.length === 0) return null;
  return (
    <div className="presenter-sources">
      <h3>{t('present.sources')}</h3>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            {pick(source.says)} ({source.reference}){source.kind === 'example' ? ` – ${t('slide.status.example')}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Utforska": the step opened live in its view; `onExplore` keeps the way back. */
export function ExploreLink({ step, onExplore }: { step: StoryStep; onExplore(): void }) {
  const { t } = useI18n();
  const live = livePath(step);
  if (live === undefined || step.view === 'text') return null;
  return (
    <a className="present-explore" href={`#${live}`} onClick={onExplore}>
      {t('present.explore', { view: t(`present.view.${step.view}`) })}
    </a>
  );
}

/** The short line under the picture: what the figures rest on, each with its status. */
export function SourceLine({ story, step, world }: { story: LoadedStory; step: StoryStep; world: FigureWorld }) {
  const { t, pick, number } = useI18n();
  const sources = step.sources.flatMap((id) => story.sources.filter((source) => source.id === id));
  const scenario = stepScenario(step.state, world);
  const parts = sources.map((source) => `${pick(source.says)}${source.kind === 'example' ? ` (${t('slide.status.example')})` : ''}`);
  if (scenario !== undefined && simulatesAnything(step)) {
    parts.push(t('slide.simulated', { years: number(STORY_RUNS, 0), scenario: pick(scenario.name) }));
  }
  if (step.statement !== undefined || chartOf(step) === 'influence' || chartOf(step) === 'map') parts.push(t('slide.robustness.size', robustnessSize()));
  return <p className="slide-source">{parts.length === 0 ? '' : `${t('present.sources')}: ${parts.join(' · ')}`}</p>;
}

/** Whether the step shows anything simulated: a simulated chart, or a many-year figure it quotes. */
export function simulatesAnything(step: StoryStep): boolean {
  const chart = chartOf(step);
  if (chart === 'pipes' || chart === 'paired' || chart === 'bands' || chart === 'concentration' || chart === 'sweep' || chart === 'swimlane' || chart === 'influence' || chart === 'map') return true;
  return quotesSimulation(step);
}

/** A slide on the stage: the takeaway sentence, the picture filling the stage, the source line. */
export function Slide({
  story,
  step,
  world,
  number: stepNumber,
  count,
  animate = true,
  preview = false,
}: {
  story: LoadedStory;
  step: StoryStep;
  world: FigureWorld;
  number: number;
  count: number;
  animate?: boolean;
  /** A small copy in the presenter window: no heading of its own (the window has its own). */
  preview?: boolean;
}) {
  useStoryRuns();
  const { t } = useI18n();
  const takeaway = <FilledInline text={step.takeaway} step={step} world={world} />;
  return (
    <article className="slide" aria-labelledby={preview ? undefined : 'slide-title'}>
      {preview ? (
        <p className="slide-takeaway">{takeaway}</p>
      ) : (
        <h1 id="slide-title" className="slide-takeaway" tabIndex={-1}>
          {takeaway}
        </h1>
      )}
      <div className="slide-chart">
        {step.statement !== undefined && <StatementLine step={step} world={world} />}
        <div className="slide-chart-body">
          <SlideChartView story={story} step={step} world={world} animate={animate} />
        </div>
      </div>
      <footer className="slide-foot">
        <SourceLine story={story} step={step} world={world} />
        <p className="slide-number">{t('slide.number', { step: stepNumber, count })}</p>
      </footer>
    </article>
  );
}

export function BrokenSlide({ entry, number: stepNumber }: { entry: Extract<StoryStepEntry, { ok: false }>; number: number }) {
  const { t, pick } = useI18n();
  return (
    <article className="slide slide-broken" aria-labelledby="slide-title">
      <div className="slide-text">
        <h1 id="slide-title" className="slide-takeaway" tabIndex={-1}>
          {entry.title === undefined ? t('present.broken.untitled', { step: stepNumber }) : pick(entry.title)}
        </h1>
        <div role="alert" className="error-panel">
          <p>
            <strong>{t('present.broken.heading')}</strong> {t('present.broken.intro')}
          </p>
          <ul>
            {entry.issues.map((issue, i) => (
              <li key={i}>
                {pick(issue.message)} {issue.path !== '' && <code>{issue.path}</code>}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </article>
  );
}
