// Every outcome the lots of a model's seat elections can give, so a figure that a lot decides is shown
// with its range instead of the one outcome a seed happened to draw (DESIGN §4.0: nothing hidden that
// decides). Pure, no seed: the outcomes are enumerated, not sampled.
//
// Why the enumeration is exact and small. In the largest-comparative-figure method a lot only changes who
// is seated when more groups share the largest figure than there are seats left (proportional-election.ts,
// `decided: 'seat'`). From that moment every remaining seat goes at that same figure: a group that takes
// one falls below it (its next figure has a larger divisor) and the others keep it. So one election ends
// with the seats won before that moment (`base`) plus one seat for each of any `free` of the `tied` groups,
// every such choice reachable by some lot and no other result possible. Inside a cooperation the partners
// split the group's seats the same way. An utskott is elected by its nämnd's members, so its outcomes are
// taken for each outcome of the nämnd; bodies elected by KF are independent of each other, and their
// outcomes combine as sums. Distinct outcomes (seats per party) are kept once. If the number of distinct
// outcomes of any step passes MAX_LOT_OUTCOMES, the enumeration stops and says so (`complete: false`):
// the figures then say that they depend on a lot but give no range, rather than a range that might be
// too narrow.
import type { Model } from './model-schema';
import {
  ballotGroups,
  cleanSize,
  cleanVotes,
  largestFigure,
  standingContenders,
} from './proportional-election';
import { gallagherIndexOf, type SeatDistribution } from './seat-distribution';

/** The most distinct outcomes any one step keeps before the enumeration gives up (see the module comment). */
export const MAX_LOT_OUTCOMES = 20_000;

export interface Range {
  min: number;
  max: number;
}

/** The outcomes of one apportionment: `base` plus one seat for each of any `free` of the `tied` contenders. */
export interface ApportionmentOutcomes {
  base: Record<string, number>;
  tied: string[];
  free: number;
}

class TooManyOutcomes extends Error {}

/** What one apportionment of `size` seats can end with, over every lot (see the module comment). */
export function apportionmentOutcomes(
  contenders: readonly (readonly [string, number])[],
  size: number,
): ApportionmentOutcomes {
  const standing = standingContenders(contenders);
  const won = new Map<string, number>(contenders.map(([name]) => [name, 0]));
  const result = (tied: string[], free: number): ApportionmentOutcomes => ({ base: Object.fromEntries(won), tied, free });
  if (standing.length === 0) return result([], 0);
  for (let index = 0; index < size; index++) {
    const { tied } = largestFigure(standing, won);
    const seatsLeft = size - index;
    if (tied.length > seatsLeft) return result(tied, seatsLeft);
    // Every tied group is seated whatever the lot: the lot only decides the order.
    const winner = tied[0] ?? '';
    won.set(winner, (won.get(winner) ?? 0) + 1);
  }
  return result([], 0);
}

/** n choose k, stopping once it passes `limit` (only whether it does matters then). */
function choose(n: number, k: number, limit: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) {
    c = (c * (n - k + i)) / i;
    if (c > limit) return c;
  }
  return Math.round(c);
}

function* subsets<T>(items: readonly T[], k: number, start = 0): Generator<T[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - k; i++) {
    for (const rest of subsets(items, k - 1, i + 1)) yield [items[i] as T, ...rest];
  }
}

/** Every distinct seat vector one apportionment can end with. */
export function expandOutcomes(outcomes: ApportionmentOutcomes, limit = MAX_LOT_OUTCOMES): Record<string, number>[] {
  if (choose(outcomes.tied.length, outcomes.free, limit) > limit) throw new TooManyOutcomes();
  const all: Record<string, number>[] = [];
  for (const chosen of subsets(outcomes.tied, outcomes.free)) {
    const seats = { ...outcomes.base };
    for (const group of chosen) seats[group] = (seats[group] ?? 0) + 1;
    all.push(seats);
  }
  return all;
}

export interface OutcomeInput {
  votes: Record<string, number>;
  seats: number;
  cooperations?: Record<string, string[]>;
}

/**
 * Every distinct result (seats per party, every cooperation split out to its partners) that
 * electProportionally can give for these votes over all lots; throws TooManyOutcomes past `limit`.
 */
