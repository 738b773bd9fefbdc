// How a draft is read from what the browser kept, a file or a link, and written as a file (the same format
// as models/*.json, so the CLI `validate` reads it). Reading never throws and never half-loads: a value is
// either taken whole as a draft, or refused with every reason. (Share links are in share-link.ts.)
//
// A draft may be unfinished, so a file or link is taken when it has the *shape* of a model — every field
// present, of the right type, no unknown fields — even if values break rules (an utskott too large, an
// id not yet lowercase); the editor then shows those errors. Anything that is not a model's shape is refused.
import type { Model } from '@/domain/model-schema';
import { parseModelText } from '@/domain/parse-model';
import { validateModel, type ValidationResult } from '@/domain/validate-model';
import type { Issue } from '@/domain/validation-issue';

export type DraftReading =
  | { ok: true; model: Model; validation: ValidationResult }
  | { ok: false; errors: Issue[] };

// Problems that mean the value is not a model at all (or could not be read), as opposed to a value that
// breaks a rule. `issues.truncated` is here because the errors it stands for are unknown.
const NOT_A_MODEL = new Set([
  'schema.type',
  'schema.missing-key',
  'schema.unknown-key',
  'schema.forbidden-key',
  'schema.enum',
  'schema.invalid',
  'json.syntax',
  'json.duplicate-key',
  'file.not-text',
  'file.too-large',
  'internal',
  'issues.truncated',
]);

function readingOf(value: unknown, validation: ValidationResult): DraftReading {
  if (validation.ok) return { ok: true, model: validation.model, validation };
  const fatal = validation.errors.filter((issue) => NOT_A_MODEL.has(issue.code));
  if (fatal.length > 0 || typeof value !== 'object' || value === null) return { ok: false, errors: validation.errors };
  // Only value rules are broken, so every field has its model type: the value is a Model as TypeScript sees it.
  return { ok: true, model: value as Model, validation };
}

/** A parsed value (from storage, say) taken as a draft, or refused with all its errors. */
export function readDraftValue(value: unknown): DraftReading {
  return readingOf(value, validateModel(value));
}

/** The text of a model file taken as a draft, or refused with all its errors (syntax errors with line). */
export function readDraftText(text: string): DraftReading {
  const validation = parseModelText(text);
  const fatal = validation.errors.some((issue) => NOT_A_MODEL.has(issue.code));
  if (fatal) return { ok: false, errors: validation.errors };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, errors: validation.errors };
  }
  return readingOf(value, validation);
}

/** The model as a file, formatted like the shipped models (two-space indent, final newline). */
export function exportModelJson(model: Model): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
