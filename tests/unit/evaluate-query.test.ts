// The Evaluate view's link: read back as written, defaults when a part is missing, and whatever a hostile
// or broken link holds (unknown characters, too many profiles, a date that is not one, megabytes of text)
// it never throws and keeps only what is valid.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_START, evaluateQueryString, parseEvaluateQuery } from '@/features/evaluate/evaluate-query';

describe('evaluate link', () => {
  it('round-trips a state', () => {
    const state = { profiles: ['vannas-2016', 'egen-k3x'], municipality: 'Vännäs', plan: 'ange-a', start: '2023-01-01', midTerm: false };
    const text = evaluateQueryString(state);
    expect(text).toBe('profiles=vannas-2016,egen-k3x&municipality=V%C3%A4nn%C3%A4s&plan=ange-a&start=2023-01-01&midterm=0');
    expect(parseEvaluateQuery(text)).toEqual(state);
  });

  it('falls back to Vännäs 2016 and 1 January 2027, and says when the date was not one', () => {
    expect(parseEvaluateQuery('')).toEqual({ profiles: ['vannas-2016'], start: DEFAULT_START, midTerm: true });
    expect(parseEvaluateQuery('profiles=&start=2027-02-30')).toEqual({ profiles: [], start: DEFAULT_START, badStart: '2027-02-30', midTerm: true });
    expect(parseEvaluateQuery('profiles=a,a,B,<x>,b,c,d').profiles).toEqual(['a', 'b', 'c']);
    expect(parseEvaluateQuery(`profiles=${'x'.repeat(5000)}`).profiles).toEqual(['vannas-2016']);
  });

  it('never throws, and keeps at most three well-formed ids and a real date', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        const state = parseEvaluateQuery(search);
        return (
          state.profiles.length <= 3 &&
          state.profiles.every((id) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) &&
          /^\d{4}-\d{2}-\d{2}$/.test(state.start)
        );
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
