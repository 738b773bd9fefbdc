// One step of a story on the big screen: its title, the narration with every `{model.figure}` filled in
// from the simulator, the key figures as a table, the contested assumptions the result depends on, the
// sources, and "Utforska" — the step opened live in its view. A broken step shows what is wrong instead.
import { Fragment, type ReactNode } from 'react';
import type { Text } from '@/domain/model-schema';
import { narrationParts, parseFigureRef, STORY_FIGURES, type StoryFigureName } from '@/domain/story-figure-names';
import type { Contested, StoryStep } from '@/domain/story-schema';
import type { LoadedStory, StoryStepEntry } from '@/domain/validate-story';
import { DataTable } from '@/render/data-table';
import { useI18n, type I18n } from '@/render/i18n/language';
import type { TableSpec } from '@/render/table-spec';
import { shortName } from './short-name';
import { hasVisual, SlideVisual } from './slide-visual';
import { figureStatus, figureValue, formatFigure, stepScenario, stepSeed, type FigureWorld } from './story-figures';
import { ValueBadge } from '@/render/status-badge';
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
            const value = figureValue(part.ref, step.state, world);
            const status = figureStatus(part.ref, world);
            // A figure drawn from an example value carries its label on the screen, not only in the notes.
            return (
              <Fragment key={i}>
                <strong className="figure">{formatFigure(value, STORY_FIGURES[part.ref.figure].format, number)}</strong>
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
        const value = figureValue({ modelId, figure }, step.state, world);
        const status = figureStatus({ modelId, figure }, world);
        return { text: formatFigure(value, STORY_FIGURES[figure].format, i18n.number), csv: value ?? null, ...(status ? { status } : {}) };
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

function FilledInline({ text, step, world }: { text: Text; step: StoryStep; world: FigureWorld }) {
  const { pick, number } = useI18n();
  return (
    <>
      {narrationParts(pick(text)).map((part, i): ReactNode =>
        part.kind === 'text' ? part.text : part.kind === 'bad' ? part.raw : (
          <Fragment key={i}>
            <strong>{formatFigure(figureValue(part.ref, step.state, world), STORY_FIGURES[part.ref.figure].format, number)}</strong>
            <ValueBadge status={figureStatus(part.ref, world) ?? 'documented'} />
          </Fragment>
        ),
      )}
    </>
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

export function Slide({ story, step, world }: { story: LoadedStory; step: StoryStep; world: FigureWorld }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const table = figuresTable(step, world, i18n);
  const scenario = stepScenario(step.state, world);
  const withVisual = hasVisual(step);
  const sources = step.sources.flatMap((id) => story.sources.filter((source) => source.id === id));
  const rightColumn = withVisual || table !== undefined;
  const simulated =
    scenario !== undefined && quotesSimulation(step) ? (
      <p className="slide-sources">
        {t('present.figures.simulated', { scenario: pick(scenario.name), seed: stepSeed(step.state, scenario) })}
      </p>
    ) : null;
  return (
    <article className={`slide slide-${step.view}${!withVisual && table !== undefined ? ' slide-figures' : ''}`} aria-labelledby="slide-title">
      <div className="slide-text">
        <h1 id="slide-title" tabIndex={-1}>
          {pick(step.title)}
        </h1>
        <div className="slide-narration">
          <FilledText text={pick(step.narration)} step={step} world={world} />
        </div>
        {(step.contested ?? []).length > 0 && (
          <div className="slide-contested">
            <h2>{t('present.contested.heading')}</h2>
            <ul>
              {(step.contested ?? []).map((item, i) => (
                <ContestedNote key={i} item={item} step={step} world={world} />
              ))}
            </ul>
          </div>
        )}
        <div className="slide-footer">
          {sources.length > 0 && (
            <p className="slide-sources">
              {t('present.sources')}: {sources.map((source) => `${pick(source.says)} (${source.reference})`).join('; ')}.
            </p>
          )}
          {!rightColumn && simulated}
        </div>
      </div>
      {withVisual ? (
        <div className="slide-visual">
          <SlideVisual step={step} world={world} />
          {/* Side-by-side charts of a comparison are small; their key figures fit under them. */}
          {step.view === 'compare' && table !== undefined && <DataTable table={table} className="present-figures" />}
          {simulated}
        </div>
      ) : (
        table !== undefined && (
          <div className="slide-visual">
            <DataTable table={table} className="present-figures" />
            {simulated}
          </div>
        )
      )}
    </article>
  );
}

export function BrokenSlide({ entry, number: stepNumber }: { entry: Extract<StoryStepEntry, { ok: false }>; number: number }) {
  const { t, pick } = useI18n();
  return (
    <article className="slide slide-broken" aria-labelledby="slide-title">
      <div className="slide-text">
        <h1 id="slide-title" tabIndex={-1}>
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
