// What the year wheel (year-wheel-layout.ts) needs from one organisation and one simulated year: the
// three phase rings of the budget process and one meeting ring per body that acts in it — KF, KS, the
// budget holders and the bodies preparing their areas — with the meetings at which a decision covered a
// budget deviation marked. Pure; names come from the caller.
import type { Model } from '@/domain/model-schema';
import { modelCalendar } from '@/simulation/model-calendar';
import type { YearResult } from '@/simulation/run-year';
import { phaseSegments, type PhaseWindow, type WheelRingInput } from './year-wheel-layout';

const KIND_ORDER: Record<string, number> = {
  council: 0,
  executiveBoard: 1,
  committee: 2,
  subcommittee: 3,
  draftingCommittee: 4,
  electionCommittee: 5,
};

/** Bodies drawn on the wheel, KF first: those that hold frames or prepare areas, plus KF and KS. */
export function wheelBodies(model: Model): string[] {
  const acting = new Set<string>();
  for (const body of model.bodies) if (body.kind === 'council' || body.kind === 'executiveBoard') acting.add(body.id);
  for (const area of model.serviceAreas) {
    acting.add(area.budgetHolder);
    acting.add(area.preparedBy);
  }
  return model.bodies
    .filter((body) => acting.has(body.id))
    .sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9))
    .map((body) => body.id);
}

export function yearWheelRings(
  result: YearResult,
  model: Model,
  words: { nameOf(bodyId: string): string; phaseRing(window: PhaseWindow): string },
): WheelRingInput[] {
  const calendar = modelCalendar(model, result.assumptions);
  const councilId = model.bodies.find((body) => body.kind === 'council')?.id;
  const decisionDays = new Map<string, Set<number>>();
  for (const record of result.budgetYear.deviations) {
    if (record.coveredDay === undefined) continue;
    const bodyId = record.route === 'appropriation' ? councilId : record.holder;
    if (bodyId === undefined) continue;
    const days = decisionDays.get(bodyId) ?? new Set<number>();
    days.add(record.coveredDay);
    decisionDays.set(bodyId, days);
  }
  const meetingRings: WheelRingInput[] = wheelBodies(model).map((bodyId) => ({
    id: bodyId,
    label: words.nameOf(bodyId),
    kind: 'meetings',
    meetings: (calendar.get(bodyId) ?? []).map((day) => ({ day, decision: decisionDays.get(bodyId)?.has(day) ?? false })),
  }));
  const segments = phaseSegments(result.budgetYear.phases);
  const phaseRing = (window: PhaseWindow): WheelRingInput => ({
    id: `phases-${window}`,
    label: words.phaseRing(window),
    kind: 'phases',
    segments: segments[window],
  });
  return [...meetingRings, phaseRing('closing'), phaseRing('execution'), phaseRing('planning')];
}
