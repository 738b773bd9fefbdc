// Why the seats fall as they do (DESIGN §3): the facts behind a seat table that would otherwise alarm a
// party — who elects each body (KF elects KS and the nämnder, KL 5 kap. 58 § and LPV; a board or committee
// elects its own utskott among its own members, KL 6 kap. 42 §), which party gains most against its share
// of KF, what the electoral cooperations change (the same election without them), how many seats a lot
// decided, and how many substitutes the executive board would need before every party in KF has a seat
// on it. Pure: the same elections as seat-distribution.ts, re-run with one thing changed.
import { bodyById } from './derived-facts';
import type { Model } from './model-schema';
import { electProportionally } from './proportional-election';
import { hashString } from './prng';
import { distributeSeats, type SeatDistribution } from './seat-distribution';

export interface ElectorGroup {
  /** The body that elects: `council` for KF. */
  electedBy: string;
  bodies: string[];
  /** Ordinary seats per party of the electing body (KF: the mandates). */
  votes: Record<string, number>;
}

export interface SeatReasons {
  electors: ElectorGroup[];
  /** The party whose share of all seats outside KF exceeds its KF share the most (when it does). */
  largestGain?: { party: string; councilShare: number; positionShare: number };
  /** Seats per party that the cooperations change: with them minus without them (only non-zero). */
  cooperationEffect?: { groups: Record<string, string[]>; change: Record<string, number> };
  lots: { members: number; substitutes: number };
  /** The executive board's room for every party (undefined when the model has no executive board). */
  board?: {
    bodyId: string;
    substitutes: number;
    /** KF parties with neither a member nor a substitute seat on the board. */
    missing: string[];
    /** The fewest substitutes at which every KF party has at least one; undefined if not within `limit`. */
    substitutesNeeded?: number;
    limit: number;
  };
}

const sum = (record: Record<string, number>): number => Object.values(record).reduce((a, b) => a + b, 0);

/** The facts behind `seats` (the distribution of `model` with `seed`). */
export function seatReasons(model: Model, seats: SeatDistribution): SeatReasons {
  const bodies = bodyById(model);
  const groups = new Map<string, ElectorGroup>();
  for (const body of seats.bodies) {
    const votes = body.electedBy === 'council' ? seats.council.parties : (seats.bodies.find((b) => b.bodyId === body.electedBy)?.members ?? {});
    const group = groups.get(body.electedBy) ?? { electedBy: body.electedBy, bodies: [], votes };
    group.bodies.push(body.bodyId);
    groups.set(body.electedBy, group);
  }
  const electors = [...groups.values()].sort((a, b) => (a.electedBy === 'council' ? -1 : b.electedBy === 'council' ? 1 : 0));

  let largestGain: SeatReasons['largestGain'];
  for (const p of seats.parties) {
    const gain = p.positionShare - p.councilShare;
    if (gain > 0 && (largestGain === undefined || gain > largestGain.positionShare - largestGain.councilShare)) {
      largestGain = { party: p.party, councilShare: p.councilShare, positionShare: p.positionShare };
    }
  }

  let cooperationEffect: SeatReasons['cooperationEffect'];
  const cooperations = model.council.cooperations;
  if (cooperations && Object.keys(cooperations).length > 0) {
    const alone = distributeSeats({ ...model, council: { ...model.council, cooperations: {} } }, seats.seed);
    const change: Record<string, number> = {};
    for (const p of seats.parties) {
      const without = alone.parties.find((q) => q.party === p.party)?.positions ?? 0;
      if (p.positions !== without) change[p.party] = p.positions - without;
    }
    cooperationEffect = { groups: cooperations, change };
  }

  const lots = { members: 0, substitutes: 0 };
  for (const body of seats.bodies) for (const lot of body.lots) if (lot.decided === 'seat') lots[lot.election]++;

  let board: SeatReasons['board'];
  const boardSeats = seats.bodies.find((b) => b.kind === 'executiveBoard');
  const boardBody = boardSeats && bodies.get(boardSeats.bodyId);
  if (boardSeats && boardBody) {
    const parties = Object.keys(seats.council.parties).filter((party) => (seats.council.parties[party] ?? 0) > 0);
    const missing = parties.filter((party) => (boardSeats.members[party] ?? 0) + (boardSeats.substitutes[party] ?? 0) === 0);
    const limit = Math.max(boardBody.substitutes, sum(seats.council.parties));
    let substitutesNeeded: number | undefined;
    for (let n = boardBody.substitutes; n <= limit; n++) {
      const result = electProportionally({
        votes: seats.council.parties,
        seats: n,
        seed: ((seats.seed >>> 0) ^ hashString(`${boardBody.id}:substitutes`)) >>> 0,
        ...(cooperations ? { cooperations } : {}),
      });
      if (parties.every((party) => (boardSeats.members[party] ?? 0) + (result.seats[party] ?? 0) > 0)) {
        substitutesNeeded = n;
        break;
      }
    }
    board = { bodyId: boardBody.id, substitutes: boardBody.substitutes, missing, limit, ...(substitutesNeeded !== undefined ? { substitutesNeeded } : {}) };
  }

  return { electors, ...(largestGain ? { largestGain } : {}), ...(cooperationEffect ? { cooperationEffect } : {}), lots, ...(board ? { board } : {}) };
}
