// A story with a broken step, as the Present view draws it: the broken step shows its error in the
// reader's language, with the path in the story file, and the progress still counts every step; the
// story's good steps draw their takeaway with the figures filled in and their chart.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '@/domain/scenario-schema';
import { validateStory } from '@/domain/validate-story';
import { PresentShow } from '@/features/present/present-show';
import { LanguageProvider } from '@/i18n/language';
import { shippedModelFiles } from './shipped-model-files';

const models = shippedModelFiles().map((entry) => entry.model);
const world = { models: new Map(models.map((m) => [m.id, m])), scenarios: new Map<string, Scenario>() };
const text = (sv: string, en: string) => ({ sv, en });
const step = (title: string, extra: Record<string, unknown> = {}) => ({
  view: 'model',
  title: text(title, `${title} (en)`),
  takeaway: text('Kommunstyrelsen har {munkfors.ksSubstitutes} ersättare.', 'The board has {munkfors.ksSubstitutes} substitutes.'),
  state: { models: ['munkfors'], highlight: 'figures' },
  narration: text('Kommunstyrelsen har {munkfors.ksSubstitutes} ersättare.', 'The board has {munkfors.ksSubstitutes} substitutes.'),
  notes: text('Anteckning', 'Note'),
  figures: ['munkfors.ksMembers'],
  sources: ['seed-002'],
  ...extra,
});
const result = validateStory(
  {
    id: 'broken-story',
    title: text('Trasig berättelse', 'Broken story'),
    description: text('d', 'd'),
    audience: text('a', 'a'),
    sources: [{ id: 'seed-002', kind: 'seed', reference: '002_297859565b2dff9a.txt', says: text('Minnesanteckningar', 'Minutes') }],
    steps: [step('Första'), step('Andra', { state: { models: ['atlantis'] } }), step('Tredje')],
  },
  { modelIds: models.map((m) => m.id), scenarioIds: [] },
);
if (!result.ok) throw new Error('envelope rejected');
const story = result.story;

const render = (stepNumber: number): string =>
  renderToStaticMarkup(
    <LanguageProvider>
      <PresentShow story={story} stepNumber={stepNumber} world={world} navigate={() => undefined} />
    </LanguageProvider>,
  );

describe('a story with a broken step in the Present view', () => {
  it('shows the broken step’s error with its path, and keeps every step as a link', () => {
    const html = render(2);
    expect(html).toContain('<h1 id="slide-title" class="slide-takeaway" tabindex="-1">Andra</h1>');
    expect(html).toContain('role="alert"');
    expect(html).toContain('Steget kan inte visas.');
    expect(html).toContain('Det finns ingen organisation med id &quot;atlantis&quot;.');
    expect(html).toContain('<code>steps[1].state.models[0]</code>');
    expect(html).toContain('Steg 2 av 3');
  });

  it('draws the good steps around it with the simulator’s figures', () => {
    const html = render(3);
    expect(html).toContain('Kommunstyrelsen har <strong class="figure">22</strong> ersättare.');
    // The picture: Munkfors's seats as dots, with the numbers behind it as a table.
    expect(html).toMatch(/<svg class="slide-svg" role="img" aria-label="Platser som prickar, ett organ per rad: Munkfors"/);
    expect(html).toContain('<caption>Platser per organ utom fullmäktige</caption>');
    // The audience never sees the notes.
    expect(html).not.toContain('Anteckning');
    expect(html).not.toContain('role="alert"');
  });
});
