// Why the seats fall as they do (src/domain/seat-reasons.ts): who elects whom, the party that gains against
// its council share, what a cooperation changes, the lots, and the substitutes the executive board would
// need for every party — checked on Ånge's proposal A and on SKR's worked LPV example with a cooperation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Model } from '@/domain/model-schema';
import { electProportionally } from '@/domain/proportional-election';
import { hashString } from '@/domain/prng';
import { distributeSeats } from '@/domain/seat-distribution';
import { seatReasons } from '@/domain/seat-reasons';
import { validateModel } from '@/domain/validate-model';
import { registerAllNamespaces } from '@/i18n/all-namespaces';
import { translate } from '@/i18n/catalogue';
import { seatReasonTexts } from '@/features/compare/seat-reasons-text';

function shipped(id: string): Model {
  const result = validateModel(JSON.parse(readFileSync(`models/${id}.json`, 'utf8')));
  if (!result.ok) throw new Error(`${id} does not validate`);
  return result.model;
}

registerAllNamespaces();
const i18n = {
  lang: 'sv' as const,
  t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('sv', key, params),
  pick: (text: { sv: string }) => text.sv,
  number: (value: number, digits = 0) => value.toLocaleString('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
};

describe('seat reasons', () => {
  const model = shipped('ange-a');
  const seats = distributeSeats(model, 1);
  const reasons = seatReasons(model, seats);

  it('names who elects whom: KF most bodies, the executive board its own utskott with its own seats as votes', () => {
    expect(reasons.electors[0]!.electedBy).toBe('council');
    const ks = reasons.electors.find((g) => g.electedBy !== 'council')!;
    expect(model.bodies.find((b) => b.id === ks.electedBy)!.kind).toBe('executiveBoard');
    expect(ks.bodies.length).toBe(3);
    expect(ks.votes).toEqual(seats.bodies.find((b) => b.bodyId === ks.electedBy)!.members);
    expect(reasons.electors.reduce((n, g) => n + g.bodies.length, 0)).toBe(seats.bodies.length);
  });

  it('finds the largest party gaining most against its council share (S: 45.7 % of KF, 77.5 % outside it)', () => {
    expect(reasons.largestGain?.party).toBe('S');
    expect(reasons.largestGain!.councilShare).toBeCloseTo(16 / 35, 10);
    expect(Math.round(reasons.largestGain!.positionShare * 1000) / 10).toBe(77.5);
  });

  it('gives the fewest board substitutes at which every KF party has a seat, and one fewer is not enough', () => {
    const board = reasons.board!;
    expect(board.missing).toContain('KD');
    const needed = board.substitutesNeeded!;
    expect(needed).toBeGreaterThan(board.substitutes);
    const ks = seats.bodies.find((b) => b.bodyId === board.bodyId)!;
    const everyone = (n: number) => {
      const result = electProportionally({ votes: seats.council.parties, seats: n, seed: (1 ^ hashString(`${board.bodyId}:substitutes`)) >>> 0 });
      return Object.keys(seats.council.parties).every((p) => (ks.members[p] ?? 0) + (result.seats[p] ?? 0) > 0);
    };
    expect(everyone(needed)).toBe(true);
    expect(everyone(needed - 1)).toBe(false);
  });

  it('counts the lots that decided a seat, members and substitutes apart', () => {
    const deciding = seats.bodies.flatMap((b) => b.lots).filter((l) => l.decided === 'seat');
    expect(reasons.lots.members + reasons.lots.substitutes).toBe(deciding.length);
    expect(reasons.lots.members).toBe(deciding.filter((l) => l.election === 'members').length);
  });

  it('says what a cooperation changes: SKR’s example, 31 voters electing 7 (A 17, B 5, C 5, G = D 2 + E 1 + F 1)', () => {
    const base = shipped('ange-today');
    const council = base.bodies.find((b) => b.kind === 'council')!;
    const skr: Model = {
      ...base,
      council: { ...base.council, parties: { A: 17, B: 5, C: 5, D: 2, E: 1, F: 1 }, cooperations: { G: ['D', 'E', 'F'] } },
      bodies: [council, { ...base.bodies.find((b) => b.kind === 'committee')!, parent: council.id, members: 7, substitutes: 0 }],
    };
    const withCooperation = distributeSeats(skr, 1);
    const effect = seatReasons(skr, withCooperation).cooperationEffect!;
    expect(effect.groups).toEqual({ G: ['D', 'E', 'F'] });
    // With G: A 4, B 1, C 1, G 1 (to D). Alone: A 17/5/5/2 … d'Hondt gives A 5, B 1, C 1 and D nothing.
    expect(effect.change).toEqual({ A: -1, D: 1 });
  });

  it('writes one plain sentence per reason, naming the law and the numbers', () => {
    const texts = seatReasonTexts(model, seats, i18n);
    expect(texts.some((s) => s.includes('6\u00a0kap.\u00a042\u00a0§') && s.startsWith('Kommunstyrelsen väljer'))).toBe(true);
    expect(texts).toContain(
      'S har 45,7 % av mandaten i fullmäktige men 77,5 % av platserna utanför fullmäktige. Det följer av lagens metod: i ett litet organ får det största partiet mer än sin andel, och när ett organ väljer sina utskott räknas den övervikten en gång till.',
    );
    const board = reasons.board!;
    expect(texts).toContain(
      `KD har ingen plats i Kommunstyrelsen. Med ${board.substitutesNeeded} ersättare i stället för ${board.substitutes} skulle alla partier i fullmäktige få minst en ersättare där. Fler ersättare ger fler partier insyn men kostar fler arvoden.`,
    );
  });
});
