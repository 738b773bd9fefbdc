// Checks a value against a valibot schema and reports every problem as an Issue with a readable path
// and a Swedish + English message. Valibot reports only the first unknown key of an object and silently
// skips `__proto__`/`constructor`/`prototype` keys in records, so unknown keys are found here by walking
// the input alongside the schema. Works for any of our strict schemas (model files, scenario files).
import * as v from 'valibot';
import type { Text } from './model-schema';
import { errorIssue, formatIssuePath, type Issue, type PathSegment } from './validation-issue';

export type SchemaCheck<T> = { ok: true; output: T } | { ok: false; issues: Issue[] };

/** All problems at once (abortEarly false); never throws for a plain-data input. */
export function checkAgainstSchema<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
): SchemaCheck<T> {
  const result = v.safeParse(schema, input, { abortEarly: false });
  const walk: Walk = { root: input, issues: [], listsForObjects: new Set() };
  collectUnknownKeys(schema as unknown as SchemaNode, input, [], walk);
  const issues: Issue[] = [];
  for (const issue of result.issues ?? []) {
    // Unknown keys come from the walk, which reports all of them rather than the first.
    if (issue.type === 'strict_object' && issue.expected === 'never') continue;
    // Valibot reads a list given for an object as an object with no fields; the walk reported it once.
    const segments = pathOf(issue);
    if (walk.listsForObjects.has(formatIssuePath(segments.slice(0, -1)))) continue;
    issues.push(translateIssue(issue, segments, input));
  }
  issues.push(...walk.issues);
  if (issues.length > 0 || !result.success) return { ok: false, issues };
  return { ok: true, output: result.output };
}

// ---- unknown keys ----------------------------------------------------------------------------

/** The parts of a valibot schema object the walk needs; `v.pipe` keeps the root schema's fields. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  value?: SchemaNode;
  wrapped?: SchemaNode;
}

// Names a JavaScript object treats specially; a file using them as keys is hostile or broken.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Walk {
  root: unknown;
  issues: Issue[];
  /** Paths (formatted) where a list stands where the schema wants an object. */
  listsForObjects: Set<string>;
}

function collectUnknownKeys(schema: SchemaNode, input: unknown, path: PathSegment[], walk: Walk): void {
  switch (schema.type) {
    case 'optional':
    case 'nullish':
    case 'exact_optional':
      if (input !== undefined && schema.wrapped) collectUnknownKeys(schema.wrapped, input, path, walk);
      return;
    case 'strict_object':
    case 'record': {
      if (Array.isArray(input)) {
        const where = formatIssuePath(path);
        walk.listsForObjects.add(where);
        walk.issues.push(listForObjectIssue(path, walk.root));
        return;
      }
      if (!isPlainRecord(input)) return;
      for (const key of Object.keys(input)) {
        const keyPath = [...path, key];
        if (schema.type === 'record') {
          if (FORBIDDEN_KEYS.has(key)) walk.issues.push(forbiddenKeyIssue(keyPath, key, walk.root));
          else if (schema.value) collectUnknownKeys(schema.value, input[key], keyPath, walk);
          continue;
        }
        const entries = schema.entries ?? {};
        const entry = Object.prototype.hasOwnProperty.call(entries, key) ? entries[key] : undefined;
        if (entry === undefined) walk.issues.push(unknownKeyIssue(keyPath, key, Object.keys(entries), walk.root));
        else collectUnknownKeys(entry, input[key], keyPath, walk);
      }
      return;
    }
    case 'array': {
      if (!Array.isArray(input) || !schema.item) return;
      for (let index = 0; index < input.length; index++) {
        collectUnknownKeys(schema.item, input[index], [...path, index], walk);
      }
      return;
    }
    default:
      return;
  }
}

function listForObjectIssue(path: PathSegment[], root: unknown): Issue {
  const subject = subjectOf(formatIssuePath(path));
  const context = contextOf(path, root);
  return errorIssue(formatIssuePath(path), 'schema.type', {
    sv: `${subject.sv}${context.sv} ska vara ett objekt { … }, men är en lista [ … ].`,
    en: `${subject.en}${context.en} must be an object { … }, but is a list [ … ].`,
  });
}

