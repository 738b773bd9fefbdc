// The Evaluate view's takeaway sentence is computed from the numbers: one profile's total with its best
// and worst area; the change between two profiles of one municipality (earlier to later, whichever order
// they are chosen in); the spread between profiles of different municipalities. Ties are broken by area
// number, so the sentence is stable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '@/domain/evaluation-schema';
import { evaluateTakeaway, type ShownProfile } from '@/features/evaluate/evaluate-takeaway';
import { withAreaScore } from '@/features/evaluate/profile-template';
import { translate } from '@/render/i18n/language';

const vannas = JSON.parse(readFileSync(new URL('../../models/evaluations/vannas-2016.json', import.meta.url), 'utf8')) as Evaluation;
const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');
const sentence = (shown: ShownProfile[], lang: 'sv' | 'en' = 'sv') => {
  const takeaway = evaluateTakeaway(shown, signed);
  return translate(lang, takeaway.key, {
    ...takeaway.params,
    ...Object.fromEntries(Object.entries(takeaway.areaParams).map(([k, v]) => [k, v[lang]])),
    ...Object.fromEntries(Object.entries(takeaway.keyParams ?? {}).map(([k, v]) => [k, translate(lang, v)])),
  });
};
const profile = (p: Evaluation, label: string): ShownProfile => ({ profile: p, label });
const later = withAreaScore(withAreaScore({ ...vannas, id: 'later', year: 2020 }, 4, 75), 7, 40);

describe('evaluateTakeaway', () => {
  it('says what one profile scored, and where it is strongest and weakest', () => {
    expect(sentence([profile(vannas, 'Vännäs 2016')])).toBe(
      'Vännäs 2016 fick 460 av 800 poäng; högst i Offentlighet och demokrati (67 av 100), lägst i Verksamhetsutveckling (46 av 100).',
    );
    expect(sentence([profile(vannas, 'Vännäs 2016')], 'en')).toBe(
      'Vännäs 2016 scored 460 of 800 points; highest in Public access and democracy (67 of 100), lowest in Development of operations (46 of 100).',
    );
  });

  it('gives the change from the earlier to the later profile of one municipality, in either order', () => {
    const expected =
      'Vännäs 2020 fick 8 poäng mer än Vännäs 2016 (468 mot 460 av 800); störst förändring i Ledarskap, ansvar och delegation (+14).';
    expect(sentence([profile(vannas, 'Vännäs 2016'), profile(later, 'Vännäs 2020')])).toBe(expected);
    expect(sentence([profile(later, 'Vännäs 2020'), profile(vannas, 'Vännäs 2016')])).toBe(expected);
    const worse = withAreaScore({ ...vannas, id: 'worse', year: 2020 }, 1, 60);
    expect(sentence([profile(vannas, 'Vännäs 2016'), profile(worse, 'Vännäs 2020')])).toBe(
      'Vännäs 2020 fick 7 poäng mindre än Vännäs 2016 (453 mot 460 av 800); störst förändring i Offentlighet och demokrati (−7).',
    );
    expect(sentence([profile(vannas, 'A'), profile({ ...vannas, id: 'same', year: 2020 }, 'B')])).toBe(
      'B och A har samma poäng i alla åtta områden (460 av 800).',
    );
  });

  it('compares profiles of different municipalities by total and by the widest gap', () => {
    const other = withAreaScore({ ...vannas, id: 'other', municipality: 'Annan' }, 2, 80);
    expect(sentence([profile(vannas, 'Vännäs 2016'), profile(other, 'Annan 2016')])).toBe(
      'Annan 2016 har högst total av de valda profilerna, 491 av 800 mot 460 för Vännäs 2016; störst skillnad i Tillgänglighet och brukarorientering (31 poäng).',
    );
  });

  it('asks for a profile when none is chosen', () => {
    expect(sentence([])).toBe('Välj minst en profil för att se hur en kommun leds och fungerar enligt KommunKompassen.');
  });
});
