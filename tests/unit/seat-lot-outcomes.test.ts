// The outcomes a lot can give (seat-lot-outcomes.ts), with expected values worked out by hand under the
// method the code implements (proportional-election.ts: LPV (2022:629), comparative figures votes / (seats
// won + 1), equal figures decided by lot, a valteknisk samverkan as one ballot group; SKR, "Exempel på hur
// platser kan fördelas i en nämnd vid val enligt LPV", 2022): shipped Munkfors, whose KS seats 8 and 9
// are a three-way lot, and Munkfors 2014, a real cooperation of C, L and M.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModelText } from '@/domain/parse-model';
import type { Model } from '@/domain/model-schema';
import { electProportionally } from '@/domain/proportional-election';
import { distributeSeats } from '@/domain/seat-distribution';
import { apportionmentOutcomes, electionOutcomes, seatLotRange } from '@/domain/seat-lot-outcomes';

function shipped(id: string): Model {
  const result = parseModelText(readFileSync(`models/${id}.json`, 'utf8'));
  if (!result.ok) throw new Error(`models/${id}.json does not validate`);
  return result.model;
}

const sorted = (outcomes: Record<string, number>[] | undefined) =>
  (outcomes ?? []).map((o) => JSON.stringify(o)).sort();

describe('apportionmentOutcomes', () => {
  it('stops at the lot that decides seats: base, the tied groups and how many of them are seated', () => {
    // Munkfors KF 2018 electing KS's 9 members: S 14, 7, 4.67; C 4; S 3.5, 2.8, 2.33 (seven seats), then
    // S 14/7 = C 4/2 = SD 2/1 = 2 for the last two seats.
    expect(apportionmentOutcomes([['S', 14], ['C', 4], ['SD', 2], ['V', 1]], 9)).toEqual({
      base: { S: 6, C: 1, SD: 0, V: 0 },
      tied: ['C', 'S', 'SD'],
      free: 2,
    });
  });

  it('has no tie left when every tied group is seated (the lot decided only the order)', () => {
    // SKR's example: B 5 and C 5 tie for the fourth seat, and both are seated.
    expect(apportionmentOutcomes([['A', 17], ['B', 5], ['C', 5], ['G', 4]], 7)).toEqual({
      base: { A: 4, B: 1, C: 1, G: 1 },
      tied: [],
      free: 0,
    });
  });
});

describe('Munkfors 2014: KF 25 = S 15, C 3, L 3, SD 2, V 1, M 1; C, L and M in a valteknisk samverkan', () => {
  // munkfors.se, "Valresultat och mandatfördelning" (published 2016-06-08): mandates 2014–2018 and the
  // valteknisk samverkan of Centerpartiet, Liberalerna and Moderaterna made before the 2014 election.
  const votes = { S: 15, C: 3, L: 3, SD: 2, V: 1, M: 1 };
  const cooperations = { CLM: ['C', 'L', 'M'] };

  it('elects 9: S 6 and the cooperation 3 (one more than C and L would win alone), split C/L by lot', () => {
    // Joint ballot CLM = 7. Figures: S 15, 7.5; CLM 7; S 5, 3.75; CLM 3.5; S 3, 2.5; CLM 7/3 = 2.33
    // (ninth seat; next would be S 15/7 = 2.14). Inside: C 3 and L 3 take seats 1–2, then C 1.5 = L 1.5 > M 1.
    const result = electProportionally({ votes, seats: 9, seed: 1, cooperations });
    expect(result.groupSeats).toEqual({ S: 6, CLM: 3, SD: 0, V: 0 });
    expect(result.lots.filter((l) => l.decided === 'seat').map((l) => [l.within, l.tiedGroups])).toEqual([['CLM', ['C', 'L']]]);
    expect(sorted(electionOutcomes({ votes, seats: 9, cooperations }))).toEqual(
      sorted([
        { S: 6, C: 2, L: 1, SD: 0, V: 0, M: 0 },
        { S: 6, C: 1, L: 2, SD: 0, V: 0, M: 0 },
      ]),
    );
  });

  it('without the cooperation elects 9 as S 7, C 1, L 1 with no lot on the seats', () => {
    // S 15, 7.5, 5, 3.75; then S 3 = C 3 = L 3 for seats 5–7 (all seated); S 2.5, 2.14 (seats 8–9).
    expect(electionOutcomes({ votes, seats: 9 })).toEqual([{ S: 7, C: 1, L: 1, SD: 0, V: 0, M: 0 }]);
  });

  it('elects 5: S 4 and the cooperation 1, whose one seat is a lot between C and L', () => {
    // S 15, 7.5; CLM 7; S 5, 3.75 (fifth; CLM 3.5 is next). Inside: C 3 = L 3 for one seat.
    const result = electProportionally({ votes, seats: 5, seed: 1, cooperations });
    expect(result.groupSeats).toEqual({ S: 4, CLM: 1, SD: 0, V: 0 });
    expect(sorted(electionOutcomes({ votes, seats: 5, cooperations }))).toEqual(
      sorted([
        { S: 4, C: 1, L: 0, SD: 0, V: 0, M: 0 },
        { S: 4, C: 0, L: 1, SD: 0, V: 0, M: 0 },
      ]),
    );
  });

  it('without the cooperation elects 5 as S 4 and one of C and L by lot', () => {
    // S 15, 7.5, 5, 3.75, then S 3 = C 3 = L 3 for the fifth seat.
    expect(sorted(electionOutcomes({ votes, seats: 5 }))).toEqual(
      sorted([
        { S: 5, C: 0, L: 0, SD: 0, V: 0, M: 0 },
        { S: 4, C: 1, L: 0, SD: 0, V: 0, M: 0 },
        { S: 4, C: 0, L: 1, SD: 0, V: 0, M: 0 },
      ]),
    );
  });
});