function outcomesOrThrow(input: OutcomeInput, limit: number): Record<string, number>[] {
  const size = cleanSize(input.seats);
  const votes = new Map<string, number>(Object.entries(input.votes ?? {}).map(([party, n]) => [party, cleanVotes(n)]));
  const parties = [...votes.keys()];
  const groups = ballotGroups(parties, input.cooperations);
  const groupVotes: [string, number][] = [...groups].map(([group, partners]) => [
    group,
    partners.reduce((sum, p) => sum + (votes.get(p) ?? 0), 0),
  ]);
  const seen = new Map<string, Record<string, number>>();
  for (const groupSeats of expandOutcomes(apportionmentOutcomes(groupVotes, size), limit)) {
    // Each cooperation's split is independent of the others': combine them as a product.
    let partial: Record<string, number>[] = [Object.fromEntries(parties.map((p) => [p, 0]))];
    for (const [group, partners] of groups) {
      const won = groupSeats[group] ?? 0;
      const splits =
        partners.length === 1
          ? [{ [partners[0] as string]: won }]
          : expandOutcomes(apportionmentOutcomes(partners.map((p) => [p, votes.get(p) ?? 0] as const), won), limit);
      const next: Record<string, number>[] = [];
      for (const base of partial) for (const split of splits) next.push({ ...base, ...split });
      if (next.length > limit) throw new TooManyOutcomes();
      partial = next;
    }
    for (const seats of partial) seen.set(parties.map((p) => seats[p] ?? 0).join(','), seats);
    if (seen.size > limit) throw new TooManyOutcomes();
  }
  return [...seen.values()];
}

/** Every distinct result of one proportional election over all lots, or undefined past `limit` results. */
export function electionOutcomes(input: OutcomeInput, limit = MAX_LOT_OUTCOMES): Record<string, number>[] | undefined {
  try {
    return outcomesOrThrow(input, limit);
  } catch (error) {
    if (error instanceof TooManyOutcomes) return undefined;
    throw error;
  }
}

export interface BodyLotRange {
  bodyId: string;
  /** Per party: the fewest and most ordinary seats any lot outcome gives it on this body. */
  members: Record<string, Range>;
  substitutes: Record<string, Range>;
  /** Some party's seats on this body depend on a lot. */
  dependsOnLot: boolean;
}

export interface PartyLotRange {
  party: string;
  positions: Range;
  positionShare: Range;
  wholeBudgetView: Range;
}

export interface SeatLotRange {
  /** False when the outcomes were too many to enumerate: then no range below is filled in. */
  complete: boolean;
  /** Some figure of the seat distribution depends on a lot. */
  dependsOnLot: boolean;
  /** Distinct outcomes of the positions per party over the whole model (when complete). */
  outcomes: number;
  bodies: BodyLotRange[];
  parties: PartyLotRange[];
  gallagherIndex: Range | undefined;
}

function widen(range: Range | undefined, value: number): Range {
  return range ? { min: Math.min(range.min, value), max: Math.max(range.max, value) } : { min: value, max: value };
}

const varies = (range: Range): boolean => range.min !== range.max;

/**
 * The range of every seat figure over all lot outcomes of the model, for the distribution `seats`
 * (distributeSeats) of the same model: the same bodies, voters and budget views, without the seed.
 */
