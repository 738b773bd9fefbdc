// The colour-blind-safe diverging scale of the robustness map: ColorBrewer's PuOr (Brewer & Harrower,
// colorbrewer2.org, marked there as colour-blind safe), orange where the second organisation does better
// in most years, white where they split the years, purple where the first does. Each cell's text colour is
// chosen for contrast (white on the two darkest steps); the map's table says the same in numbers.
const STEPS = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'] as const;

export const NO_DATA_FILL = '#e9ecef';

/** Colour of a share 0–1 (0 = the second organisation better every year, 1 = the first). */
export function divergingColour(share: number): string {
  const index = Math.min(STEPS.length - 1, Math.max(0, Math.floor(share * STEPS.length)));
  return STEPS[index] ?? STEPS[3];
}

export function textOnColour(share: number): string {
  const index = Math.min(STEPS.length - 1, Math.max(0, Math.floor(share * STEPS.length)));
  return index === 0 || index === STEPS.length - 1 ? '#ffffff' : '#1b1f24';
}

export const PALETTE_STEPS = STEPS;
