// Puts a story into the handout's words and pictures (handout-pdf.ts draws the PDF): each step's takeaway
// and narration with their figures filled in, the notes, the assumptions (scenario, κ, ω, how many years),
// the sources with their status, and its chart — drawn offscreen by the same slide components the stage
// uses and turned from SVG into a PNG. The snapshot hash covers everything the figures come from.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { narrationParts, refFormat } from '@/domain/story-figure-names';
import type { StoryStep } from '@/domain/story-schema';
import type { LoadedStory } from '@/domain/validate-story';
import { APP_VERSION } from '@/data/app-version';
import { LanguageProvider, type I18n } from '@/i18n/language';
import { STAGE } from '@/layout/slide-geometry';
import { buildHandout, type HandoutPage } from './handout-pdf';
import { SlideChartView } from './slide-chart';
import { exampleSeed, figureValue, formatFigure, stepRunModels, stepScenario, type FigureWorld } from './story-figures';
import { STORY_RUNS, SWEEP_RUNS } from './story-runs';

/** A text with its `{model.figure}` placeholders filled in. */
export function filledText(text: string, step: StoryStep, world: FigureWorld, i18n: I18n): string {
  const seed = exampleSeed(step, world);
  return narrationParts(text)
    .map((part) => (part.kind === 'text' ? part.text : part.kind === 'bad' ? part.raw : formatFigure(figureValue(part.ref, step.state, world, seed), refFormat(part.ref), i18n.number)))
    .join('');
}

/** The chart of a step as SVG text, drawn offscreen with the stage's own components. */
function chartSvg(story: LoadedStory, step: StoryStep, world: FigureWorld): string | undefined {
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${STAGE.width}px;height:${STAGE.height}px;`;
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(
        <LanguageProvider>
          <SlideChartView story={story} step={step} world={world} animate={false} />
        </LanguageProvider>,
      ),
    );
    const svg = host.querySelector('svg.slide-svg');
    return svg === null ? undefined : new XMLSerializer().serializeToString(svg);
  } finally {
    root.unmount();
    host.remove();
  }
}

/** SVG text → PNG bytes at twice its size, white behind. */
async function svgToPng(svg: string): Promise<{ bytes: Uint8Array; aspect: number } | undefined> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svg'));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, image.width * scale);
    canvas.height = Math.max(1, image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) return undefined;
    return { bytes: new Uint8Array(await blob.arrayBuffer()), aspect: image.width / Math.max(1, image.height) };
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function sha256(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return 'unavailable';
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
    .join(',')}}`;
}

/** The hash of everything a story's figures are computed from. */
export async function storySnapshotHash(story: LoadedStory, world: FigureWorld): Promise<string> {
  const steps = story.steps.flatMap((entry) => (entry.ok ? [entry.step] : []));
  const modelIds = [...new Set(steps.flatMap((step) => stepRunModels(step, world).map((m) => m.id)))].sort();
  const scenarioIds = [...new Set(steps.flatMap((step) => stepScenario(step.state, world)?.id ?? []))].sort();
  const body = {
    version: APP_VERSION,
    story,
    models: modelIds.map((id) => world.models.get(id)),
    scenarios: scenarioIds.map((id) => world.scenarios.get(id)),
    years: STORY_RUNS,
    sweepYears: SWEEP_RUNS,
  };
  return `sha256:${await sha256(canonical(body))}`;
}

export async function makeHandout(story: LoadedStory, world: FigureWorld, i18n: I18n): Promise<Uint8Array> {
  const { t, pick, number } = i18n;
  const pages: HandoutPage[] = [];
  for (const [index, entry] of story.steps.entries()) {
    if (!entry.ok) {
      pages.push({ title: t('present.broken.untitled', { step: index + 1 }), takeaway: t('present.broken.heading'), picture: undefined, pictureAspect: 16 / 9, say: entry.issues.map((issue) => pick(issue.message)).join(' '), notes: '', assumptions: [], sources: [] });
      continue;
    }
    const step = entry.step;
    const svg = chartSvg(story, step, world);
    const png = svg === undefined ? undefined : await svgToPng(svg);
    const scenario = stepScenario(step.state, world);
    const assumptions = scenario === undefined ? [] : [t('handout.assumptions', { scenario: pick(scenario.name), kappa: number(scenario.kappa, 2), omega: number(scenario.omega, 2), years: number(STORY_RUNS, 0) })];
    for (const item of step.contested ?? []) assumptions.push(`${t(`present.contested.${item.assumption}`)}: ${filledText(pick(item.note), step, world, i18n)}`);
    const sources = step.sources.flatMap((id) =>
      story.sources.filter((s) => s.id === id).map((s) => `${t('present.sources')}: ${pick(s.says)} (${s.reference})${s.kind === 'example' ? ` – ${t('slide.status.example')}` : ''}`),
    );
    pages.push({
      title: pick(step.title),
      takeaway: filledText(pick(step.takeaway), step, world, i18n),
      picture: png?.bytes,
      pictureAspect: png?.aspect ?? 16 / 9,
      say: filledText(pick(step.narration), step, world, i18n),
      notes: filledText(pick(step.notes), step, world, i18n),
      assumptions,
      sources,
    });
  }
  const hash = await storySnapshotHash(story, world);
  return buildHandout({
    title: pick(story.title),
    made: t('handout.made', { version: APP_VERSION, date: new Date().toLocaleDateString(i18n.lang === 'sv' ? 'sv-SE' : 'en-GB') }),
    snapshot: t('handout.snapshot', { hash, years: number(STORY_RUNS, 0) }),
    pageLabel: (page, count) => t('handout.page', { page, count }),
    pages,
  });
}
