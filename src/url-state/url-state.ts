// A view's state in its link (DESIGN §8: every screen is a link to paste into minutes), read and written
// one way by every view: `readQuery` parses the part after `?` with URLSearchParams, `queryString` writes
// it back, `debounce` holds a write until the user stops moving a slider, and `Navigate` is how a view
// asks the shell to change the link. Each view keeps its own parse/serialise pair (compare-query.ts,
// simulate-query.ts, process-url.ts, …) on top of these, and reports what it could not use with
// render/link-problems.tsx.
//
// `+` is read as a plus sign, not a space: share links carry lz-string text, whose alphabet has `+`, and
// no view writes a space. Commas and colons are written as they are (`models=a,b`, `shock=cost:ifo:3:2`),
// which URLSearchParams reads back unchanged, so links stay readable.

/** How a view changes the link: a new entry in the history, or `replace` for a change made while typing. */
export type Navigate = (to: string, options?: { replace?: boolean }) => void;

/** The parameters of a link's query (with or without the leading `?`). Never throws. */
export function readQuery(search: string): URLSearchParams {
  const text = search.startsWith('?') ? search.slice(1) : search;
  return new URLSearchParams(text.replace(/\+/g, '%2B'));
}

export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];

/**
 * The query string (without `?`) for `pairs`, in the order given. `undefined`, `null` and `false` are left
 * out; `true` writes `name=1`; a list is joined with commas, and an empty list writes `name=` (a choice of
 * nothing, which differs from no choice).
 */
export function queryString(pairs: readonly (readonly [name: string, value: QueryValue])[]): string {
  const params = new URLSearchParams();
  for (const [name, value] of pairs) {
    if (value === undefined || value === null || value === false) continue;
    if (Array.isArray(value)) {
      params.append(name, value.join(','));
    } else params.append(name, value === true ? '1' : String(value));
  }
  return params
    .toString()
    .replace(/\+/g, '%20')
    .replace(/%2C/gi, ',')
    .replace(/%3A/gi, ':');
}

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Runs a pending call now. */
  flush(): void;
  /** Drops a pending call. */
  cancel(): void;
}

/** `run` called `delayMs` after the last call, with the last call's arguments. */
export function debounce<A extends unknown[]>(run: (...args: A) => void, delayMs: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const fire = (): void => {
    timer = undefined;
    const args = pending;
    pending = undefined;
    if (args !== undefined) run(...args);
  };
  const debounced = (...args: A): void => {
    pending = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, delayMs);
  };
  debounced.flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    fire();
  };
  debounced.cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return debounced;
}
