// Invariants of proportional election (d'Hondt with seeded lots, LPV) and of the seat distribution over
// a whole model, checked with fast-check; plus worked examples of distributeSeats.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { electProportionally } from '@/domain/proportional-election';
import { distributeSeats } from '@/domain/seat-distribution';
import { electionOutcomes, seatLotRange } from '@/domain/seat-lot-outcomes';
import type { Body, Model } from '@/domain/model-schema';

const PARTIES = ['S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP', 'VF', 'X'] as const;

/** Votes per party for 1–8 parties, each 0–60 (whole numbers, like KF mandates). */
const votesArb = fc
  .uniqueArray(fc.constantFrom(...PARTIES), { minLength: 1, maxLength: 8 })
  .chain((parties) =>
    fc.tuple(...parties.map(() => fc.integer({ min: 0, max: 60 }))).map((counts) =>
      Object.fromEntries(parties.map((p, i) => [p, counts[i] ?? 0])),
    ),
  );
const seatsArb = fc.integer({ min: 0, max: 40 });
const seedArb = fc.integer({ min: 0, max: 0xffffffff });

/** Votes with one cooperation of 2+ of the parties, named "G" (not a party code used above). */
const cooperationArb = votesArb
  .filter((votes) => Object.keys(votes).length >= 2)
  .chain((votes) =>
    fc
      .subarray(Object.keys(votes), { minLength: 2 })
      .map((partners) => ({ votes, cooperations: { G: partners } })),
  );

const sum = (record: Record<string, number>): number => Object.values(record).reduce((a, b) => a + b, 0);
const anyVotes = (votes: Record<string, number>): boolean => Object.values(votes).some((v) => v > 0);

