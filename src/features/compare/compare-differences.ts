// What differs between the organisations compared, and what does not (DESIGN §6: proposals A and B must
// not look different where they are not, nor the same where they differ). Every figure of the facts table
// and every service area's budget holder and preparing body is compared across the models; equal ones are
// named as equal, different ones are ranked by how large the difference is (the spread between the
// largest and smallest value as a share of the largest; a different body counts as a full difference).
// Pure: figures in, a ranked list out; the page words it.
import type { ModelFigures } from './compare-figures';

export type FigureId =
  | 'bodies'
  | 'seats'
  | 'persons'
  | 'holders'
  | 'nEff'
  | 'interfaces'
  | 'meetings'
  | 'meetingCost'
  | 'netCost'
  | 'wholeBudgetSeats';

export interface NumberDifference {
  kind: 'number';
  id: FigureId;
  /** One value per model, in the order compared. */
  values: number[];
  /** (max − min) / max; 0 when equal. */
  size: number;
}

export interface RoleDifference {
  kind: 'role';
  /** Who holds each shared service area's frame, or who prepares its matters. */
  role: 'budgetHolder' | 'preparedBy';
  /** The shared areas where the body differs between the models, with the body's name in each. */
  differing: { area: string; areaName: { sv: string; en: string }; bodies: ({ sv: string; en: string } | undefined)[] }[];
  /** Service areas all the models have. */
  total: number;
  /** differing / total. */
  size: number;
}

export type Difference = NumberDifference | RoleDifference;

export interface Differences {
  different: Difference[];
  equal: Difference[];
}

const figureValues: Record<FigureId, (f: ModelFigures) => number> = {
  bodies: (f) => f.facts.bodies.total,
  seats: (f) => f.facts.seats.total,
  persons: (f) => f.facts.persons.total,
  holders: (f) => f.facts.budgetHolders.length,
  nEff: (f) => Math.round(f.facts.effectiveBudgetHolders * 100) / 100,
  interfaces: (f) => f.facts.interfaces.count,
  meetings: (f) => f.facts.meetings.perYear,
  meetingCost: (f) => Math.round(f.facts.meetingCost.sekPerYear),
  netCost: (f) => Math.round(f.facts.totalNetCostMsek * 10) / 10,
  wholeBudgetSeats: (f) => f.wholeBudgetSeats,
};

export const FIGURE_IDS = Object.keys(figureValues) as FigureId[];

export function compareDifferences(figures: readonly ModelFigures[]): Differences {
  const all: Difference[] = FIGURE_IDS.map((id) => {
    const values = figures.map(figureValues[id]);
    const max = Math.max(...values.map(Math.abs));
    const size = max === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / max;
    return { kind: 'number', id, values, size };
  });
  // Areas every model has (by id): who holds the frame and who prepares the matters.
  const first = figures[0];
  const shared = (first?.model.serviceAreas ?? []).filter((area) =>
    figures.every((f) => f.model.serviceAreas.some((a) => a.id === area.id)),
  );
  for (const role of ['budgetHolder', 'preparedBy'] as const) {
    const differing: RoleDifference['differing'] = [];
    for (const area of shared) {
      const bodies = figures.map((f) => {
        const bodyId = f.model.serviceAreas.find((a) => a.id === area.id)?.[role];
        return f.model.bodies.find((b) => b.id === bodyId)?.name;
      });
      // Compared by name: the same body can have another id in another file.
      if (bodies.some((b) => b?.sv !== bodies[0]?.sv)) differing.push({ area: area.id, areaName: area.name, bodies });
    }
    if (shared.length > 0) all.push({ kind: 'role', role, differing, total: shared.length, size: differing.length / shared.length });
  }
  const different = all.filter((d) => d.size > 0).sort((a, b) => b.size - a.size);
  const equal = all.filter((d) => d.size === 0);
  return { different, equal };
}

/** With three or more models: the pair equal in the most figures (first such pair in order). */
export function closestPair(figures: readonly ModelFigures[]): { a: number; b: number; equal: number } | undefined {
  let best: { a: number; b: number; equal: number } | undefined;
  for (let a = 0; a < figures.length; a++) {
    for (let b = a + 1; b < figures.length; b++) {
      const equal = compareDifferences([figures[a]!, figures[b]!]).equal.length;
      if (best === undefined || equal > best.equal) best = { a, b, equal };
    }
  }
  return best;
}