describe('seatLotRange: shipped Munkfors (KF 21 = S 14, C 4, SD 2, V 1; KS 9 + 22, three utskott 5 + 5)', () => {
  const model = shipped('munkfors');
  const seats = distributeSeats(model, 1);
  const range = seatLotRange(model, seats);

  // By hand. KS members: S 6, C 1 plus two of S, C, SD (see above): (S 7, C 2), (S 7, C 1, SD 1) or
  // (S 6, C 2, SD 1). KS substitutes (22): every figure > 1 gives S 13, C 3, SD 1; S 14/14 = C 4/4 = SD 2/2
  // = V 1/1 are all seated; the 22nd goes to S 14/15: S 15, C 4, SD 2, V 1 whatever the lot.
  // Each utskott (5 + 5, voters = KS members): (S 7, C 2) → S 4, C 1; (S 7, C 1, SD 1) → S 5;
  // (S 6, C 2, SD 1) → S 6, 3; C 2 = S 2 both seated; S 1.5: S 4, C 1.
  // Miljö- och byggnämnden 3 + 3: S 3 + 3. Valnämnden 5 + 5: S 4, C 1 each. Total positions 77.
  // Positions: S 60, C 14, SD 2, V 1 | S 66, C 7, SD 3, V 1 | S 59, C 14, SD 3, V 1.
  it('finds exactly the three outcomes of the KS lot', () => {
    expect(range.complete).toBe(true);
    expect(range.dependsOnLot).toBe(true);
    expect(range.outcomes).toBe(3);
    expect(range.parties.map((p) => [p.party, p.positions])).toEqual([
      ['S', { min: 59, max: 66 }],
      ['C', { min: 7, max: 14 }],
      ['SD', { min: 2, max: 3 }],
      ['V', { min: 1, max: 1 }],
    ]);
  });

  it('gives Gallagher 8.47–15.90: 100·√383/231 to 100·√1349/231', () => {
    // With shares over 231 (= 21 · 11 = 77 · 3): KF 154, 44, 22, 11 against positions 3 × the counts.
    // (S 59, C 14, SD 3): 23² + 2² + 13² + 8² = 766; (S 66, C 7, SD 3): 44² + 23² + 13² + 8² = 2698;
    // (S 60, C 14, SD 2): 26² + 2² + 16² + 8² = 1000. G = (100 / 231) · √(sum / 2).
    expect(range.gallagherIndex?.min).toBeCloseTo((100 * Math.sqrt(383)) / 231, 10);
    expect(range.gallagherIndex?.max).toBeCloseTo((100 * Math.sqrt(1349)) / 231, 10);
  });

  it('gives every seed’s Gallagher index inside the range, and the seeds reach all three outcomes', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const g = distributeSeats(model, seed).gallagherIndex ?? Number.NaN;
      expect(g).toBeGreaterThanOrEqual((range.gallagherIndex?.min ?? 0) - 1e-9);
      expect(g).toBeLessThanOrEqual((range.gallagherIndex?.max ?? 0) + 1e-9);
      seen.add(g.toFixed(6));
    }
    expect([...seen].sort()).toEqual(['15.899885', '8.472028', '9.679948']);
  });

  it('gives the whole-budget view (KF + KS + utskott) and the share of positions per party as ranges', () => {
    expect(range.parties.map((p) => [p.party, p.wholeBudgetView])).toEqual([
      ['S', { min: 59, max: 66 }],
      ['C', { min: 9, max: 16 }],
      ['SD', { min: 4, max: 5 }],
      ['V', { min: 2, max: 2 }],
    ]);
    expect(range.parties[0]?.positionShare.min).toBeCloseTo(59 / 77, 12);
    expect(range.parties[0]?.positionShare.max).toBeCloseTo(66 / 77, 12);
  });

  it('marks KS and its utskott as decided by lot, and not miljö- och byggnämnden or valnämnden', () => {
    expect(range.bodies.filter((b) => b.dependsOnLot).map((b) => b.bodyId)).toEqual([
      'ks',
      'larande-stod',
      'omsorg-stod',
      'service',
    ]);
    const ks = range.bodies.find((b) => b.bodyId === 'ks');
    expect(ks?.members).toEqual({ S: { min: 6, max: 7 }, C: { min: 1, max: 2 }, SD: { min: 0, max: 1 }, V: { min: 0, max: 0 } });
    expect(ks?.substitutes).toEqual({ S: { min: 15, max: 15 }, C: { min: 4, max: 4 }, SD: { min: 2, max: 2 }, V: { min: 1, max: 1 } });
    const service = range.bodies.find((b) => b.bodyId === 'service');
    expect(service?.members.S).toEqual({ min: 4, max: 5 });
    expect(service?.members.C).toEqual({ min: 0, max: 1 });
  });
});