describe('electProportionally: invariants', () => {
  it('fills exactly `size` seats whenever anyone has votes, and none otherwise', () => {
    fc.assert(
      fc.property(votesArb, seatsArb, seedArb, (votes, seats, seed) => {
        const result = electProportionally({ votes, seats, seed });
        const expected = anyVotes(votes) ? seats : 0;
        expect(sum(result.seats)).toBe(expected);
        expect(sum(result.groupSeats)).toBe(expected);
        expect(result.order).toHaveLength(expected);
      }),
    );
  });

  it('gives the same result for the same input and seed', () => {
    fc.assert(
      fc.property(cooperationArb, seatsArb, seedArb, ({ votes, cooperations }, seats, seed) => {
        const first = electProportionally({ votes, seats, seed, cooperations });
        const second = electProportionally({ votes: { ...votes }, seats, seed, cooperations });
        expect(second).toEqual(first);
      }),
    );
  });

  it('never lowers a group’s seats when it gets more votes', () => {
    fc.assert(
      fc.property(
        votesArb,
        seatsArb,
        seedArb,
        seedArb,
        fc.nat(),
        fc.integer({ min: 1, max: 30 }),
        (votes, seats, seedBefore, seedAfter, pick, extra) => {
          const parties = Object.keys(votes);
          const party = parties[pick % parties.length] ?? '';
          const before = electProportionally({ votes, seats, seed: seedBefore }).seats[party] ?? 0;
          const more = { ...votes, [party]: (votes[party] ?? 0) + extra };
          const after = electProportionally({ votes: more, seats, seed: seedAfter }).seats[party] ?? 0;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('never gives a group with more votes fewer seats, and equal votes differ by at most one seat', () => {
    fc.assert(
      fc.property(votesArb, seatsArb, seedArb, (votes, seats, seed) => {
        const result = electProportionally({ votes, seats, seed });
        for (const [a, va] of Object.entries(votes)) {
          for (const [b, vb] of Object.entries(votes)) {
            const sa = result.seats[a] ?? 0;
            const sb = result.seats[b] ?? 0;
            if (va > vb) expect(sa).toBeGreaterThanOrEqual(sb);
            if (va === vb) expect(Math.abs(sa - sb)).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('gives every group at least its lower quota (a property of d’Hondt)', () => {
    fc.assert(
      fc.property(votesArb, seatsArb, seedArb, (votes, seats, seed) => {
        const total = sum(votes);
        fc.pre(total > 0);
        const result = electProportionally({ votes, seats, seed });
        for (const [party, v] of Object.entries(votes)) {
          expect(result.seats[party] ?? 0).toBeGreaterThanOrEqual(Math.floor((v * seats) / total));
        }
      }),
    );
  });

  it('splits a cooperation’s seats so that its partners’ seats sum to the cooperation’s', () => {
    fc.assert(
      fc.property(cooperationArb, seatsArb, seedArb, ({ votes, cooperations }, seats, seed) => {
        const result = electProportionally({ votes, seats, seed, cooperations });
        const partnerSeats = cooperations.G.reduce((acc, p) => acc + (result.seats[p] ?? 0), 0);
        expect(partnerSeats).toBe(result.groupSeats.G);
        for (const party of Object.keys(votes)) {
          if (!cooperations.G.includes(party)) expect(result.seats[party]).toBe(result.groupSeats[party]);
        }
      }),
    );
  });

  it('reports lots whose winner was tied and took the seat the lot names', () => {
    fc.assert(
      fc.property(votesArb, seatsArb, seedArb, (votes, seats, seed) => {
        const result = electProportionally({ votes, seats, seed });
        for (const lot of result.lots) {
          expect(lot.tiedGroups.length).toBeGreaterThanOrEqual(2);
          expect(lot.tiedGroups).toContain(lot.winner);
          expect(result.order[lot.seatNumber - 1]?.group).toBe(lot.winner);
          if (lot.decided === 'order') {
            const seatedLater = new Set(result.order.slice(lot.seatNumber - 1).map((o) => o.group));
            for (const group of lot.tiedGroups) expect(seatedLater.has(group)).toBe(true);
          }
        }
      }),
    );
  });
});

// ---- every outcome a lot can give (seat-lot-outcomes.ts) ----

/**
 * Brute force, independent of the module: hand out the seats one at a time, following every tied group
 * at every seat (states with the same seats merged), among `contenders` with these votes.
 */
function everyLot(votes: Record<string, number>, contenders: string[], size: number): Record<string, number>[] {
  const positive = contenders.filter((c) => (votes[c] ?? 0) > 0);
  let states = new Map<string, Record<string, number>>();
  const zero = Object.fromEntries(contenders.map((c) => [c, 0]));
  states.set(JSON.stringify(zero), zero);
  if (positive.length === 0) return [zero];
  for (let i = 0; i < size; i++) {
    const next = new Map<string, Record<string, number>>();
    for (const state of states.values()) {
      const figure = (c: string) => (votes[c] ?? 0) / ((state[c] ?? 0) + 1);
      const best = Math.max(...positive.map(figure));
      for (const c of positive.filter((p) => figure(p) === best)) {
        const after = { ...state, [c]: (state[c] ?? 0) + 1 };
        next.set(JSON.stringify(after), after);
      }
    }
    states = next;
  }
  return [...states.values()];
}

const asSet = (outcomes: readonly Record<string, number>[] | undefined) =>
  new Set((outcomes ?? []).map((o) => JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]))));

describe('electionOutcomes: every lot outcome, and only those', () => {
  it('equals following every tied group at every seat, also with a cooperation', () => {
    fc.assert(
      fc.property(cooperationArb, fc.integer({ min: 0, max: 25 }), fc.boolean(), ({ votes, cooperations }, seats, cooperate) => {
        const enumerated = electionOutcomes({ votes, seats, ...(cooperate ? { cooperations } : {}) });
        const partners = cooperate ? cooperations.G : [];
        const groups = { ...votes, ...(cooperate ? { G: partners.reduce((a, p) => a + (votes[p] ?? 0), 0) } : {}) };
        const alone = Object.keys(votes).filter((p) => !partners.includes(p));
        const expected: Record<string, number>[] = [];
        for (const outer of everyLot(groups, [...alone, ...(cooperate ? ['G'] : [])], seats)) {
          const splits = cooperate ? everyLot(votes, partners, outer.G ?? 0) : [{}];
          for (const split of splits) {
            const { G: _joint, ...rest } = outer;
            expected.push({ ...rest, ...split });
          }
        }
        expect(asSet(enumerated)).toEqual(asSet(expected));
      }),
      { numRuns: 150 },
    );
  });

  it('contains the seeded result for every seed', () => {
    fc.assert(
      fc.property(cooperationArb, seatsArb, seedArb, ({ votes, cooperations }, seats, seed) => {
        const result = electProportionally({ votes, seats, seed, cooperations });
        const outcomes = asSet(electionOutcomes({ votes, seats, cooperations }));
        expect(outcomes.has([...asSet([result.seats])][0] ?? '')).toBe(true);
      }),
    );
  });
});

// ---- distributeSeats over whole models ----

const text = (sv: string) => ({ sv, en: sv });

function body(id: string, kind: Body['kind'], members: number, substitutes: number, parent?: string): Body {
  return { id, kind, name: text(id), members, substitutes, meetingsPerYear: 10, ...(parent ? { parent } : {}) };
}

function model(bodies: Body[], council: Model['council'], frames: [string, string][] = []): Model {
  return {
    id: 'fixture',
    municipality: 'Testby',
    name: text('Test'),
    description: text('Test'),
    status: 'example',
    sources: [],
    council,
    bodies,
    serviceAreas: frames.map(([id, holder]) => ({
      id,
      name: text(id),
      netCostMsek: 100,
      budgetHolder: holder,
      preparedBy: holder,
      department: 'd',
      flexibility: 0.1,
      volatility: 0.05,
      priorityWeight: 1,
    })),
    departments: [],
  };
}

/** A random organisation: KF, KS, 0–4 committees, 0–5 utskott under any body (or a missing one). */
const modelArb = fc
  .record({
    votes: votesArb,
    ks: fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 25 })),
    committees: fc.array(fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 13 })), {
      maxLength: 4,
    }),
    utskott: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 })), {
      maxLength: 5,
    }),
    cooperate: fc.boolean(),
  })
  .map(({ votes, ks, committees, utskott, cooperate }) => {
    const bodies: Body[] = [
      body('kf', 'council', sum(votes), 0),
      body('ks', 'executiveBoard', ks[0], ks[1], 'kf'),
      ...committees.map(([m, s], i) => body(`n${i}`, 'committee', m, s, 'kf')),
    ];
    const parents = [...bodies.map((b) => b.id), 'ghost'];
    utskott.forEach(([pick, m, s], i) =>
      bodies.push(body(`u${i}`, 'subcommittee', m, s, parents[pick % parents.length])),
    );
    const parties = Object.keys(votes);
    const cooperations = cooperate && parties.length >= 2 ? { G: parties.slice(0, 2) } : undefined;
    return model(bodies, { parties: votes, ...(cooperations ? { cooperations } : {}) }, [['a', 'n0']]);
  });

