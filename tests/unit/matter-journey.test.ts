// One matter's journey (the Process view's swimlanes): a cross-area matter changes hands more often in
// Ånge's committee organisation than under KS with utskott for the same seed (DESIGN §4.3: "a cross-area
// matter in the committee organisation needs a decision in each committee involved; under KS with utskott
// it needs one"); journeys are deterministic, keep time order, count handovers as the matter engine does,
// route council matters through KS to KF, and budget deviations by silo or whole rules.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ModelSchema, type Model } from '@/domain/model-schema';
import { ScenarioSchema, type Scenario } from '@/domain/scenario-schema';
import { JOURNEY_KINDS, journeyAreas, journeyDrawSeed, traceMatterJourney, type JourneyInput, type MatterJourney } from '@/simulation/matter-journey';
import { organisationRoles } from '@/machines/organisation-roles';
import { createCompiledMatterStepper, simulateMattersWith } from '@/simulation/matter-flow';
import { prepareSingleMatter } from '@/simulation/matter-flow-setup';
import { syntheticModel } from '../fixtures/synthetic-organisation';

const read = (path: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8'));
const model = (id: string): Model => v.parse(ModelSchema, read(`models/${id}.json`));
const baseline: Scenario = v.parse(ScenarioSchema, read('models/scenarios/baseline.json'));
const today = model('ange-today');
const proposalA = model('ange-a');
const trace = (m: Model, input: Partial<JourneyInput> = {}): MatterJourney =>
  traceMatterJourney({ model: m, scenario: baseline, seed: 1, kind: 'crossArea', ...input });
const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });

describe('traceMatterJourney', () => {
  it('takes a cross-area matter (school and IFO) through more handovers in the committee organisation', () => {
    const committees = trace(today);
    const board = trace(proposalA);
    expect(committees.areas).toEqual(['forskola-grundskola', 'ifo']);
    expect(committees.handovers).toBeGreaterThan(board.handovers);
    expect(committees.decisions).toBe(2);
    expect(board.decisions).toBe(1);
    // Two committees decide in turn; under KS the utskott decides by delegation and reports to KS.
    expect(committees.steps.filter((s) => s.kind === 'decision').map((s) => s.lane)).toEqual(['utbildningsnamnd', 'socialnamnd']);
    expect(board.steps.filter((s) => s.kind === 'delegationDecision').map((s) => s.lane)).toEqual(['larande-stod']);
    expect(board.steps.at(-1)).toMatchObject({ kind: 'report', lane: 'ks' });
  });

  it('has more handovers in ange-today than in ange-a for every seed, even with many referrals back', () => {
    fc.assert(
      fc.property(seeds, fc.double({ min: 0, max: 0.6, noNaN: true }), (seed, referBackProbability) => {
        const scenario = { referBackProbability };
        const a = traceMatterJourney({ model: today, scenario, seed, kind: 'crossArea' });
        const b = traceMatterJourney({ model: proposalA, scenario, seed, kind: 'crossArea' });
        expect(a.handovers).toBeGreaterThan(b.handovers);
        expect(a.arrivalDay).toBe(b.arrivalDay);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same model, kind and seed give the same journey', () => {
    for (const kind of JOURNEY_KINDS) {
      expect(trace(today, { kind, seed: 7 })).toEqual(trace(today, { kind, seed: 7 }));
      expect(trace(proposalA, { kind, seed: 7 })).toEqual(trace(proposalA, { kind, seed: 7 }));
    }
    const days = new Set([1, 2, 3, 4, 5, 6].map((seed) => trace(today, { seed }).arrivalDay));
    expect(days.size).toBeGreaterThan(1);
  });

  it('keeps every journey in time order, in its own lanes, with lead time from arrival to the last decision', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.constantFrom(...JOURNEY_KINDS),
        fc.constantFrom('ange-today', 'ange-a', 'ange-b', 'munkfors', 'norsjo', 'nordmaling', 'dorotea'),
        fc.boolean(),
        (seed, kind, id, forced) => {
          const journey = trace(model(id), { seed, kind, referBack: forced ? 'atFirstDecision' : 'drawn' });
          expect(journey.routable).toBe(true);
          expect(journey.stalled).toBe(false);
          const lanes = new Set(journey.lanes.map((lane) => lane.id));
          journey.steps.forEach((step, i) => {
            expect(lanes.has(step.lane)).toBe(true);
            if (step.to !== undefined) expect(lanes.has(step.to)).toBe(true);
            if (i > 0) expect(step.day).toBeGreaterThanOrEqual(journey.steps[i - 1]?.day ?? 0);
          });
          expect(journey.steps[0]?.day).toBe(journey.arrivalDay);
          expect(journey.leadTimeDays).toBeCloseTo((journey.decidedDay ?? NaN) - journey.arrivalDay, 6);
          expect(journey.handovers).toBe(journey.steps.filter((s) => s.handover !== undefined).length);
          expect(journey.referrals).toBe(journey.steps.filter((s) => s.kind === 'referBack').length);
          if (forced && kind !== 'deviation') expect(journey.referrals).toBeGreaterThanOrEqual(1);
          // The last step ends the machine: reported back, or the deviation closed.
          expect(journey.steps.at(-1)?.state).toBe(kind === 'deviation' ? 'closed' : 'reportedBack');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('sends a council matter through the preparing body, KS and KF in both organisations', () => {
    for (const m of [today, proposalA]) {
      const journey = trace(m, { kind: 'council' });
      const meetings = journey.steps.filter((s) => s.kind === 'meeting' || s.kind === 'decision').map((s) => s.lane);
      expect(meetings.slice(-2)).toEqual(['ks', 'kf']);
      expect(journey.steps.find((s) => s.kind === 'decision')?.lane).toBe('kf');
    }
  });

  it('gives a budget deviation to the committee under silo rules and to KS under whole rules', () => {
    const silo = trace(today, { kind: 'deviation' });
    const whole = trace(proposalA, { kind: 'deviation' });
    expect(silo.steps[1]).toMatchObject({ lane: 'socialnamnd', kind: 'measures' });
    expect(whole.steps[1]).toMatchObject({ lane: 'ks', kind: 'netting' });
    for (const journey of [silo, whole]) {
      const d = journey.deviation;
      expect(d?.gapMsek).toBe(8);
      expect((d?.measuresMsek ?? 0) + (d?.appropriationMsek ?? 0)).toBeCloseTo(8, 6);
      // KF grants exactly what the measures could not cover, and only then.
      const council = journey.steps.find((s) => s.kind === 'appropriationDecided');
      if ((d?.appropriationMsek ?? 0) > 0) expect(council?.lane).toBe('kf');
      else expect(council).toBeUndefined();
    }
    // KS can cut across all its areas, so it never covers less than the committee can with its own.
    fc.assert(
      fc.property(seeds, (seed) => {
        const a = trace(today, { kind: 'deviation', seed }).deviation?.measuresMsek ?? 0;
        const b = trace(proposalA, { kind: 'deviation', seed }).deviation?.measuresMsek ?? 0;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
      { numRuns: 50 },
    );
  });

  it('picks example areas each organisation can route, and reports an organisation that cannot', () => {
    const synthetic = syntheticModel({ kind: 'committees', costs: [10, 20, 30] });
    expect(journeyAreas(organisationRoles(synthetic), 'crossArea')).toEqual(['area-1', 'area-2']);
    expect(journeyAreas(organisationRoles(synthetic), 'singleArea')).toEqual(['area-1']);
    const empty: Model = { ...synthetic, serviceAreas: [] };
    const journey = trace(empty, { kind: 'crossArea' });
    expect(journey.routable).toBe(false);
    expect(journey.steps).toEqual([]);
  });

  it('is a run of the matter engine itself: the same matter alone gives the engine the lead time and handovers of the journey', () => {
    for (const m of [today, proposalA, model('munkfors')]) {
      for (const kind of ['singleArea', 'crossArea', 'council'] as const) {
        for (const seed of [1, 2, 3]) {
          const journey = trace(m, { kind, seed });
          // The engine, with its own compiled stepper, on the matter the journey traced (its arrival day and
          // the same keyed draws): recording the events must change nothing the engine counts.
          const setup = prepareSingleMatter({
            model: m,
            scenario: baseline,
            kind,
            areas: journey.areas,
            arrivalDay: journey.arrivalDay,
            drawSeed: journeyDrawSeed(seed),
            years: 4,
            referBackAtFirstDecision: false,
          });
          expect(setup).toBeDefined();
          if (setup === undefined) continue;
          const outcome = simulateMattersWith(setup, createCompiledMatterStepper());
          expect(outcome.decided).toBe(1);
          expect(Math.round((outcome.leadTimeDays[0] ?? NaN) * 100) / 100).toBeCloseTo(journey.leadTimeDays ?? NaN, 2);
          expect(outcome.handovers).toBe(journey.handovers);
          expect(outcome.referredBack).toBe(journey.referrals);
        }
      }
    }
  });

  it('forces an återremiss at the first decision when asked, through the engine', () => {
    const journey = trace(today, { kind: 'singleArea', seed: 4, referBack: 'atFirstDecision' });
    const kinds = journey.steps.map((s) => s.kind);
    expect(kinds.indexOf('referBack')).toBeGreaterThan(-1);
    expect(kinds.indexOf('referBack')).toBeLessThan(kinds.indexOf('decision'));
    expect(journey.referrals).toBeGreaterThanOrEqual(1);
  });
});