export function seatLotRange(model: Model, seats: SeatDistribution, limit = MAX_LOT_OUTCOMES): SeatLotRange {
  const parties = seats.parties.map((p) => p.party);
  const incomplete: SeatLotRange = { complete: false, dependsOnLot: true, outcomes: 0, bodies: [], parties: [], gallagherIndex: undefined };
  if (!seats.available) return { ...incomplete, complete: true, dependsOnLot: false };
  const sizeOf = new Map(model.bodies.map((b) => [b.id, b] as const));
  const cooperations = model.council.cooperations;
  const children = new Map<string, string[]>();
  for (const body of seats.bodies) {
    if (body.electedBy !== 'council') children.set(body.electedBy, [...(children.get(body.electedBy) ?? []), body.bodyId]);
  }
  const viewOf = new Map(seats.bodies.map((b) => [b.bodyId, b.view] as const));
  const ranges = new Map<string, { members: Record<string, Range>; substitutes: Record<string, Range> }>();
  const record = (bodyId: string, election: 'members' | 'substitutes', outcome: Record<string, number>) => {
    const entry = ranges.get(bodyId) ?? { members: {}, substitutes: {} };
    for (const party of parties) entry[election][party] = widen(entry[election][party], outcome[party] ?? 0);
    ranges.set(bodyId, entry);
  };
  const keyOf = (vector: readonly number[]) => vector.join(',');
  /** Sums of one vector from each set, each distinct sum once. */
  const combine = (sets: readonly (readonly number[][])[], length: number): number[][] => {
    const zero = Array.from({ length }, () => 0);
    let sums = new Map<string, number[]>([[keyOf(zero), zero]]);
    for (const set of sets) {
      const next = new Map<string, number[]>();
      for (const a of sums.values()) {
        for (const b of set) {
          const sum = a.map((n, i) => n + (b[i] ?? 0));
          next.set(keyOf(sum), sum);
        }
      }
      if (next.size > limit) throw new TooManyOutcomes();
      sums = next;
    }
    return [...sums.values()];
  };

  // A body's outcomes with the bodies it elects, as vectors: positions per party, then whole-budget
  // positions per party.
  const subtree = (bodyId: string, voters: Record<string, number>): number[][] => {
    const body = sizeOf.get(bodyId);
    const election = (kind: 'members' | 'substitutes', n: number) => {
      const outcomes = outcomesOrThrow({ votes: voters, seats: n, ...(cooperations ? { cooperations } : {}) }, limit);
      for (const outcome of outcomes) record(bodyId, kind, outcome);
      return outcomes;
    };
    const members = election('members', body?.members ?? 0);
    const substitutes = election('substitutes', body?.substitutes ?? 0);
    const whole = viewOf.get(bodyId) === 'wholeBudget';
    const own = (m: Record<string, number>, s: Record<string, number>): number[] => {
      const positions = parties.map((p) => (m[p] ?? 0) + (s[p] ?? 0));
      return [...positions, ...positions.map((n) => (whole ? n : 0))];
    };
    const all = new Map<string, number[]>();
    for (const m of members) {
      const below = combine(
        (children.get(bodyId) ?? []).map((child) => subtree(child, m)),
        2 * parties.length,
      );
      for (const s of substitutes) {
        const mine = own(m, s);
        for (const rest of below) {
          const sum = mine.map((n, i) => n + (rest[i] ?? 0));
          all.set(keyOf(sum), sum);
        }
      }
      if (all.size > limit) throw new TooManyOutcomes();
    }
    return [...all.values()];
  };

  try {
    const roots = seats.bodies.filter((b) => b.electedBy === 'council').map((b) => subtree(b.bodyId, seats.council.parties));
    // Whole-budget positions add up separately per party (the roots are independent), positions jointly.
    const wholeRange = parties.map((_, i) => ({
      min: roots.reduce((sum, set) => sum + Math.min(...set.map((v) => v[parties.length + i] ?? 0)), 0),
      max: roots.reduce((sum, set) => sum + Math.max(...set.map((v) => v[parties.length + i] ?? 0)), 0),
    }));
    const vectors = combine(
      roots.map((set) => set.map((v) => v.slice(0, parties.length))),
      parties.length,
    );
    const partyRanges = parties.map((party, i) => {
      let positions: Range | undefined;
      let share: Range | undefined;
      for (const v of vectors) {
        const total = v.reduce((sum, n) => sum + n, 0);
        positions = widen(positions, v[i] ?? 0);
        share = widen(share, total > 0 ? (v[i] ?? 0) / total : 0);
      }
      const councilSeats = seats.parties[i]?.councilSeats ?? 0;
      const whole = wholeRange[i] ?? { min: 0, max: 0 };
      return {
        party,
        positions: positions ?? { min: 0, max: 0 },
        positionShare: share ?? { min: 0, max: 0 },
        wholeBudgetView: { min: councilSeats + whole.min, max: councilSeats + whole.max },
      };
    });
    let gallagherIndex: Range | undefined;
    for (const v of vectors) {
      const total = v.reduce((sum, n) => sum + n, 0);
      if (total === 0) continue;
      const g = gallagherIndexOf(
        seats.parties.map((p, i) => ({ councilShare: p.councilShare, positionShare: (v[i] ?? 0) / total })),
      );
      gallagherIndex = widen(gallagherIndex, g);
    }
    const bodies = seats.bodies.map((b) => {
      const r = ranges.get(b.bodyId) ?? { members: {}, substitutes: {} };
      const dependsOnLot = parties.some(
        (p) => varies(r.members[p] ?? { min: 0, max: 0 }) || varies(r.substitutes[p] ?? { min: 0, max: 0 }),
      );
      return { bodyId: b.bodyId, members: r.members, substitutes: r.substitutes, dependsOnLot };
    });
    return {
      complete: true,
      dependsOnLot: vectors.length > 1 || bodies.some((b) => b.dependsOnLot),
      outcomes: vectors.length,
      bodies,
      parties: partyRanges,
      gallagherIndex,
    };
  } catch (error) {
    if (error instanceof TooManyOutcomes) return incomplete;
    throw error;
  }
}
