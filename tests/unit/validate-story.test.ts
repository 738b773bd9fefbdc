// A story with a broken step keeps the rest (issue 9): each way a step can break — an unknown view, model,
// scenario, source or field, a field its view does not read, a placeholder that is no figure, narration
// quoting different figures in the two languages — is reported for exactly that step, with its path and a
// message in Swedish and English, while the other steps load. A broken envelope is the story's own error.
import { describe, expect, it } from 'vitest';
import { validateStory, type StoryCatalogue } from '@/domain/validate-story';

const catalogue: StoryCatalogue = { modelIds: ['ange-today', 'ange-a', 'munkfors'], scenarioIds: ['baseline', 'ifo-shock'] };

const text = (sv: string, en: string) => ({ sv, en });

function goodStep(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    view: 'compare',
    title: text('Jämförelse', 'Comparison'),
    takeaway: text('I dag {ange-today.budgetHolders} budgetansvariga.', 'Today {ange-today.budgetHolders} budget holders.'),
    state: { models: ['ange-today', 'ange-a'] },
    narration: text('I dag {ange-today.budgetHolders} budgetansvariga.', 'Today {ange-today.budgetHolders} budget holders.'),
    notes: text('Anteckning', 'Note'),
    sources: ['seed-002'],
    ...extra,
  };
}

function story(steps: unknown[]): Record<string, unknown> {
  return {
    id: 'test-story',
    title: text('Test', 'Test'),
    description: text('Beskrivning', 'Description'),
    audience: text('Publik', 'Audience'),
    sources: [{ id: 'seed-002', kind: 'seed', reference: '002_297859565b2dff9a.txt', says: text('Minnesanteckningar', 'Minutes') }],
    steps,
  };
}

