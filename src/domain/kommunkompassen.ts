// KommunKompassen, SKR's (formerly SKL's) tool for evaluating how a municipality is led and works (seed
// 003, section 1): eight main areas, each scored out of 100, so a profile totals at most 800. This module
// names the areas once, in the order and wording of the seed's own list, so every profile, chart and table
// uses the same names. Areas 4 and 5 (sub-question 5.2) are where the silo question shows (DESIGN §12).
import type { Text } from './model-schema';

export const AREA_MAX = 100;
export const AREA_COUNT = 8;
export const PROFILE_MAX = AREA_MAX * AREA_COUNT;

export type AreaNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export const AREA_NUMBERS: readonly AreaNumber[] = [1, 2, 3, 4, 5, 6, 7, 8];

export interface KompassArea {
  number: AreaNumber;
  /** Name as the seed's section 1 lists the eight main areas. */
  name: Text;
}

export const KOMPASS_AREAS: readonly KompassArea[] = [
  { number: 1, name: { sv: 'Offentlighet och demokrati', en: 'Public access and democracy' } },
  { number: 2, name: { sv: 'Tillgänglighet och brukarorientering', en: 'Accessibility and user orientation' } },
  { number: 3, name: { sv: 'Politisk styrning och kontroll', en: 'Political steering and control' } },
  { number: 4, name: { sv: 'Ledarskap, ansvar och delegation', en: 'Leadership, responsibility and delegation' } },
  { number: 5, name: { sv: 'Resultat och effektivitet', en: 'Results and efficiency' } },
  { number: 6, name: { sv: 'Kommunen som arbetsgivare – personalpolitik', en: 'The municipality as employer – personnel policy' } },
  { number: 7, name: { sv: 'Verksamhetsutveckling', en: 'Development of operations' } },
  { number: 8, name: { sv: 'Kommunen som samhällsbyggare', en: 'The municipality as community builder' } },
];

/** Where the silo question shows: area 4 as a whole, and sub-question 5.2 of area 5 (DESIGN §12). */
export const SILO_AREAS: readonly AreaNumber[] = [4, 5];
export const SILO_SUB_QUESTIONS: readonly string[] = ['5.2'];

export function kompassArea(number: number): KompassArea | undefined {
  return KOMPASS_AREAS.find((area) => area.number === number);
}
