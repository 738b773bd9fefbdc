// Seats between parties on every body of a model (DESIGN §3): who elects each body, the proportional
// elections themselves (proportional-election.ts), and what the result means for representation — each
// party's positions against its KF share (Gallagher index) and how many positions give a view of the whole
// budget rather than one committee's silo. Pure and fast: it runs on every edit of a model.
//
// Who votes:
// - KF's party groups (council.parties, cooperating as council.cooperations) elect KS, the nämnder, the
//   beredningar and the authority committees (Kommunallagen (2017:725) 5 kap. 58 §, LPV).
// - An utskott is elected by its nämnd among the nämnd's own ledamöter and ersättare (KL 6 kap.), so its
//   votes are the nämnd's ordinary seats per party; the KF cooperations are assumed to hold there too.
// - Ordinary and substitute seats are two separate elections with the same voters (LPV 3 §; SKR 2022).
// - KF's own seats are the parties' mandates from the general election; KF's substitutes are apportioned
//   by that election too (not by LPV) and the model does not give their party split, so they are reported
//   as a total only.
import type { Lot } from './proportional-election';
import { electProportionally } from './proportional-election';
import { bodyById, budgetHolderShares } from './derived-facts';
import type { Body, BodyKind, Model, Text } from './model-schema';
import { hashString } from './prng';

/** Which part of the budget a position looks at: KS and its utskott see all of it (as does KF);
 *  a committee holding frames, and its utskott, see its silo; anything else (valnämnd, beredningar,
 *  committees without frames) is `other`. */
export type BudgetView = 'wholeBudget' | 'silo' | 'other';

export type BodyLot = Lot & { election: 'members' | 'substitutes' };

export interface BodySeats {
  bodyId: string;
  kind: BodyKind;
  /** `council` when KF's party groups elected the body, else the id of the nämnd that elected it. */
  electedBy: string;
  members: Record<string, number>;
  substitutes: Record<string, number>;
  lots: BodyLot[];
  view: BudgetView;
}

export interface PartyPositions {
  party: string;
  /** KF mandates. */
  councilSeats: number;
  /** Share of KF's seats (0–1). */
  councilShare: number;
  /** Ordinary and substitute seats on every body except KF. */
  members: number;
  substitutes: number;
  positions: number;
  /** Share of all positions on bodies except KF (0–1; 0 when there are none). */
  positionShare: number;
  /** Positions on KS and its utskott (members + substitutes). */
  wholeBudgetPositions: number;
  /** Positions on frame-holding committees and their utskott. */
  siloPositions: number;
  otherPositions: number;
  /** KF mandates + wholeBudgetPositions: the seats from which the party sees the whole budget. */
  wholeBudgetView: number;
}

export interface SeatDistribution {
  /** False when the model gives no party mandates; then everything below is empty. */
  available: boolean;
  reason?: Text;
  seed: number;
  council: { seats: number; parties: Record<string, number>; substitutes: number };
  /** Every body except KF, in model order. */
  bodies: BodySeats[];
  parties: PartyPositions[];
  totals: {
    positions: number;
    wholeBudgetPositions: number;
    siloPositions: number;
    otherPositions: number;
    /** Σ wholeBudgetView over parties (KF substitutes not included; see `council.substitutes`). */
    wholeBudgetView: number;
  };
  /**
   * Gallagher least-squares index of disproportionality, sqrt(½ Σ (v_i − s_i)²) in percentage points,
   * with v_i = the party's share of KF seats and s_i = its share of all positions on bodies except KF.
   * Undefined when there are no positions.
   */
  gallagherIndex: number | undefined;
}

const NO_PARTIES: Text = {
  sv:
    'Modellen anger ingen mandatfördelning i fullmäktige (council.parties), ' +
    'så platserna kan inte fördelas mellan partierna.',
  en:
    'The model gives no party mandates in the council (council.parties), ' +
    'so seats cannot be distributed between parties.',
};

function sumOf(record: Record<string, number>): number {
  return Object.values(record).reduce((sum, n) => sum + n, 0);
}

/** The view of the budget a body's positions give, following utskott up to their nämnd. */
export function budgetViewOf(body: Body, bodies: Map<string, Body>, holders: Map<string, number>): BudgetView {
  let current: Body | undefined = body;
  const seen = new Set<string>();
  while (current && current.kind === 'subcommittee' && current.parent !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    current = bodies.get(current.parent);
  }
  if (!current || current.kind === 'subcommittee') return 'other';
  if (current.kind === 'executiveBoard') return 'wholeBudget';
  if (current.kind === 'committee' && holders.has(current.id)) return 'silo';
  return 'other';
}

/** Seats (members + substitutes) with a view of the whole budget: on KS and its utskott (not KF). */
export function wholeBudgetBodySeats(model: Model): number {
  const bodies = bodyById(model);
  const holders = budgetHolderShares(model);
  let seats = 0;
  for (const body of model.bodies) {
    if (budgetViewOf(body, bodies, holders) === 'wholeBudget') seats += body.members + body.substitutes;
  }
  return seats;
}

