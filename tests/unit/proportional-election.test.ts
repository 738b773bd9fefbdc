// Proportional election (LPV, d'Hondt with seeded lots): SKR's worked example, lots, cooperations, edge cases.
import { describe, expect, it } from 'vitest';
import { electProportionally } from '@/domain/proportional-election';

const SKR_VOTES = { A: 17, B: 5, C: 5, D: 2, E: 1, F: 1 };
const SKR_COOPERATION = { G: ['D', 'E', 'F'] };

describe("SKR's worked example (31 → 7, LPV)", () => {
  const result = electProportionally({ votes: SKR_VOTES, seats: 7, seed: 1, cooperations: SKR_COOPERATION });

  it('gives A 4, B 1, C 1 and G 1, whose seat goes to D', () => {
    expect(result.size).toBe(7);
    expect(result.groupSeats).toEqual({ A: 4, B: 1, C: 1, G: 1 });
    expect(result.seats).toEqual({ A: 4, B: 1, C: 1, D: 1, E: 0, F: 0 });
  });

  it('hands the seats out in SKR’s order with its comparative figures', () => {
    const groups = result.order.map((o) => o.group);
    expect(groups.slice(0, 3)).toEqual(['A', 'A', 'A']);
    expect([...groups.slice(3, 5)].sort()).toEqual(['B', 'C']);
    expect(groups.slice(5)).toEqual(['A', 'G']);
    const figures = result.order.map((o) => o.comparativeFigure);
    expect(figures[0]).toBe(17);
    expect(figures[1]).toBe(8.5);
    expect(figures[2]).toBeCloseTo(17 / 3, 10);
    expect(figures[3]).toBe(5);
    expect(figures[4]).toBe(5);
    expect(figures[5]).toBe(4.25);
    expect(figures[6]).toBe(4);
  });

  it('reports the B–C tie for the fourth seat as a lot that decided only the order', () => {
    expect(result.lots).toHaveLength(1);
    const lot = result.lots[0];
    expect(lot?.seatNumber).toBe(4);
    expect(lot?.tiedGroups).toEqual(['B', 'C']);
    expect(lot?.decided).toBe('order');
    expect(['B', 'C']).toContain(lot?.winner);
    expect(result.order[3]?.group).toBe(lot?.winner);
  });

  it('gives the same seats whatever the seed', () => {
    for (let seed = 0; seed < 20; seed++) {
      const other = electProportionally({ votes: SKR_VOTES, seats: 7, seed, cooperations: SKR_COOPERATION });
      expect(other.seats).toEqual(result.seats);
    }
  });
});

describe('a lot that decides a seat', () => {
  const elect = (seed: number) => electProportionally({ votes: { A: 3, B: 3 }, seats: 1, seed });

  it('reports both tied groups and that the lot decided the seat', () => {
    const result = elect(7);
    expect(result.lots).toEqual([
      { seatNumber: 1, tiedGroups: ['A', 'B'], winner: result.lots[0]?.winner, decided: 'seat' },
    ]);
    expect(result.seats[result.lots[0]?.winner ?? '']).toBe(1);
    expect((result.seats.A ?? 0) + (result.seats.B ?? 0)).toBe(1);
  });

  it('gives the same winner for the same seed and both winners over different seeds', () => {
    const winners = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const winner = elect(seed).lots[0]?.winner;
      expect(elect(seed).lots[0]?.winner).toBe(winner);
      if (winner) winners.add(winner);
    }
    expect([...winners].sort()).toEqual(['A', 'B']);
  });

  it('marks a three-way tie for two seats as deciding seats', () => {
    const result = electProportionally({ votes: { A: 2, B: 2, C: 2 }, seats: 2, seed: 3 });
    expect(result.lots.map((l) => [l.seatNumber, l.tiedGroups.length, l.decided])).toEqual([
      [1, 3, 'seat'],
      [2, 2, 'seat'],
    ]);
    expect(Object.values(result.seats).sort()).toEqual([0, 1, 1]);
  });

  it('marks a three-way tie for three seats as deciding only the order', () => {
    const result = electProportionally({ votes: { A: 2, B: 2, C: 2 }, seats: 3, seed: 3 });
    expect(result.seats).toEqual({ A: 1, B: 1, C: 1 });
    expect(result.lots.map((l) => l.decided)).toEqual(['order', 'order']);
  });
});

