// Numbers as people type them in a form: a decimal comma or point, spaces between thousands. Pure.

/** The number in `text`, or undefined when it is not one (empty, letters, two commas…). */
export function parseNumberText(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212]/, '-').replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(compact)) return undefined;
  const value = Number(compact);
  return Number.isFinite(value) ? value : undefined;
}

/** A number for a form field: no thousands separators (they would be typed back), decimal comma in Swedish. */
export function numberFieldText(value: unknown, lang: 'sv' | 'en'): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value === undefined ? '' : String(value);
  // Rounded to 10 significant digits, so 0.3 × 100 shows as 30 and not 30.000000000000004.
  const text = String(Number(value.toPrecision(10)));
  return lang === 'sv' ? text.replace('.', ',') : text;
}
