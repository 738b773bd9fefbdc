// The evaluation plan: a baseline before the start, Helsingborg's optional mid-term after two years and
// Norsjö's follow-up after four, with the indicators to watch; and goals counted per owning body with
// the three-goals warning (a practice, not law).
import { describe, expect, it } from 'vitest';
import { addYears, evaluationPlan, parseStartOfTerm } from '@/domain/evaluation-plan';
import { goalSummary } from '@/domain/goal-summary';
import type { Model } from '@/domain/model-schema';
import { validateModel } from '@/domain/validate-model';
import { smallModel } from '../fixtures/small-model';

function validSmallModel(): Model {
  const result = validateModel(smallModel());
  if (!result.ok) throw new Error('the small model is valid');
  return result.model;
}

describe('evaluationPlan', () => {
  const model = validSmallModel();
  it('dates the baseline, mid-term and follow-up from the start of the new organisation', () => {
    const plan = evaluationPlan(model, { startOfTerm: '2027-01-01' });
    expect(plan.measurements.map((m) => [m.kind, m.date, m.timing, m.optional, m.source])).toEqual([
      ['baseline', '2027-01-01', 'before', false, '004_dc18b45cb12f9112.txt'],
      ['midTerm', '2029-01-01', 'from', true, '004_dc18b45cb12f9112.txt'],
      ['followUp', '2031-01-01', 'from', false, '002_297859565b2dff9a.txt'],
    ]);
    expect(evaluationPlan(model, { startOfTerm: '2027-01-01', midTerm: false }).measurements.map((m) => m.kind)).toEqual([
      'baseline',
      'followUp',
    ]);
  });

  it('watches the simulator figures beside KommunKompassen area 4 and sub-question 5.2', () => {
    const plan = evaluationPlan(model, { startOfTerm: '2027-01-01' });
    expect(plan.indicators.map((i) => i.figure ?? i.subQuestion ?? i.area)).toEqual([
      4,
      '5.2',
      'daysToCover',
      'trappedSurplus',
      'ksMattersPerMeeting',
      'ksShareOfMoney',
      'nEff',
    ]);
    expect(plan.indicators.find((i) => i.figure === 'nEff')?.value).toBeGreaterThan(0);
  });

  it('is pure: the same inputs give the same plan', () => {
    expect(evaluationPlan(model, { startOfTerm: '2026-10-15' })).toEqual(evaluationPlan(model, { startOfTerm: '2026-10-15' }));
  });

  it('accepts only real dates', () => {
    expect(parseStartOfTerm('2027-01-01')).toBe('2027-01-01');
    for (const bad of ['2027-02-30', '2027-13-01', '27-01-01', '2027-1-1', '', '1800-01-01', '2027-01-01T00:00']) {
      expect(parseStartOfTerm(bad)).toBeUndefined();
    }
    expect(() => evaluationPlan(model, { startOfTerm: 'soon' })).toThrow(RangeError);
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2028-02-29', 2)).toBe('2030-02-28');
  });
});

describe('goals per body', () => {
  const base = validSmallModel();
  const committee = base.bodies.find((b) => b.kind === 'committee') ?? base.bodies[1];
  const withGoals = (count: number, owner = committee?.id ?? 'x'): Model => ({
    ...base,
    goals: Array.from({ length: count }, (_, i) => ({ owner, text: { sv: `Mål ${i + 1}`, en: `Goal ${i + 1}` } })),
  });

  it('counts goals per owning body', () => {
    const summary = goalSummary(withGoals(2));
    expect(summary).toMatchObject({ described: true, total: 2, unowned: 0, limit: 3 });
    expect(summary.owners.map((o) => [o.bodyId, o.goals.length, o.overPractice])).toEqual([[committee?.id, 2, false]]);
    expect(goalSummary(base)).toMatchObject({ described: false, total: 0, owners: [] });
  });

  it('warns past three goals for a nämnd, citing Helsingborg as a practice, not a law', () => {
    expect(validateModel(withGoals(3)).warnings.map((w) => w.code)).not.toContain('goal.more-than-three');
    const result = validateModel(withGoals(4));
    expect(result.ok).toBe(true);
    const warning = result.warnings.find((w) => w.code === 'goal.more-than-three');
    expect(warning?.message.sv).toContain('har 4 mål');
    expect(warning?.message.sv).toContain('inte ett krav i lag');
    expect(warning?.message.en).toContain('not a requirement of law');
    expect(warning?.law).toBeUndefined();
    expect(goalSummary(withGoals(4)).owners[0]?.overPractice).toBe(true);
  });

  it('refuses a goal owned by no body', () => {
    const result = validateModel(withGoals(1, 'ingen-sadan'));
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([['goal.owner-unknown', 'goals[0].owner']]);
  });
});