describe('distributeSeats: invariants', () => {
  it('fills every body’s members and substitutes in full whenever its voters have seats', () => {
    fc.assert(
      fc.property(modelArb, seedArb, (m, seed) => {
        const distribution = distributeSeats(m, seed);
        if (!distribution.available) {
          expect(sum(m.council.parties ?? {})).toBe(0);
          return;
        }
        const byId = new Map(distribution.bodies.map((b) => [b.bodyId, b]));
        for (const b of m.bodies) {
          if (b.kind === 'council') continue;
          const seats = byId.get(b.id);
          expect(seats).toBeDefined();
          if (!seats) continue;
          const voters =
            seats.electedBy === 'council' ? distribution.council.parties : (byId.get(seats.electedBy)?.members ?? {});
          const canElect = sum(voters) > 0;
          expect(sum(seats.members)).toBe(canElect ? b.members : 0);
          expect(sum(seats.substitutes)).toBe(canElect ? b.substitutes : 0);
        }
      }),
    );
  });

  it('adds up: party positions sum to the total, views partition them, Gallagher lies in [0, 100]', () => {
    fc.assert(
      fc.property(modelArb, seedArb, (m, seed) => {
        const d = distributeSeats(m, seed);
        fc.pre(d.available);
        const positions = d.parties.reduce((acc, p) => acc + p.positions, 0);
        expect(positions).toBe(d.totals.positions);
        expect(d.totals.wholeBudgetPositions + d.totals.siloPositions + d.totals.otherPositions).toBe(positions);
        if (d.gallagherIndex === undefined) expect(positions).toBe(0);
        else {
          expect(d.gallagherIndex).toBeGreaterThanOrEqual(0);
          expect(d.gallagherIndex).toBeLessThanOrEqual(100);
        }
        expect(distributeSeats(m, seed)).toEqual(d);
      }),
    );
  });
});

