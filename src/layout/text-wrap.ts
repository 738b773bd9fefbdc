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
 * First parts of the compounds a municipality's bodies, areas and departments are named with: a long
 * word is cut after one of these ("Kommun|styrelsen", "Samhällsbyggnads|förvaltningen"), not in the
 * middle of a part ("Kommunstyrel|sen"). Lower case; the longest that fits wins.
 */
const COMPOUND_HEADS = [
  'kommun', 'kommunlednings', 'barn', 'barnomsorgs', 'utbildnings', 'social', 'samhällsbyggnads', 'bygg', 'byggnads',
  'miljö', 'kultur', 'fritids', 'teknik', 'tekniska', 'vård', 'omsorgs', 'individ', 'familje', 'arbets', 'arbetsmarknads',
  'personal', 'service', 'gymnasie', 'grund', 'förskole', 'äldre', 'funktions', 'överförmyndar', 'demokrati', 'budget',
  'fullmäktige', 'styrelse', 'lärande', 'verksamhets', 'förvaltnings', 'välfärds', 'utvecklings', 'ekonomi', 'närings',
  'fastighets', 'gatu', 'plan', 'krisledning', 'val', 'revisions', 'myndighets', 'kommunstyrelse',
];

/**
 * Where to cut a word too long for a line of `budget` characters (the hyphen takes one): after the longest
 * known first part of a Swedish compound that fits, else after the last linking -s- (fogemorfem:
 * "Kommunlednings|förvaltningen", "Utbildnings|nämnden") that fits, else as late as possible.
 */
function cutPoint(word: string, budget: number): number {
  const latest = Math.max(1, budget - 1);
  const lower = word.toLowerCase();
  let head = 0;
  for (const part of COMPOUND_HEADS) {
    if (part.length > head && part.length <= latest && word.length - part.length >= 3 && lower.startsWith(part)) head = part.length;
  }
  if (head >= 4) return head;
  for (let i = Math.min(latest, word.length - 3); i >= 4; i--) {
    if (word[i - 1] === 's' && word[i - 2] !== 's' && /[bdfglmnprv]/.test(word[i] ?? '')) return i;
  }
  // A syllable boundary: the next line starts with a consonant followed by a vowel ("förvalt|ningen").
  const vowel = (c: string | undefined) => c !== undefined && /[aeiouyåäöéAEIOUYÅÄÖÉ]/.test(c);
  for (let i = Math.min(latest, word.length - 3); i >= 3; i--) {
    if (!vowel(word[i]) && /\p{L}/u.test(word[i] ?? '') && vowel(word[i + 1])) return i;
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
  // A slash joins two words ("Lärande/stöd"): a line may break after it, keeping the slash.
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (word.length > budget && word.includes('/') ? word.split(/(?<=\/)/) : [word]));
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
    const gap = current.endsWith('/') ? '' : ' ';
    if (!current) current = rest;
    else if (current.length + gap.length + rest.length <= budget) current += gap + rest;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  const limit = Math.max(1, Math.floor(maxLines));
  if (lines.length <= limit) return lines;
  const kept = lines.slice(0, limit);
  // The ellipsis replaces whole words: never "beslut o…", but "beslut …".
  let last = kept[limit - 1] ?? '';
  if (last.endsWith('-')) last = last.slice(0, -1);
  while (last.length + 1 > budget && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  if (last.length + 1 > budget) last = last.slice(0, budget - 1);
  kept[limit - 1] = last + '…';
  return kept;
}
