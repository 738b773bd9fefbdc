// Line breaking for SVG labels. SVG text does not wrap and layout code has no font metrics, so lines are
// broken by an estimated character budget (average glyph width of Swedish text in the sans-serif faces
// the app falls back to, DejaVu Sans being the widest, ≈ 0.55 em). Being
// pure and deterministic matters more here than pixel accuracy: the same label always breaks the same way.

/** Average advance of one character in em for the system sans-serif faces the app uses. */
export const AVERAGE_CHAR_EM = 0.55;

/** How many characters fit in `width` pixels at `fontSize`. At least 1. */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * AVERAGE_CHAR_EM)));
}

/**
 * Where to cut a word too long for a line of `budget` characters (the hyphen takes one): after the last
 * linking -s- of a Swedish compound (fogemorfem: "Kommunlednings|förvaltningen", "Utbildnings|nämnden")
 * that fits, else as late as possible.
 */
function cutPoint(word: string, budget: number): number {
  const latest = Math.max(1, budget - 1);
  for (let i = Math.min(latest, word.length - 3); i >= 4; i--) {
    if (word[i - 1] === 's' && word[i - 2] !== 's' && /[bdfglmnprv]/.test(word[i] ?? '')) return i;
  }
  return latest;
}

/**
 * Greedy word wrap into at most `maxLines` lines of at most `maxChars` characters. A word longer than a
 * line is cut with a hyphen (Swedish compounds are long); text that does not fit in `maxLines` ends with an
 * ellipsis on the last line.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const budget = Math.max(1, Math.floor(maxChars));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    let rest = word;
    while (rest.length > budget) {
      if (current) {
        lines.push(current);
        current = '';
      }
      const cut = cutPoint(rest, budget);
      lines.push(rest.slice(0, cut) + '-');
      rest = rest.slice(cut);
    }
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= budget) current += ' ' + rest;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  const limit = Math.max(1, Math.floor(maxLines));
  if (lines.length <= limit) return lines;
  const kept = lines.slice(0, limit);
  const last = kept[limit - 1] ?? '';
  kept[limit - 1] = (last.length >= budget ? last.slice(0, budget - 1) : last) + '…';
  return kept;
}
