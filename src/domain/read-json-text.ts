// Reads the text of any JSON file the tool accepts (a model file, an evaluation profile): refuses an
// oversized text before parsing, reports JSON syntax errors with line and column, and lists keys that appear
// twice in one object (JSON.parse would silently keep the last). The caller validates the value and adds
// the duplicate-key issues to its own. Never throws.
import { inspectJsonText, positionAt } from './json-syntax';
import type { Text } from './model-schema';
import type { Issue } from './validation-issue';

export interface JsonFileKind {
  /** Largest accepted size in bytes (UTF-8). */
  maxBytes: number;
  /** The kind of file in a sentence: "en modellfil" / "a model file". */
  name: Text;
}

export type JsonTextReading = { ok: true; value: unknown; duplicateIssues: Issue[] } | { ok: false; errors: Issue[] };

export function readJsonText(text: unknown, kind: JsonFileKind): JsonTextReading {
  if (typeof text !== 'string') {
    return refuse(
      { code: 'file.not-text', path: '' },
      { sv: 'Filen kunde inte läsas som text.', en: 'The file could not be read as text.' },
    );
  }
  const limit = kind.maxBytes;
  // Checked before anything else touches the text, so a huge paste costs almost nothing.
  const bytes = text.length > limit ? text.length : utf8ByteLengthUpTo(text, limit);
  if (bytes > limit) {
    // Each character is at least one byte, so the length gives a lower bound on the size.
    const size = megabytes(Math.max(bytes, text.length));
    const most = megabytes(limit);
    return refuse(
      { code: 'file.too-large', path: '' },
      {
        sv: `Filen är minst ${size.sv}; ${kind.name.sv} får vara högst ${most.sv}. Den har inte lästs.`,
        en: `The file is at least ${size.en}; ${kind.name.en} may be at most ${most.en}. It has not been read.`,
      },
    );
  }

  // Editors on Windows often save a byte-order mark, which JSON.parse rejects.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const inspection = inspectJsonText(json);
  if (inspection.syntaxError) {
    const { line, column, problem } = inspection.syntaxError;
    return refuse(
      { code: 'json.syntax', path: '', position: { line, column } },
      {
        sv: `Ogiltig JSON på rad ${line}, kolumn ${column}: ${problem.sv}.`,
        en: `Invalid JSON at line ${line}, column ${column}: ${problem.en}.`,
      },
    );
  }

  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    // The scanner accepts exactly JSON's grammar, so this is only reached if an engine limit is hit.
    const reason = cause instanceof Error ? cause.message.slice(0, 200) : '';
    const position = positionAt(json, 0);
    return refuse(
      { code: 'json.syntax', path: '', position: { line: position.line, column: position.column } },
      { sv: `Filen kunde inte läsas som JSON: ${reason}`, en: `The file could not be read as JSON: ${reason}` },
    );
  }

  const duplicateIssues: Issue[] = inspection.duplicateKeys.map((duplicate) => ({
    severity: 'error',
    path: duplicate.path,
    code: 'json.duplicate-key',
    message: {
      sv: `Fältet ${JSON.stringify(duplicate.key)} förekommer två gånger i samma objekt (rad ${duplicate.line}, kolumn ${duplicate.column}); bara det sista värdet skulle användas. Ta bort det ena.`,
      en: `The field ${JSON.stringify(duplicate.key)} appears twice in the same object (line ${duplicate.line}, column ${duplicate.column}); only the last value would be used. Remove one of them.`,
    },
    position: { line: duplicate.line, column: duplicate.column },
  }));
  return { ok: true, value, duplicateIssues };
}

function refuse(where: Pick<Issue, 'code' | 'path' | 'position'>, message: Text): JsonTextReading {
  return { ok: false, errors: [{ severity: 'error', ...where, message }] };
}

/** UTF-8 length of `text`, stopping early once it passes `limit` (the exact excess does not matter). */
function utf8ByteLengthUpTo(text: string, limit: number): number {
  // Every UTF-16 unit is at most 3 UTF-8 bytes, so short texts need no counting.
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= limit; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function megabytes(bytes: number): Text {
  // Rounded down: the message says "at least", so the figure must never exceed the real size.
  const value = (Math.floor((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);
  const whole = value.endsWith('.0') ? value.slice(0, -2) : value;
  return { sv: `${whole.replace('.', ',')} MB`, en: `${whole} MB` };
}