/** Validates a three-step story whose middle step is `broken`; returns the codes and paths reported. */
function middleStepIssues(broken: Record<string, unknown>): { code: string; path: string }[] {
  const result = validateStory(story([goodStep(), broken, goodStep({ view: 'model', state: { models: ['munkfors'] } })]), catalogue);
  if (!result.ok) throw new Error(`envelope rejected: ${JSON.stringify(result.issues)}`);
  const [first, middle, last] = result.story.steps;
  expect(first?.ok).toBe(true);
  expect(last?.ok).toBe(true);
  if (middle === undefined || middle.ok) throw new Error('the broken step was accepted');
  for (const issue of middle.issues) {
    expect(issue.path.startsWith('steps[1]')).toBe(true);
    expect(issue.message.sv.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(issue.message.sv).not.toBe(issue.message.en);
  }
  return middle.issues.map(({ code, path }) => ({ code, path }));
}

describe('validateStory', () => {
  it('accepts a well-formed story', () => {
    const result = validateStory(story([goodStep(), goodStep({ view: 'text', state: undefined })]), catalogue);
    expect(result.ok && result.story.steps.map((s) => s.ok)).toEqual([true, true]);
  });

  it('reports an unknown view for that step only, keeping its title', () => {
    const result = validateStory(story([goodStep(), goodStep({ view: 'slideshow' }), goodStep()]), catalogue);
    if (!result.ok) throw new Error('envelope rejected');
    expect(result.story.steps.map((s) => s.ok)).toEqual([true, false, true]);
    const broken = result.story.steps[1];
    expect(broken?.ok === false && broken.title).toEqual(text('Jämförelse', 'Comparison'));
    expect(middleStepIssues(goodStep({ view: 'slideshow' }))).toEqual([{ code: 'schema.enum', path: 'steps[1].view' }]);
  });

  it('reports an unknown model, in the state and in a placeholder', () => {
    expect(middleStepIssues(goodStep({ state: { models: ['ange-today', 'atlantis'] } }))).toEqual([
      { code: 'story.unknown-model', path: 'steps[1].state.models[1]' },
    ]);
    expect(
      middleStepIssues(goodStep({ narration: text('Se {atlantis.nEff}.', 'See {atlantis.nEff}.') })).map((i) => i.code),
    ).toEqual(['story.unknown-model', 'story.unknown-model']);
  });

  it('reports an unknown scenario and an unknown source', () => {
    expect(middleStepIssues(goodStep({ state: { models: ['ange-today', 'ange-a'], scenario: 'flood' } }))).toEqual([
      { code: 'story.unknown-scenario', path: 'steps[1].state.scenario' },
    ]);
    expect(middleStepIssues(goodStep({ sources: ['seed-999'] }))).toEqual([{ code: 'story.unknown-source', path: 'steps[1].sources[0]' }]);
  });

  it('reports an unknown field, and a field the step’s view does not read', () => {
    expect(middleStepIssues(goodStep({ colour: 'red' }))).toEqual([{ code: 'schema.unknown-key', path: 'steps[1].colour' }]);
    expect(middleStepIssues(goodStep({ state: { models: ['ange-today', 'ange-a'], month: 5 } }))).toEqual([
      { code: 'story.field-for-view', path: 'steps[1].state.month' },
    ]);
  });

  it('reports the wrong number of models for the view', () => {
    expect(middleStepIssues(goodStep({ state: { models: ['ange-today'] } }))).toEqual([
      { code: 'story.models-count', path: 'steps[1].state.models' },
    ]);
  });

  it('reports a placeholder that is no figure, and figures that differ between the languages', () => {
    expect(middleStepIssues(goodStep({ narration: text('Se {ange-today.happiness}.', 'See {ange-today.happiness}.') })).map((i) => i.code)).toEqual([
      'story.unknown-figure',
      'story.unknown-figure',
    ]);
    expect(middleStepIssues(goodStep({ narration: text('Se {nej}.', 'See {nej}.') })).map((i) => i.code)).toEqual([
      'story.placeholder-syntax',
      'story.placeholder-syntax',
    ]);
    expect(
      middleStepIssues(goodStep({ narration: text('Se {ange-today.nEff}.', 'See {ange-a.nEff}.') })),
    ).toEqual([{ code: 'story.placeholder-mismatch', path: 'steps[1].narration' }]);
  });

  it('reports a takeaway longer than 20 words, a chart for too few organisations, a share without a pair', () => {
    const long = Array.from({ length: 21 }, (_, i) => `ord${i}`).join(' ');
    expect(middleStepIssues(goodStep({ takeaway: text(long, 'Short.') }))).toEqual([{ code: 'story.takeaway-length', path: 'steps[1].takeaway.sv' }]);
    expect(middleStepIssues(goodStep({ view: 'simulate', chart: 'paired', state: { models: ['ange-today'] } })).map((i) => i.code)).toEqual(['story.chart-models']);
    expect(
      middleStepIssues(goodStep({ narration: text('{ange-a.trappedSurplus.better}', '{ange-a.trappedSurplus.better}') })).map((i) => i.code),
    ).toEqual(['story.share-needs-pair', 'story.share-needs-pair']);
    expect(middleStepIssues(goodStep({ narration: text('{ange-a~ange-today.nEff}', '{ange-a~ange-today.nEff}') })).map((i) => i.code)).toEqual([
      'story.stat-needs-runs',
      'story.stat-needs-runs',
    ]);
    expect(middleStepIssues(goodStep({ narration: text('{ange-a~atlantis.trappedSurplus.ties}', '{ange-a~atlantis.trappedSurplus.ties}') })).map((i) => i.code)).toEqual([
      'story.unknown-model',
      'story.unknown-model',
    ]);
  });

  it('reports a step that is not an object without a title', () => {
    const result = validateStory(story([goodStep(), 42, goodStep()]), catalogue);
    if (!result.ok) throw new Error('envelope rejected');
    const broken = result.story.steps[1];
    expect(broken?.ok).toBe(false);
    expect(broken?.ok === false && broken.title).toBeUndefined();
  });

  it('rejects a broken envelope as a whole: no steps, a seed source that is no seed file', () => {
    const empty = validateStory(story([]), catalogue);
    expect(empty.ok === false && empty.issues.map((i) => i.path)).toEqual(['steps']);
    const badSeed = story([goodStep()]);
    badSeed.sources = [{ id: 'seed-002', kind: 'seed', reference: 'minnesanteckningar.docx', says: text('a', 'b') }];
    const result = validateStory(badSeed, catalogue);
    expect(result.ok === false && result.issues.map((i) => i.code)).toEqual(['story.seed-reference']);
  });
});