describe('seatLotRange: other cases', () => {
  it('says nothing depends on a lot when the model has no lot that decides a seat', () => {
    const model = shipped('munkfors');
    // KF 21 = S 13, C 5, SD 2, V 1: KS 9 goes S 13, 6.5; C 5; S 4.33, 3.25, 2.6; C 2.5; S 2.17; SD 2, and
    // no other body has a tie for its last seats either.
    const plain: Model = { ...model, council: { ...model.council, parties: { S: 13, C: 5, SD: 2, V: 1 } } };
    const range = seatLotRange(plain, distributeSeats(plain, 1));
    expect(range.complete).toBe(true);
    expect(range.dependsOnLot).toBe(false);
    expect(range.gallagherIndex?.min).toBe(range.gallagherIndex?.max);
    expect(range.gallagherIndex?.min).toBeCloseTo(distributeSeats(plain, 7).gallagherIndex ?? 0, 12);
  });

  it('gives up, saying so, instead of enumerating past the limit', () => {
    const model = shipped('munkfors');
    expect(seatLotRange(model, distributeSeats(model, 1), 2)).toMatchObject({ complete: false, dependsOnLot: true, gallagherIndex: undefined });
    // 12 equal groups for 6 seats: 924 outcomes.
    const votes = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`P${i}`, 1]));
    expect(electionOutcomes({ votes, seats: 6 }, 900)).toBeUndefined();
    expect(electionOutcomes({ votes, seats: 6 })).toHaveLength(924);
  });

  it('is empty and lot-free for a model without party mandates', () => {
    const model = shipped('norsjo');
    expect(seatLotRange(model, distributeSeats(model, 1))).toMatchObject({ complete: true, dependsOnLot: false, gallagherIndex: undefined });
  });
});