describe('seatLotRange: the seeded distribution lies inside the ranges', () => {
  it('for every body, party and the Gallagher index, whatever the seed', () => {
    fc.assert(
      fc.property(modelArb, seedArb, (m, seed) => {
        const seats = distributeSeats(m, seed);
        const range = seatLotRange(m, seats);
        if (!range.complete) return;
        const within = (value: number, r: { min: number; max: number } | undefined) => {
          expect(value).toBeGreaterThanOrEqual((r?.min ?? Number.NaN) - 1e-9);
          expect(value).toBeLessThanOrEqual((r?.max ?? Number.NaN) + 1e-9);
        };
        seats.bodies.forEach((b, i) => {
          for (const [party, n] of Object.entries(b.members)) within(n, range.bodies[i]?.members[party]);
          for (const [party, n] of Object.entries(b.substitutes)) within(n, range.bodies[i]?.substitutes[party]);
        });
        seats.parties.forEach((p, i) => {
          within(p.positions, range.parties[i]?.positions);
          within(p.positionShare, range.parties[i]?.positionShare);
          within(p.wholeBudgetView, range.parties[i]?.wholeBudgetView);
        });
        if (seats.gallagherIndex !== undefined) within(seats.gallagherIndex, range.gallagherIndex);
        if (!range.dependsOnLot) expect(range.outcomes).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });
});

describe('distributeSeats: examples', () => {
  // Munkfors after the 2018 election (DESIGN §10): KF 21 = S 14, C 4, SD 2, V 1; KS 9 + 22, utskott 5 + 5.
  const munkfors = model(
    [
      body('kf', 'council', 21, 13),
      body('ks', 'executiveBoard', 9, 22, 'kf'),
      body('larande', 'subcommittee', 5, 5, 'ks'),
      body('omsorg', 'subcommittee', 5, 5, 'ks'),
      body('service', 'subcommittee', 5, 5, 'ks'),
      body('val', 'electionCommittee', 4, 4, 'kf'),
    ],
    { parties: { S: 14, C: 4, SD: 2, V: 1 } },
    [['skola', 'ks']],
  );

  it('elects KS by KF: S takes seven figures outright, and a lot between S, C and SD decides seats 8 and 9', () => {
    // Figures: S 14, 7, 4.67; C 4; S 3.5, 2.8, 2.33; then S 14/7 = C 4/2 = SD 2/1 = 2 for the last two seats.
    const d = distributeSeats(munkfors, 1);
    const ks = d.bodies.find((b) => b.bodyId === 'ks');
    expect(ks?.electedBy).toBe('council');
    const memberLots = ks?.lots.filter((l) => l.election === 'members') ?? [];
    expect(memberLots.map((l) => [l.seatNumber, l.tiedGroups, l.decided])).toEqual([
      [8, ['C', 'S', 'SD'], 'seat'],
      [9, expect.any(Array), 'seat'],
    ]);
    expect(sum(ks?.members ?? {})).toBe(9);
    expect(ks?.members.S).toBeGreaterThanOrEqual(6);
    expect(ks?.members.V).toBe(0);
  });

  it('elects the utskott by KS’s members and counts KS and its utskott as whole-budget positions', () => {
    const d = distributeSeats(munkfors, 1);
    for (const id of ['larande', 'omsorg', 'service']) {
      const u = d.bodies.find((b) => b.bodyId === id);
      expect(u?.electedBy).toBe('ks');
      expect(u?.view).toBe('wholeBudget');
      expect(sum(u?.members ?? {})).toBe(5);
    }
    expect(d.totals.wholeBudgetPositions).toBe(31 + 30);
    expect(d.totals.otherPositions).toBe(8);
    expect(d.totals.siloPositions).toBe(0);
    expect(d.totals.wholeBudgetView).toBe(21 + 61);
    expect(d.council).toEqual({ seats: 21, parties: { S: 14, C: 4, SD: 2, V: 1 }, substitutes: 13 });
  });

  it('computes the Gallagher index from KF shares and position shares', () => {
    const d = distributeSeats(munkfors, 1);
    const expected = Math.sqrt(
      0.5 * d.parties.reduce((acc, p) => acc + (100 * (p.councilSeats / 21) - (100 * p.positions) / 69) ** 2, 0),
    );
    expect(d.totals.positions).toBe(69);
    expect(d.gallagherIndex).toBeCloseTo(expected, 12);
  });

  it('counts a frame-holding committee’s positions as silo positions', () => {
    const committees = model(
      [
        body('kf', 'council', 31, 0),
        body('ks', 'executiveBoard', 11, 11, 'kf'),
        body('bun', 'committee', 9, 9, 'kf'),
        body('au', 'subcommittee', 3, 3, 'bun'),
      ],
      { parties: { A: 17, B: 14 } },
      [['skola', 'bun']],
    );
    const d = distributeSeats(committees, 4);
    expect(d.totals).toEqual({
      positions: 22 + 18 + 6,
      wholeBudgetPositions: 22,
      siloPositions: 24,
      otherPositions: 0,
      wholeBudgetView: 31 + 22,
    });
    // bun 9 from A 17, B 14: A 17, B 14, A 8.5, B 7, A 5.67, B 4.67, A 4.25, B 3.5, A 3.4 → A 5, B 4.
    expect(d.bodies.find((b) => b.bodyId === 'bun')?.members).toEqual({ A: 5, B: 4 });
    // au 3 elected by bun's members A 5, B 4: A 5, B 4, A 2.5 → A 2, B 1.
    expect(d.bodies.find((b) => b.bodyId === 'au')?.members).toEqual({ A: 2, B: 1 });
  });

  it('gives an empty distribution with a reason when the model has no party mandates', () => {
    const none = model([body('kf', 'council', 21, 0), body('ks', 'executiveBoard', 9, 9, 'kf')], {});
    const d = distributeSeats(none, 1);
    expect(d.available).toBe(false);
    expect(d.reason?.sv).toContain('council.parties');
    expect(d.bodies).toEqual([]);
    expect(d.gallagherIndex).toBeUndefined();
  });

  it('falls back to KF as elector for an utskott in a parent cycle instead of looping', () => {
    const cyclic = model(
      [body('kf', 'council', 10, 0), body('u1', 'subcommittee', 3, 0, 'u2'), body('u2', 'subcommittee', 3, 0, 'u1')],
      { parties: { A: 6, B: 4 } },
    );
    const d = distributeSeats(cyclic, 1);
    expect(d.bodies.map((b) => b.electedBy).sort()).toEqual(['council', 'u2']);
    expect(d.bodies.every((b) => sum(b.members) === 3)).toBe(true);
  });
});