function unknownKeyIssue(path: PathSegment[], key: string, allowed: string[], root: unknown): Issue {
  if (FORBIDDEN_KEYS.has(key)) return forbiddenKeyIssue(path, key, root);
  const where = formatIssuePath(path);
  const context = contextOf(path, root);
  const allowedList = allowed.join(', ');
  return errorIssue(where, 'schema.unknown-key', {
    sv: `Okänt fält \`${key}\`${context.sv}. Tillåtna fält här: ${allowedList}.`,
    en: `Unknown field \`${key}\`${context.en}. Fields allowed here: ${allowedList}.`,
  });
}

function forbiddenKeyIssue(path: PathSegment[], key: string, root: unknown): Issue {
  const context = contextOf(path, root);
  return errorIssue(formatIssuePath(path), 'schema.forbidden-key', {
    sv: `Fältnamnet \`${key}\`${context.sv} är inte tillåtet: det har en särskild betydelse i JavaScript och kan användas för att manipulera programmet.`,
    en: `The field name \`${key}\`${context.en} is not allowed: it has a special meaning in JavaScript and can be used to tamper with the program.`,
  });
}

// ---- translating valibot issues ----------------------------------------------------------------

const ID_PATTERN_SOURCE = '^[a-z0-9][a-z0-9-]{0,63}$';

function translateIssue(issue: v.BaseIssue<unknown>, path: PathSegment[], root: unknown): Issue {
  const where = formatIssuePath(path);
  const subject = subjectOf(where);
  const context = contextOf(path, root);
  const lastItem = issue.path?.[issue.path.length - 1];
  const got = describeValue(issue.input);
  const requirement: unknown = (issue as { requirement?: unknown }).requirement;

  if (issue.kind === 'schema') {
    const keyIsMissing = issue.input === undefined && lastItem?.type === 'object' && lastItem.origin === 'key';
    if (keyIsMissing) {
      return errorIssue(where, 'schema.missing-key', {
        sv: `Fältet ${subject.sv}${context.sv} saknas men krävs.`,
        en: `The field ${subject.en}${context.en} is missing but required.`,
      });
    }
    if (issue.type === 'picklist') {
      const options = (issue.expected ?? '').replace(/^\(|\)$/g, '').split(' | ').join(', ');
      return errorIssue(where, 'schema.enum', {
        sv: `${subject.sv}${context.sv} ska vara ett av ${options}, men är ${got.sv}.`,
        en: `${subject.en}${context.en} must be one of ${options}, but is ${got.en}.`,
      });
    }
    const expected = expectedType(issue.type);
    return errorIssue(where, 'schema.type', {
      sv: `${subject.sv}${context.sv} ska vara ${expected.sv}, men är ${got.sv}.`,
      en: `${subject.en}${context.en} must be ${expected.en}, but is ${got.en}.`,
    });
  }

  const rule = ruleOf(issue.type, requirement, issue.input, lastItem?.type === 'object' && lastItem.origin === 'key');
  return errorIssue(where, rule.code, {
    sv: `${subject.sv}${context.sv} ${rule.text.sv}, men är ${got.sv}.`,
    en: `${subject.en}${context.en} ${rule.text.en}, but is ${got.en}.`,
  });
}

function ruleOf(
  type: string,
  requirement: unknown,
  input: unknown,
  isRecordKey: boolean,
): { code: string; text: Text } {
  const limit = typeof requirement === 'number' ? formatNumber(requirement) : String(requirement);
  const ofText = typeof input === 'string';
  switch (type) {
    case 'integer':
      return { code: 'schema.integer', text: { sv: 'ska vara ett heltal', en: 'must be a whole number' } };
    case 'min_value':
      return { code: 'schema.min-value', text: { sv: `ska vara minst ${limit}`, en: `must be at least ${limit}` } };
    case 'max_value':
      return { code: 'schema.max-value', text: { sv: `får vara högst ${limit}`, en: `may be at most ${limit}` } };
    case 'gt_value':
      return { code: 'schema.min-value', text: { sv: `ska vara större än ${limit}`, en: `must be greater than ${limit}` } };
    case 'finite':
      return { code: 'schema.finite', text: { sv: 'ska vara ett ändligt tal', en: 'must be a finite number' } };
    case 'min_length':
      return {
        code: 'schema.min-length',
        text: ofText
          ? { sv: `ska ha minst ${limit} tecken`, en: `must have at least ${limit} characters` }
          : { sv: `ska ha minst ${limit} element`, en: `must have at least ${limit} items` },
      };
    case 'max_length':
      return {
        code: 'schema.max-length',
        text: ofText
          ? { sv: `får ha högst ${limit} tecken`, en: `may have at most ${limit} characters` }
          : { sv: `får ha högst ${limit} element`, en: `may have at most ${limit} items` },
      };
    case 'regex': {
      if (requirement instanceof RegExp && requirement.source === ID_PATTERN_SOURCE) {
        return {
          code: 'schema.pattern',
          text: {
            sv: 'ska vara ett id: små bokstäver a–z, siffror och bindestreck, börjar med bokstav eller siffra, högst 64 tecken',
            en: 'must be an id: lowercase letters a–z, digits and hyphens, starting with a letter or digit, at most 64 characters',
          },
        };
      }
      if (isRecordKey) {
        return {
          code: 'schema.pattern',
          text: {
            sv: 'ska vara en partibeteckning: 1–12 bokstäver eller siffror',
            en: 'must be a party code: 1–12 letters or digits',
          },
        };
      }
      return { code: 'schema.pattern', text: { sv: 'har fel format', en: 'has the wrong format' } };
    }
    default:
      return { code: 'schema.invalid', text: { sv: 'har ett ogiltigt värde', en: 'has an invalid value' } };
  }
}

