// Swimlanes of a matter journey: one lane per body or department the matter passes, every step inside the
// plot at its day, handovers joining the lanes they name, and two journeys drawn on one day range line up.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ModelSchema, type Model } from '@/domain/model-schema';
import { layoutSwimlanes, sharedDayRange, SWIMLANE } from '@/layout/swimlane-layout';
import { JOURNEY_KINDS, traceMatterJourney } from '@/simulation/matter-journey';

const model = (id: string): Model =>
  v.parse(ModelSchema, JSON.parse(readFileSync(fileURLToPath(new URL(`../../models/${id}.json`, import.meta.url)), 'utf8')));
const today = model('ange-today');
const proposalA = model('ange-a');
const scenario = { referBackProbability: 0.05 };

describe('layoutSwimlanes', () => {
  for (const kind of JOURNEY_KINDS) {
    it(`places every step of a ${kind} journey in its lane and on its day`, () => {
      const journeys = [today, proposalA].map((m) => traceMatterJourney({ model: m, scenario, seed: 3, kind, referBack: 'atFirstDecision' }));
      const range = sharedDayRange(journeys);
      for (const journey of journeys) {
        const layout = layoutSwimlanes(journey, { width: 600, ...range, laneName: (lane) => lane.name.sv });
        expect(layout.lanes.map((lane) => lane.id)).toEqual(journey.lanes.map((lane) => lane.id));
        expect(layout.height).toBe(SWIMLANE.axisHeight + journey.lanes.length * SWIMLANE.laneHeight);
        const laneOf = new Map(layout.lanes.map((lane) => [lane.id, lane]));
        layout.markers.forEach((marker, i) => {
          const step = journey.steps[i];
          const lane = laneOf.get(step?.lane ?? '');
          expect(lane).toBeDefined();
          expect(marker.y).toBeGreaterThan(lane?.y ?? 0);
          expect(marker.y).toBeLessThan((lane?.y ?? 0) + (lane?.height ?? 0));
          expect(marker.x).toBeGreaterThanOrEqual(layout.plot.x);
          expect(marker.x).toBeLessThanOrEqual(layout.plot.x + layout.plot.width + 3 * SWIMLANE.stackOffset);
        });
        for (const handover of layout.handovers) {
          const step = journey.steps[handover.step];
          expect(handover.y1).toBe(layout.markers[handover.step]?.y);
          expect(layout.lanes.some((lane) => lane.id === step?.to)).toBe(true);
        }
        for (const segment of layout.segments) expect(segment.x2).toBeGreaterThanOrEqual(segment.x1);
        for (const tick of layout.ticks) {
          expect(tick.day).toBeGreaterThanOrEqual(range.dayFrom);
          expect(tick.day).toBeLessThanOrEqual(range.dayTo);
        }
      }
    });
  }

  it('lines up two journeys: the same day is at the same x in both charts', () => {
    const journeys = [today, proposalA].map((m) => traceMatterJourney({ model: m, scenario, seed: 1, kind: 'crossArea' }));
    const range = sharedDayRange(journeys);
    const [a, b] = journeys.map((j) => layoutSwimlanes(j, { width: 600, ...range, laneName: (lane) => lane.name.sv }));
    expect(a?.markers[0]?.x).toBe(b?.markers[0]?.x);
    expect(a?.dayX(journeys[0]?.endDay ?? 0)).toBeGreaterThan(b?.dayX(journeys[1]?.endDay ?? 0) ?? Infinity);
  });
});
