// Reading the `models=` part of a view's link: which model ids it names, and what is wrong with the rest
// (unknown, invalid, repeated or too many ids). Shared by every view whose link names models; it never
// throws, whatever the link holds, and cuts what it quotes back to the user short and printable.

/** Longest model id the schema allows. */
const MAX_ID_LENGTH = 64;
/** Entries read from a link at most; the rest are reported as dropped. */
const MAX_ENTRIES = 20;
const MAX_SHOWN_LENGTH = 40;

export type ModelListProblem =
  | { kind: 'unknownModel' | 'invalidModel' | 'duplicateModel'; id: string }
  | { kind: 'tooManyModels'; dropped: string[] };

/** Text of a value for a message: printable, and cut short. */
export function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > MAX_SHOWN_LENGTH ? printable.slice(0, MAX_SHOWN_LENGTH - 1) + '…' : printable;
}

/**
 * The valid, distinct model ids named by the link's `models` values (comma-separated, possibly repeated),
 * at most `maxModels`, in the order given; every other entry becomes a problem.
 */
export function parseModelList(
  given: readonly string[],
  catalogue: { valid: ReadonlySet<string>; invalid: ReadonlySet<string> },
  maxModels: number,
): { models: string[]; problems: ModelListProblem[] } {
  const models: string[] = [];
  const problems: ModelListProblem[] = [];
  const dropped: string[] = [];
  const entries = given
    .join(',')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  for (const id of entries.slice(0, MAX_ENTRIES)) {
    if (id.length > MAX_ID_LENGTH || !catalogue.valid.has(id)) {
      problems.push({ kind: catalogue.invalid.has(id) ? 'invalidModel' : 'unknownModel', id: shown(id) });
    } else if (models.includes(id)) {
      if (!problems.some((p) => p.kind === 'duplicateModel' && p.id === id)) problems.push({ kind: 'duplicateModel', id });
    } else if (models.length >= maxModels) dropped.push(id);
    else models.push(id);
  }
  if (entries.length > MAX_ENTRIES) dropped.push(`+${entries.length - MAX_ENTRIES}`);
  if (dropped.length > 0) problems.push({ kind: 'tooManyModels', dropped });
  return { models, problems };
}

/** Values shown of a parameter given with several different values. */
const MAX_CONFLICT_VALUES = 3;

/**
 * Parameters the link gives more than once with different values (`seed=1&seed=2`), as "seed=1 / 2", at
 * most `limit`. A link that says two things is reported, never silently resolved; the view then uses the
 * first value. `models` (whose repeats are joined into one list) and the names in `lists` are not
 * conflicts. Repeating the same value is harmless and not reported.
 */
export function conflictingParameters(params: URLSearchParams, lists: readonly string[] = ['models'], limit = 5): string[] {
  const out: string[] = [];
  for (const name of new Set(params.keys())) {
    if (lists.includes(name)) continue;
    const values = [...new Set(params.getAll(name))];
    if (values.length < 2) continue;
    const head = values.slice(0, MAX_CONFLICT_VALUES).map(shown).join(' / ');
    out.push(`${shown(name)}=${head}${values.length > MAX_CONFLICT_VALUES ? ' / …' : ''}`);
    if (out.length >= limit) break;
  }
  return out;
}
