// Reads the text of a model file (from disk, an upload or the editor) into a validated model. Refuses
// oversized text before parsing, reports JSON syntax errors with line and column, reports keys that
// appear twice in one object (JSON.parse would silently keep the last), then validates. Never throws.
import { inspectJsonText, positionAt } from './json-syntax';
import type { Text } from './model-schema';
import { internalErrorIssue, validateModel, type ValidationResult } from './validate-model';
import type { Issue } from './validation-issue';

/** 5 MB: far above any real model file (a large municipality is tens of kilobytes). */
export const MAX_MODEL_FILE_BYTES = 5 * 1024 * 1024;

export function parseModelText(text: string): ValidationResult {
  try {
    return parseUnsafe(text);
  } catch {
    return { ok: false, errors: [internalErrorIssue()], warnings: [] };
  }
}

function parseUnsafe(text: unknown): ValidationResult {
  if (typeof text !== 'string') {
    return refuse(
      { code: 'file.not-text', path: '' },
      { sv: 'Filen kunde inte läsas som text.', en: 'The file could not be read as text.' },
    );
  }
  // Checked before anything else touches the text, so a huge paste costs almost nothing.
  const bytes = text.length > MAX_MODEL_FILE_BYTES ? text.length : utf8ByteLengthUpTo(text, MAX_MODEL_FILE_BYTES);
  if (bytes > MAX_MODEL_FILE_BYTES) {
    // Each character is at least one byte, so the length gives a lower bound on the size.
    const size = megabytes(Math.max(bytes, text.length));
    return refuse(
      { code: 'file.too-large', path: '' },
      {
        sv: `Filen är minst ${size.sv}; en modellfil får vara högst 5 MB. Den har inte lästs.`,
        en: `The file is at least ${size.en}; a model file may be at most 5 MB. It has not been read.`,
      },
    );
  }

  // Editors on Windows often save a byte-order mark, which JSON.parse rejects.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const inspection = inspectJsonText(json);
  if (inspection.syntaxError) {
    const { line, column, problem } = inspection.syntaxError;
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          path: '',
          code: 'json.syntax',
          message: {
            sv: `Ogiltig JSON på rad ${line}, kolumn ${column}: ${problem.sv}.`,
            en: `Invalid JSON at line ${line}, column ${column}: ${problem.en}.`,
          },
          position: { line, column },
        },
      ],
      warnings: [],
    };
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

  const result = validateModel(value);
  if (inspection.duplicateKeys.length === 0) return result;
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
  return { ok: false, errors: [...duplicateIssues, ...result.errors], warnings: result.warnings };
}

function refuse(where: Pick<Issue, 'code' | 'path' | 'position'>, message: Text): ValidationResult {
  return { ok: false, errors: [{ severity: 'error', ...where, message }], warnings: [] };
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
  return { sv: `${value.replace('.', ',')} MB`, en: `${value} MB` };
}
