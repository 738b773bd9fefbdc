// Story validation never throws and always answers consistently, whatever it is given: arbitrary values,
// arbitrary JSON, and a valid story whose steps are replaced by arbitrary JSON — then every other step
// still loads, and a broken step's issues all point into that step.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateStory, type StoryValidation } from '@/domain/validate-story';

const RUNS = 400;
const catalogue = { modelIds: ['ange-today', 'ange-a'], scenarioIds: ['baseline'] };
const text = (sv: string, en: string) => ({ sv, en });
const step = {
  view: 'compare',
  title: text('Steg', 'Step'),
  takeaway: text('Ett budskap.', 'A takeaway.'),
  state: { models: ['ange-today', 'ange-a'] },
  narration: text('{ange-today.nEff}', '{ange-today.nEff}'),
  notes: text('a', 'b'),
  sources: ['s'],
};
const story = (steps: unknown[]) => ({
  id: 'x',
  title: text('T', 'T'),
  description: text('D', 'D'),
  audience: text('A', 'A'),
  sources: [{ id: 's', kind: 'public', reference: 'r', says: text('s', 's') }],
  steps,
});

function expectWellFormed(result: StoryValidation): void {
  const issues = result.ok ? result.story.steps.flatMap((s) => (s.ok ? [] : s.issues)) : result.issues;
  for (const issue of issues) {
    expect(issue.code).not.toBe('internal');
    expect(issue.message.sv.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
  if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
}

describe('validateStory never throws', () => {
  it('on arbitrary values', () => {
    fc.assert(fc.property(fc.anything(), (value) => expectWellFormed(validateStory(value, catalogue))), { numRuns: RUNS });
  });

  it('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectWellFormed(validateStory(value, catalogue))), { numRuns: RUNS });
  });

  it('keeps every other step when one step is replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 3 }), (junk, at) => {
        const steps: unknown[] = [step, step, step, step];
        steps[at] = junk;
        const result = validateStory(story(steps), catalogue);
        expectWellFormed(result);
        if (!result.ok) throw new Error('envelope rejected');
        result.story.steps.forEach((entry, i) => {
          if (i !== at) expect(entry.ok).toBe(true);
          else if (!entry.ok) for (const issue of entry.issues) expect(issue.path.startsWith(`steps[${at}]`)).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });
});
