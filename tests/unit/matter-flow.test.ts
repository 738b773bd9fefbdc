// The matter flow (DESIGN §4.3): deterministic for a seed; every arrived matter is decided or undecided
// at year end; cross-area matters change hands more often in the committee organisation than under KS
// with utskott; a full agenda carries matters over; the compiled engine gives exactly what one XState
// actor per matter gives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { runMattersWithActors } from '@/cli/bench-matter-baselines';
import { ModelSchema, type Model } from '@/domain/model-schema';
import { createPrng } from '@/domain/prng';
import { ScenarioSchema, type Scenario } from '@/domain/scenario-schema';
import { organisationRoles } from '@/machines/organisation-roles';
import { HANDOVER_TYPES, executiveBoardDecisionShare, simulateMatters, type MatterOutcome } from '@/simulation/matter-flow';

const root = path.resolve(__dirname, '../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const model = (id: string): Model => v.parse(ModelSchema, readJson(`models/${id}.json`));
const baseline: Scenario = v.parse(ScenarioSchema, readJson('models/scenarios/baseline.json'));
const committees = model('ange-today');
const boardWithSubcommittees = model('ange-a');

const run = (m: Model, scenario: Scenario, seed: number): MatterOutcome =>
  simulateMatters({ model: m, scenario, prng: createPrng(seed) });
const withRates = (rates: Partial<Scenario['matterRates']>, extra: Partial<Scenario> = {}): Scenario => ({
  ...baseline,
  ...extra,
  matterRates: { singleArea: 0, crossArea: 0, council: 0, ...rates },
});
const sum = (values: Record<string, number>): number => Object.values(values).reduce((a, b) => a + b, 0);

describe('simulateMatters', () => {
  it('is deterministic: the same model, scenario and seed give identical output', () => {
    expect(run(committees, baseline, 11)).toEqual(run(committees, baseline, 11));
    expect(run(boardWithSubcommittees, baseline, 11)).toEqual(run(boardWithSubcommittees, baseline, 11));
  });

  it('gives different matters for different seeds', () => {
    expect(run(committees, baseline, 1).leadTimeDays).not.toEqual(run(committees, baseline, 2).leadTimeDays);
  });

  it('gives both organisations the same matters from the same seed (same areas)', () => {
    const a = run(committees, baseline, 5);
    const b = run(boardWithSubcommittees, baseline, 5);
    expect(a.count).toBe(b.count);
    expect(a.countByKind).toEqual(b.countByKind);
  });

  it('conserves matters: every arrived matter is decided or undecided at year end', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(committees, boardWithSubcommittees, model('dorotea'), model('norsjo')),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (m, seed, capacity, referBackProbability) => {
          const outcome = run(m, { ...baseline, agendaCapacity: capacity, referBackProbability }, seed);
          expect(outcome.count).toBe(outcome.decided + outcome.undecidedAtYearEnd);
          expect(outcome.count + outcome.countByKind.individual).toBe(sum(outcome.countByKind));
          expect(outcome.individualCases).toBeLessThanOrEqual(outcome.countByKind.individual);
          expect(outcome.leadTimeDays).toHaveLength(outcome.decided);
          expect(outcome.handovers).toBe(sum(outcome.handoversByType));
          expect(outcome.handoversByType.referredBack).toBe(outcome.referredBack);
          // Every decided matter took at least one decision (more for cross-area matters in committees).
          expect(sum(outcome.decisionsByBody)).toBeGreaterThanOrEqual(outcome.decided);
          for (const stats of Object.values(outcome.perBody)) {
            expect(stats.matters).toBeLessThanOrEqual(stats.meetings * capacity);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reports lead times ascending and positive, with the median below the 90th percentile', () => {
    const outcome = run(committees, baseline, 3);
    expect(outcome.decided).toBeGreaterThan(0);
    expect(outcome.leadTimeDays).toEqual([...outcome.leadTimeDays].sort((a, b) => a - b));
    expect(outcome.leadTimeDays[0]).toBeGreaterThan(0);
    expect(outcome.leadTime.median).toBeGreaterThan(0);
    expect(outcome.leadTime.median).toBeLessThanOrEqual(outcome.leadTime.p90);
  });

  it('hands a cross-area matter over more often in the committee organisation than under KS with utskott', () => {
    const crossOnly = withRates({ crossArea: 40 });
    for (const seed of [1, 2, 3]) {
      const today = run(committees, crossOnly, seed);
      const proposal = run(boardWithSubcommittees, crossOnly, seed);
      expect(today.count).toBe(proposal.count);
      expect(today.handoversPerMatter).toBeGreaterThan(proposal.handoversPerMatter);
      expect(today.handoversByType.toAnotherCommittee).toBeGreaterThan(0);
      expect(proposal.handoversByType.toAnotherCommittee).toBe(0);
    }
  });

  it('with a capacity of one matter a meeting, matters are carried over', () => {
    const outcome = run(committees, { ...baseline, agendaCapacity: 1 }, 4);
    expect(sum(Object.fromEntries(Object.entries(outcome.perBody).map(([id, s]) => [id, s.carriedOver])))).toBeGreaterThan(0);
    const roomy = run(committees, { ...baseline, agendaCapacity: 1000 }, 4);
    for (const stats of Object.values(roomy.perBody)) expect(stats.carriedOver).toBe(0);
    expect(outcome.decided).toBeLessThan(roomy.decided);
  });

  it('counts decisions per body so the concentration in KS and its utskott can be computed', () => {
    const today = run(committees, baseline, 6);
    const proposal = run(boardWithSubcommittees, baseline, 6);
    const shareToday = executiveBoardDecisionShare(today, organisationRoles(committees));
    const shareProposal = executiveBoardDecisionShare(proposal, organisationRoles(boardWithSubcommittees));
    expect(shareToday).toBeGreaterThan(0);
    expect(shareProposal).toBeGreaterThan(shareToday);
    expect(shareProposal).toBeLessThanOrEqual(1);
    expect(Object.keys(proposal.decisionsByBody)).toEqual(boardWithSubcommittees.bodies.map((b) => b.id));
  });

  it('has no matters when every rate is zero', () => {
    const outcome = run(committees, withRates({}), 1);
    expect(outcome.count).toBe(0);
    expect(outcome.leadTime).toEqual({ median: 0, p90: 0 });
    expect(outcome.handoversPerMatter).toBe(0);
  });

  it('lists every handover type', () => {
    expect(Object.keys(run(committees, baseline, 1).handoversByType)).toEqual([...HANDOVER_TYPES]);
  });

  it('gives exactly the outcome of one XState actor per matter', () => {
    expect(runMattersWithActors({ model: committees, scenario: baseline, prng: createPrng(9) })).toEqual(
      run(committees, baseline, 9),
    );
    expect(
      runMattersWithActors({ model: boardWithSubcommittees, scenario: baseline, prng: createPrng(9) }),
    ).toEqual(run(boardWithSubcommittees, baseline, 9));
  });
});

describe('referral back, with its seed', () => {
  it('happens with the scenario’s probability, the same for the same seed, differently for another', () => {
    const none = run(committees, { ...baseline, referBackProbability: 0 }, 3);
    expect(none.referredBack).toBe(0);
    const some = run(committees, { ...baseline, referBackProbability: 0.3 }, 3);
    expect(run(committees, { ...baseline, referBackProbability: 0.3 }, 3).referredBack).toBe(some.referredBack);
    // Each decision-stage meeting draws once: referred back with probability 0.3.
    const draws = some.referredBack + sum(some.decisionsByBody);
    expect(some.referredBack / draws).toBeGreaterThan(0.22);
    expect(some.referredBack / draws).toBeLessThan(0.38);
    const other = run(committees, { ...baseline, referBackProbability: 0.3 }, 4);
    expect(other.referredBack === some.referredBack && other.leadTime.median === some.leadTime.median).toBe(false);
  });

  it('individual cases are decided by officials under delegation and reported, taking agenda time', () => {
    const outcome = run(boardWithSubcommittees, baseline, 2);
    expect(outcome.countByKind.individual).toBeGreaterThan(100);
    expect(outcome.individualCases).toBeGreaterThan(0);
    expect(outcome.reports).toBeGreaterThan(outcome.individualCases * 0.5);
    const lighter = run(boardWithSubcommittees, { ...baseline, reportItemWeight: 0, followUpItems: 0 }, 2);
    expect(lighter.perBody.ks!.carriedOver).toBeLessThanOrEqual(outcome.perBody.ks!.carriedOver);
  });
});