describe('cooperation (valteknisk samverkan)', () => {
  it('pools the partners’ votes in one ballot and splits the seats by their sizes', () => {
    // Alone: S 11, M 5, C 4, L 3 for 5 seats → S 3, M 1, C 1. Together M+C+L = 12 outweighs S and takes 3.
    const alone = electProportionally({ votes: { S: 11, M: 5, C: 4, L: 3 }, seats: 5, seed: 1 });
    expect(alone.seats).toEqual({ S: 3, M: 1, C: 1, L: 0 });
    const together = electProportionally({
      votes: { S: 11, M: 5, C: 4, L: 3 },
      seats: 5,
      seed: 1,
      cooperations: { MCL: ['M', 'C', 'L'] },
    });
    expect(together.groupSeats).toEqual({ S: 2, MCL: 3 });
    expect(together.seats).toEqual({ S: 2, M: 1, C: 1, L: 1 });
  });

  it('reports a tie inside a cooperation with the joint seat’s number and the cooperation’s name', () => {
    const result = electProportionally({
      votes: { A: 5, D: 1, E: 1 },
      seats: 3,
      seed: 5,
      cooperations: { G: ['D', 'E'] },
    });
    expect(result.groupSeats).toEqual({ A: 2, G: 1 });
    expect(result.lots).toHaveLength(1);
    expect(result.lots[0]).toMatchObject({ seatNumber: 3, tiedGroups: ['D', 'E'], decided: 'seat', within: 'G' });
    expect((result.seats.D ?? 0) + (result.seats.E ?? 0)).toBe(1);
  });

  it('ignores a cooperation named like a party outside it, and unknown partners', () => {
    const result = electProportionally({
      votes: { A: 7, B: 3, C: 2 },
      seats: 4,
      seed: 1,
      cooperations: { A: ['B', 'C'], X: ['C', 'Z'] },
    });
    expect(result.groupSeats).toEqual({ A: 3, B: 1, X: 0 });
    expect(result.seats).toEqual({ A: 3, B: 1, C: 0 });
  });

  it('keeps a party in the first cooperation (by name) that lists it', () => {
    const result = electProportionally({
      votes: { A: 4, B: 4, C: 4 },
      seats: 3,
      seed: 1,
      cooperations: { Y: ['B', 'C'], X: ['A', 'B'] },
    });
    expect(Object.keys(result.groupSeats).sort()).toEqual(['X', 'Y']);
    expect(result.groupSeats.X! + result.groupSeats.Y!).toBe(3);
  });
});

describe('edge cases', () => {
  it('fills no seats when there are 0 seats', () => {
    const result = electProportionally({ votes: { A: 3, B: 1 }, seats: 0, seed: 1 });
    expect(result).toEqual({ size: 0, seats: { A: 0, B: 0 }, groupSeats: { A: 0, B: 0 }, lots: [], order: [] });
  });

  it('fills no seats when nobody has votes', () => {
    expect(electProportionally({ votes: {}, seats: 5, seed: 1 }).seats).toEqual({});
    const zero = electProportionally({ votes: { A: 0, B: 0 }, seats: 5, seed: 1 });
    expect(zero.size).toBe(5);
    expect(zero.seats).toEqual({ A: 0, B: 0 });
    expect(zero.order).toEqual([]);
  });

  it('gives a party with 0 votes nothing', () => {
    expect(electProportionally({ votes: { A: 1, B: 0 }, seats: 3, seed: 1 }).seats).toEqual({ A: 3, B: 0 });
  });

  it('still allocates every seat when there are more seats than votes', () => {
    const result = electProportionally({ votes: { A: 2, B: 1 }, seats: 9, seed: 1 });
    expect(result.seats).toEqual({ A: 6, B: 3 });
  });

  it('treats negative, NaN and infinite votes as 0', () => {
    const result = electProportionally({
      votes: { A: -4, B: Number.NaN, C: Number.POSITIVE_INFINITY, D: 2 },
      seats: 2,
      seed: 1,
    });
    expect(result.seats).toEqual({ A: 0, B: 0, C: 0, D: 2 });
  });

  it('makes the size a whole non-negative number', () => {
    expect(electProportionally({ votes: { A: 1 }, seats: 2.7, seed: 1 }).size).toBe(2);
    expect(electProportionally({ votes: { A: 1 }, seats: -3, seed: 1 }).size).toBe(0);
    expect(electProportionally({ votes: { A: 1 }, seats: Number.NaN, seed: 1 }).size).toBe(0);
  });

  it('keeps a party called __proto__ as an ordinary key', () => {
    const votes = JSON.parse('{"__proto__": 3, "A": 1}') as Record<string, number>;
    const result = electProportionally({ votes, seats: 2, seed: 1 });
    expect(Object.getPrototypeOf(result.seats)).toBe(Object.prototype);
    expect(Object.entries(result.seats)).toEqual([
      ['__proto__', 2],
      ['A', 0],
    ]);
  });
});
