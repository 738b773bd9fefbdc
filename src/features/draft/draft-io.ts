// How a draft leaves the page and comes back: a JSON file (the same format as models/*.json, so the CLI
// `validate` reads it), and a share link that carries the whole draft compressed into the URL
// (lz-string's URI-safe alphabet). Reading never throws and never half-loads: a file or link is either
// taken whole as a draft, or refused with every reason.
//
// A draft may be unfinished, so a file or link is taken when it has the *shape* of a model — every field
// present, of the right type, no unknown fields — even if values break rules (an utskott too large, an
// id not yet lowercase); the editor then shows those errors. Anything that is not a model's shape is refused.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Model, Text } from '@/domain/model-schema';
import { parseModelText } from '@/domain/parse-model';
import { validateModel, type ValidationResult } from '@/domain/validate-model';
import type { Issue } from '@/domain/validation-issue';

/** Longest share parameter accepted, in characters: about 150 kB of model JSON, and far below what
 *  browsers, chat tools and mail clients pass on in a link. Longer drafts are shared as files. */
export const MAX_SHARE_PARAM_LENGTH = 60_000;

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

function refusal(code: string, message: Text): DraftReading {
  return { ok: false, errors: [{ severity: 'error', path: '', code, message }] };
}

export type ShareEncoding = { ok: true; param: string } | { ok: false; length: number };

/** The `share` parameter for a model, or the length it would have had when that is too long. */
export function encodeShareParam(model: Model): ShareEncoding {
  const param = compressToEncodedURIComponent(JSON.stringify(model));
  return param.length <= MAX_SHARE_PARAM_LENGTH ? { ok: true, param } : { ok: false, length: param.length };
}

/** Reads the `share` parameter of a link back into a draft; a corrupt or too long link is refused. */
export function decodeShareParam(param: string): DraftReading {
  if (param.length > MAX_SHARE_PARAM_LENGTH) {
    return refusal('share.too-long', {
      sv: `Länken är för lång (${param.length} tecken i utkastet, högst ${MAX_SHARE_PARAM_LENGTH}). Den har inte lästs. Be om utkastet som fil i stället.`,
      en: `The link is too long (${param.length} characters in the draft, at most ${MAX_SHARE_PARAM_LENGTH}). It has not been read. Ask for the draft as a file instead.`,
    });
  }
  let text: string | null;
  try {
    // lz-string reads a space as the `+` that URL decoding turned it into.
    text = /^[A-Za-z0-9+\-$ ]*$/.test(param) ? decompressFromEncodedURIComponent(param) : null;
  } catch {
    text = null;
  }
  const corrupt = refusal('share.corrupt', {
    sv: 'Länken är skadad: utkastet i den gick inte att packa upp. Kanske kom bara en del av länken med när den kopierades.',
    en: 'The link is damaged: the draft in it could not be unpacked. Perhaps only part of the link was copied.',
  });
  if (text === null || text === '') return corrupt;
  const reading = readDraftText(text);
  if (reading.ok) return reading;
  // Unpacked text that is not JSON is a damaged link, whatever the JSON reader says about it.
  if (reading.errors.some((issue) => issue.code.startsWith('json.') || issue.code.startsWith('file.'))) return corrupt;
  return {
    ok: false,
    errors: [
      {
        severity: 'error',
        path: '',
        code: 'share.not-a-model',
        message: {
          sv: 'Länken innehåller JSON, men inget utkast till en organisation. Felen:',
          en: 'The link holds JSON, but no draft of an organisation. The errors:',
        },
      },
      ...reading.errors,
    ],
  };
}