/** Gallagher's index sqrt(½ Σ (v_i − s_i)²) in percentage points, from shares (0–1) of KF and of positions. */
export function gallagherIndexOf(parties: readonly { councilShare: number; positionShare: number }[]): number {
  return Math.sqrt(0.5 * parties.reduce((sum, p) => sum + (100 * p.councilShare - 100 * p.positionShare) ** 2, 0));
}

function emptyDistribution(seed: number, reason?: Text): SeatDistribution {
  return {
    available: false,
    ...(reason ? { reason } : {}),
    seed,
    council: { seats: 0, parties: {}, substitutes: 0 },
    bodies: [],
    parties: [],
    totals: { positions: 0, wholeBudgetPositions: 0, siloPositions: 0, otherPositions: 0, wholeBudgetView: 0 },
    gallagherIndex: undefined,
  };
}

/** Distribute every body's seats between KF's parties; lots are drawn from `seed`, one stream per election. */
export function distributeSeats(model: Model, seed: number): SeatDistribution {
  const mandates = Object.entries(model.council.parties ?? {}).map(
    ([party, n]) => [party, Number.isFinite(n) && n > 0 ? Math.floor(n) : 0] as const,
  );
  const councilTotal = mandates.reduce((sum, [, n]) => sum + n, 0);
  if (mandates.length === 0 || councilTotal === 0) return emptyDistribution(seed, NO_PARTIES);

  const councilParties = Object.fromEntries(mandates);
  const cooperations = model.council.cooperations;
  const bodies = bodyById(model);
  const holders = budgetHolderShares(model);
  const rootSeed = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  const results = new Map<string, BodySeats>();

  const elect = (body: Body, trail: ReadonlySet<string>): BodySeats => {
    const done = results.get(body.id);
    if (done) return done;
    let voters = councilParties;
    let electedBy = 'council';
    const parent = body.kind === 'subcommittee' && body.parent !== undefined ? bodies.get(body.parent) : undefined;
    if (parent && parent.kind !== 'council' && parent.id !== body.id && !trail.has(parent.id)) {
      voters = elect(parent, new Set([...trail, body.id])).members;
      electedBy = parent.id;
    }
    const election = (kind: 'members' | 'substitutes', seats: number) =>
      electProportionally({
        votes: voters,
        seats,
        // One seed per election, from the model seed and the body and election only, so editing one
        // body never changes another body's lots.
        seed: (rootSeed ^ hashString(`${body.id}:${kind}`)) >>> 0,
        ...(cooperations ? { cooperations } : {}),
      });
    const members = election('members', body.members);
    const substitutes = election('substitutes', body.substitutes);
    const seats: BodySeats = {
      bodyId: body.id,
      kind: body.kind,
      electedBy,
      members: members.seats,
      substitutes: substitutes.seats,
      lots: [
        ...members.lots.map((lot) => ({ ...lot, election: 'members' as const })),
        ...substitutes.lots.map((lot) => ({ ...lot, election: 'substitutes' as const })),
      ],
      view: budgetViewOf(body, bodies, holders),
    };
    results.set(body.id, seats);
    return seats;
  };

  const elected = model.bodies
    .filter((body) => body.kind !== 'council' && bodies.get(body.id) === body)
    .map((body) => elect(body, new Set()));

  const totalPositions = elected.reduce((sum, b) => sum + sumOf(b.members) + sumOf(b.substitutes), 0);
  const parties: PartyPositions[] = mandates.map(([party, councilSeats]) => {
    let members = 0;
    let substitutes = 0;
    const byView: Record<BudgetView, number> = { wholeBudget: 0, silo: 0, other: 0 };
    for (const body of elected) {
      const m = body.members[party] ?? 0;
      const s = body.substitutes[party] ?? 0;
      members += m;
      substitutes += s;
      byView[body.view] += m + s;
    }
    const positions = members + substitutes;
    return {
      party,
      councilSeats,
      councilShare: councilSeats / councilTotal,
      members,
      substitutes,
      positions,
      positionShare: totalPositions > 0 ? positions / totalPositions : 0,
      wholeBudgetPositions: byView.wholeBudget,
      siloPositions: byView.silo,
      otherPositions: byView.other,
      wholeBudgetView: councilSeats + byView.wholeBudget,
    };
  });

  const total = (key: 'wholeBudgetPositions' | 'siloPositions' | 'otherPositions' | 'wholeBudgetView'): number =>
    parties.reduce((sum, p) => sum + p[key], 0);
  const gallagherIndex = totalPositions > 0 ? gallagherIndexOf(parties) : undefined;

  return {
    available: true,
    seed,
    council: {
      seats: councilTotal,
      parties: councilParties,
      substitutes: model.bodies.filter((b) => b.kind === 'council').reduce((sum, b) => sum + b.substitutes, 0),
    },
    bodies: elected,
    parties,
    totals: {
      positions: totalPositions,
      wholeBudgetPositions: total('wholeBudgetPositions'),
      siloPositions: total('siloPositions'),
      otherPositions: total('otherPositions'),
      wholeBudgetView: total('wholeBudgetView'),
    },
    gallagherIndex,
  };
}