function pathOf(issue: v.BaseIssue<unknown>): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number' || typeof key === 'string') segments.push(key);
    else segments.push(describeValue(key).en);
  }
  return segments;
}

function subjectOf(where: string): Text {
  return where === '' ? { sv: 'Filens innehåll', en: 'The file content' } : { sv: `\`${where}\``, en: `\`${where}\`` };
}

function expectedType(schemaType: string): Text {
  switch (schemaType) {
    case 'string':
      return { sv: 'en text', en: 'a text (string)' };
    case 'number':
      return { sv: 'ett tal', en: 'a number' };
    case 'boolean':
      return { sv: 'true eller false', en: 'true or false' };
    case 'array':
      return { sv: 'en lista [ … ]', en: 'a list [ … ]' };
    case 'strict_object':
    case 'object':
    case 'record':
      return { sv: 'ett objekt { … }', en: 'an object { … }' };
    default:
      return { sv: 'av en annan typ', en: 'of another type' };
  }
}

const COLLECTION_LABELS: Record<string, Text> = {
  bodies: { sv: 'organet', en: 'body' },
  serviceAreas: { sv: 'verksamheten', en: 'service area' },
  departments: { sv: 'förvaltningen', en: 'department' },
  sources: { sv: 'källan', en: 'source' },
  shocks: { sv: 'händelsen', en: 'shock' },
};

/** " (i organet `ks`)" when the path runs through an element with a readable id, so users find it. */
function contextOf(path: readonly PathSegment[], root: unknown): Text {
  const [collection, index] = path;
  if (typeof collection !== 'string' || typeof index !== 'number' || path.length < 3) return { sv: '', en: '' };
  const label = COLLECTION_LABELS[collection];
  if (!label || !isPlainRecord(root)) return { sv: '', en: '' };
  const list = ownValue(root, collection);
  const element = Array.isArray(list) ? list[index] : undefined;
  const id = isPlainRecord(element) ? ownValue(element, 'id') : undefined;
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return { sv: '', en: '' };
  return { sv: ` (i ${label.sv} \`${id}\`)`, en: ` (in ${label.en} \`${id}\`)` };
}

// ---- small helpers shared with the rule checks ----------------------------------------------------

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads only the object's own property, never something inherited from a prototype. */
export function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN';
}

const PREVIEW_LENGTH = 40;

/** A short, safe description of any value for a message (never interpolates a symbol or object). */
export function describeValue(value: unknown): Text {
  switch (typeof value) {
    case 'undefined':
      return { sv: 'tomt', en: 'empty' };
    case 'string': {
      const preview = value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH)}…` : value;
      return { sv: `texten ${JSON.stringify(preview)}`, en: `the text ${JSON.stringify(preview)}` };
    }
    case 'number':
      return { sv: formatNumber(value), en: formatNumber(value) };
    case 'boolean':
      return { sv: value ? 'true' : 'false', en: value ? 'true' : 'false' };
    case 'bigint':
      return { sv: 'ett heltal av typen bigint', en: 'a bigint' };
    case 'object':
      if (value === null) return { sv: 'null', en: 'null' };
      return Array.isArray(value) ? { sv: 'en lista', en: 'a list' } : { sv: 'ett objekt', en: 'an object' };
    default:
      return { sv: `ett värde av typen ${typeof value}`, en: `a value of type ${typeof value}` };
  }
}
