// One problem found in a model file (or any file the tool reads): where it is, what is wrong, in Swedish
// and English, and which law paragraph the rule rests on. Errors block loading; warnings do not.
import type { Text } from './model-schema';

export type IssueSeverity = 'error' | 'warning';

export interface Issue {
  severity: IssueSeverity;
  /** Readable JSON path, e.g. `bodies[2].members`; '' for the file as a whole. */
  path: string;
  /** Stable machine code, e.g. `subcommittee.seats`; tests and the UI key on it. */
  code: string;
  message: Text;
  /** Id of a LawCitation in law-citations.ts when a law paragraph sets the rule. */
  law?: string;
  /** 1-based line and column in the file text, for issues found while reading the text. */
  position?: { line: number; column: number };
}

export type PathSegment = string | number;

// Keys that read well after a dot; anything else is written as ["key"] so the path stays unambiguous.
const PLAIN_KEY = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/** `['bodies', 2, 'members']` → `bodies[2].members`. */
export function formatIssuePath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

export function errorIssue(path: string, code: string, message: Text, law?: string): Issue {
  return law === undefined ? { severity: 'error', path, code, message } : { severity: 'error', path, code, message, law };
}

export function warningIssue(path: string, code: string, message: Text, law?: string): Issue {
  return law === undefined
    ? { severity: 'warning', path, code, message }
    : { severity: 'warning', path, code, message, law };
}
