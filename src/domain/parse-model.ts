// Reads the text of a model file (from disk, an upload or the editor) into a validated model. Refuses
// oversized text before parsing, reports JSON syntax errors with line and column, reports keys that
// appear twice in one object (JSON.parse would silently keep the last), then validates. Never throws.
import { readJsonText, type JsonFileKind } from './read-json-text';
import { internalErrorIssue, validateModel, type ValidationResult } from './validate-model';

/** 5 MB: far above any real model file (a large municipality is tens of kilobytes). */
export const MAX_MODEL_FILE_BYTES = 5 * 1024 * 1024;

const MODEL_FILE: JsonFileKind = {
  maxBytes: MAX_MODEL_FILE_BYTES,
  name: { sv: 'en modellfil', en: 'a model file' },
};

export function parseModelText(text: string): ValidationResult {
  try {
    return parseUnsafe(text);
  } catch {
    return { ok: false, errors: [internalErrorIssue()], warnings: [] };
  }
}

function parseUnsafe(text: unknown): ValidationResult {
  const reading = readJsonText(text, MODEL_FILE);
  if (!reading.ok) return { ok: false, errors: reading.errors, warnings: [] };
  const result = validateModel(reading.value);
  if (reading.duplicateIssues.length === 0) return result;
  return { ok: false, errors: [...reading.duplicateIssues, ...result.errors], warnings: result.warnings };
}

