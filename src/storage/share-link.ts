// Share links: content packed into one URL parameter, sealed so that a changed link cannot pass as the
// original. The parameter is `v<version>.<packed>`; the packed text (lz-string's URI-safe alphabet) holds
// `{"format":"kommunmodell.share","version":2,"sha256":…,"content":…}`, where sha256 is the digest of the
// canonical JSON of `content` (as snapshots are sealed). Reading a link either gives back exactly the
// content that was packed, or refuses it with a reason a user can act on: changed or damaged, too long,
// unpacks too large, from another version of the tool. Nothing in a link is ever run; it is data.
//
// The draft-specific layer (a model in the link, read as a draft) is `encodeDraftShare` /
// `decodeDraftShare`; other kinds of shared content use `encodeShareContent` / `decodeShareContent`.
import { compressToEncodedURIComponent } from 'lz-string';
import { canonicalJson } from '@/domain/canonical-json';
import type { Model, Text } from '@/domain/model-schema';
import { sha256HexSync } from '@/domain/sha256';
import type { Issue } from '@/domain/validation-issue';
import { readDraftValue, type DraftReading } from './draft-reading';
import { decompressUriBounded } from './lz-uri';

/** Longest share parameter accepted, in characters: about 150 kB of model JSON, and far below what
 *  browsers, chat tools and mail clients pass on in a link. Longer drafts are shared as files. */
export const MAX_SHARE_PARAM_LENGTH = 60_000;
/** Most characters a link may unpack into (the model file limit); more is refused before parsing. */
export const MAX_SHARE_UNPACKED_LENGTH = 5 * 1024 * 1024;
export const SHARE_FORMAT = 'kommunmodell.share';
export const SHARE_VERSION = 2;
const PREFIX = `v${SHARE_VERSION}.`;

export type ShareProblem =
  | { kind: 'tooLong'; length: number }
  | { kind: 'tooLarge' }
  | { kind: 'changed' }
  | { kind: 'otherVersion'; found: string }
  | { kind: 'oldFormat' };

export type ShareEncoding = { ok: true; param: string } | { ok: false; length: number };
export type ShareDecoding = { ok: true; content: unknown } | { ok: false; problem: ShareProblem };

/** The `share` parameter for any JSON content, or the length it would have had when that is too long. */
export function encodeShareContent(content: unknown): ShareEncoding {
  const envelope = { format: SHARE_FORMAT, version: SHARE_VERSION, sha256: sha256HexSync(canonicalJson(content)), content };
  const param = PREFIX + compressToEncodedURIComponent(JSON.stringify(envelope));
  return param.length <= MAX_SHARE_PARAM_LENGTH ? { ok: true, param } : { ok: false, length: param.length };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a `share` parameter back: the exact content sealed in it, or why not. */
export function decodeShareContent(param: string): ShareDecoding {
  if (param.length > MAX_SHARE_PARAM_LENGTH) return { ok: false, problem: { kind: 'tooLong', length: param.length } };
  const version = /^v(\d{1,6})\./.exec(param);
  if (!version) {
    // Links made before links were sealed were bare lz-string; anything else is simply damaged.
    return { ok: false, problem: /^[A-Za-z0-9+\-$ ]+$/.test(param) ? { kind: 'oldFormat' } : { kind: 'changed' } };
  }
  if (version[1] !== String(SHARE_VERSION)) return { ok: false, problem: { kind: 'otherVersion', found: version[1] ?? '' } };
  const unpacked = decompressUriBounded(param.slice(version[0].length), MAX_SHARE_UNPACKED_LENGTH);
  if (!unpacked.ok) return { ok: false, problem: { kind: unpacked.reason === 'tooLarge' ? 'tooLarge' : 'changed' } };
  let envelope: unknown;
  try {
    envelope = JSON.parse(unpacked.text);
  } catch {
    return { ok: false, problem: { kind: 'changed' } };
  }
  if (
    !isRecord(envelope) ||
    envelope.format !== SHARE_FORMAT ||
    envelope.version !== SHARE_VERSION ||
    typeof envelope.sha256 !== 'string' ||
    !('content' in envelope) ||
    Object.keys(envelope).length !== 4
  ) {
    return { ok: false, problem: { kind: 'changed' } };
  }
  if (sha256HexSync(canonicalJson(envelope.content)) !== envelope.sha256) return { ok: false, problem: { kind: 'changed' } };
  return { ok: true, content: envelope.content };
}

/** What a refused link says, Swedish and English. */
export function shareProblemText(problem: ShareProblem): Text {
  switch (problem.kind) {
    case 'tooLong':
      return {
        sv: `Länken är för lång (${problem.length} tecken, högst ${MAX_SHARE_PARAM_LENGTH}). Den har inte lästs. Be om utkastet som fil i stället.`,
        en: `The link is too long (${problem.length} characters, at most ${MAX_SHARE_PARAM_LENGTH}). It has not been read. Ask for the draft as a file instead.`,
      };
    case 'tooLarge':
      return {
        sv: `Länken packas upp till mer än ${MAX_SHARE_UNPACKED_LENGTH / 1024 / 1024} MB, mer än en modellfil får vara. Den har inte lästs. Be om utkastet som fil i stället.`,
        en: `The link unpacks into more than ${MAX_SHARE_UNPACKED_LENGTH / 1024 / 1024} MB, more than a model file may be. It has not been read. Ask for the draft as a file instead.`,
      };
    case 'changed':
      return {
        sv: 'Länken har ändrats eller skadats: innehållet stämmer inte med kontrollsumman i den. Kanske kom bara en del av länken med när den kopierades. Be om länken igen, eller om utkastet som fil.',
        en: 'The link has been changed or damaged: its content does not match the checksum in it. Perhaps only part of the link was copied. Ask for the link again, or for the draft as a file.',
      };
    case 'otherVersion':
      return {
        sv: `Länken är gjord i en annan version av verktyget (länkformat ${problem.found.slice(0, 6)}; den här versionen läser format ${SHARE_VERSION}). Be om utkastet som fil.`,
        en: `The link was made by another version of the tool (link format ${problem.found.slice(0, 6)}; this version reads format ${SHARE_VERSION}). Ask for the draft as a file.`,
      };
    case 'oldFormat':
      return {
        sv: 'Länken är gjord i en äldre version av verktyget, utan kontrollsumma, och kan inte kontrolleras. Be om en ny länk eller om utkastet som fil.',
        en: 'The link was made by an older version of the tool, without a checksum, and cannot be checked. Ask for a new link or for the draft as a file.',
      };
  }
}

function refusal(code: string, message: Text): DraftReading {
  return { ok: false, errors: [{ severity: 'error', path: '', code, message }] };
}

/** The `share` parameter for a draft's model. */
export function encodeDraftShare(model: Model): ShareEncoding {
  return encodeShareContent(model);
}

/** Reads a `share` parameter back into a draft; a changed, damaged or too large link is refused. */
export function decodeDraftShare(param: string): DraftReading {
  const decoded = decodeShareContent(param);
  if (!decoded.ok) return refusal(`share.${decoded.problem.kind}`, shareProblemText(decoded.problem));
  const reading = readDraftValue(decoded.content);
  if (reading.ok) return reading;
  const errors: Issue[] = [
    {
      severity: 'error',
      path: '',
      code: 'share.not-a-model',
      message: {
        sv: 'Länken är hel, men den innehåller inget utkast till en organisation. Felen:',
        en: 'The link is intact, but it holds no draft of an organisation. The errors:',
      },
    },
    ...reading.errors,
  ];
  return { ok: false, errors };
}
