// The named drafts kept in the browser (IndexedDB through idb-storage.ts; any key–value storage in
// tests): list, create, save, delete, and which one was open last. Every record carries a revision; a
// save names the revision it started from and is refused, writing nothing, when the stored one has moved
// on (another tab saved) or is gone (deleted) — so no save ever overwrites work it has not seen.
// Every stored value is checked when it is read. One that cannot be read as a draft of this tool —
// damaged, from a newer version, too large, or written by something else — is never dropped: it is moved
// whole to a `quarantine:` key, kept there until the user deletes it, and reported with the reason.
import type { Model, Text } from '@/domain/model-schema';
import { EVALUATION_PREFIX } from './evaluation-store';
import { readDraftValue } from './draft-reading';
import type { KeyValueStorage } from './key-value-storage';
import { PUBLISHED_KEY } from './published-draft';

export const DRAFT_FORMAT = 'kommunmodell.draft';
export const DRAFT_VERSION = 1;
const QUARANTINE_FORMAT = 'kommunmodell.quarantine';
const DRAFT_PREFIX = 'draft:';
const QUARANTINE_PREFIX = 'quarantine:';
const CURRENT_KEY = 'meta:current';
export const MAX_TITLE_LENGTH = 200;

export interface DraftRecord {
  format: typeof DRAFT_FORMAT;
  version: typeof DRAFT_VERSION;
  id: string;
  title: string;
  /** ISO 8601 times. */
  createdAt: string;
  updatedAt: string;
  /** The shipped model the draft started from, if any. */
  origin?: string;
  /** Counts the saves: 1 when created, one more at every save. Records from before revisions read as 0. */
  revision: number;
  model: Model;
}

export type DraftSummary = Pick<DraftRecord, 'id' | 'title' | 'createdAt' | 'updatedAt' | 'origin' | 'revision'>;

export interface QuarantineRecord {
  format: typeof QUARANTINE_FORMAT;
  /** The key the value was found under. */
  originalKey: string;
  setAsideAt: string;
  reason: Text;
  value: unknown;
}

export interface SetAside {
  key: string;
  originalKey: string;
  setAsideAt: string;
  reason: Text;
}

export const draftKey = (id: string): string => DRAFT_PREFIX + id;

type RecordCheck = { ok: true; record: DraftRecord } | { ok: false; reason: Text };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a stored value: our envelope, this version, the key it lies under, and a model's shape. */
export function checkDraftRecord(value: unknown, key: string): RecordCheck {
  if (!isRecord(value) || value.format !== DRAFT_FORMAT) {
    return {
      ok: false,
      reason: {
        sv: 'Det sparade värdet är inget utkast från Kommunmodell (det kan komma från ett annat program eller vara skadat).',
        en: 'The stored value is not a Kommunmodell draft (it may come from another program or be damaged).',
      },
    };
  }
  if (value.version !== DRAFT_VERSION) {
    return {
      ok: false,
      reason: {
        sv: `Utkastet är sparat i format ${String(value.version).slice(0, 20)}, men den här versionen av verktyget läser bara format ${DRAFT_VERSION}.`,
        en: `The draft is stored in format ${String(value.version).slice(0, 20)}, but this version of the tool reads only format ${DRAFT_VERSION}.`,
      },
    };
  }
  const fields = ['id', 'title', 'createdAt', 'updatedAt'] as const;
  if (fields.some((field) => typeof value[field] !== 'string') || draftKey(String(value.id)) !== key) {
    return {
      ok: false,
      reason: { sv: 'Utkastets namn, id eller tider saknas eller är skadade.', en: "The draft's name, id or times are missing or damaged." },
    };
  }
  const title = value.title as string;
  if (title.length > MAX_TITLE_LENGTH || String(value.id).length > 100) {
    const length = Math.max(title.length, String(value.id).length);
    return {
      ok: false,
      reason: {
        sv: `Utkastets namn eller id är ${length.toLocaleString('sv-SE')} tecken långt, men får vara högst ${MAX_TITLE_LENGTH}. Utkastet har inte öppnats.`,
        en: `The draft's name or id is ${length.toLocaleString('en-GB')} characters long, but may be at most ${MAX_TITLE_LENGTH}. The draft has not been opened.`,
      },
    };
  }
  if (value.origin !== undefined && (typeof value.origin !== 'string' || value.origin.length > 100)) {
    return { ok: false, reason: { sv: 'Utkastets ursprung är skadat.', en: "The draft's origin is damaged." } };
  }
  if (value.revision !== undefined && !(Number.isSafeInteger(value.revision) && (value.revision as number) >= 0)) {
    return { ok: false, reason: { sv: 'Utkastets versionsnummer är skadat.', en: "The draft's revision number is damaged." } };
  }
  const reading = readDraftValue(value.model);
  if (!reading.ok) {
    const first = reading.errors[0];
    return {
      ok: false,
      reason: {
        sv: `Modellen i utkastet går inte att läsa (${reading.errors.length} fel${first ? `, först: ${first.message.sv}` : ''}).`,
        en: `The model in the draft cannot be read (${reading.errors.length} errors${first ? `, first: ${first.message.en}` : ''}).`,
      },
    };
  }
  return { ok: true, record: { ...(value as unknown as DraftRecord), revision: (value.revision as number | undefined) ?? 0, model: reading.model } };
}

/** Moves the value at `key` whole to a new quarantine key; returns what was set aside. */
export async function quarantine(storage: KeyValueStorage, key: string, value: unknown, reason: Text, now: Date): Promise<SetAside> {
  const taken = new Set(await storage.keys());
  const base = `${QUARANTINE_PREFIX}${now.toISOString()}:${key}`;
  let target = base;
  for (let n = 2; taken.has(target); n++) target = `${base}:${n}`;
  const record: QuarantineRecord = { format: QUARANTINE_FORMAT, originalKey: key, setAsideAt: now.toISOString(), reason, value };
  // Written before the original is deleted, so a crash in between leaves two copies, never none.
  await storage.set(target, record);
  await storage.del(key);
  return { key: target, originalKey: key, setAsideAt: record.setAsideAt, reason };
}

export interface DraftListing {
  drafts: DraftSummary[];
  /** Values set aside by this listing. */
  newlySetAside: SetAside[];
  /** Everything in quarantine, the new ones included. */
  setAside: SetAside[];
}

/** Every readable draft (newest first); anything unreadable is moved to quarantine on the way. */
export async function listDrafts(storage: KeyValueStorage, now: Date): Promise<DraftListing> {
  const drafts: DraftSummary[] = [];
  const newlySetAside: SetAside[] = [];
  const setAside: SetAside[] = [];
  for (const key of await storage.keys()) {
    if (key === CURRENT_KEY || key === PUBLISHED_KEY || key.startsWith(EVALUATION_PREFIX)) continue;
    const value = await storage.get(key);
    if (key.startsWith(QUARANTINE_PREFIX)) {
      setAside.push(quarantineSummary(key, value));
      continue;
    }
    const check = key.startsWith(DRAFT_PREFIX)
      ? checkDraftRecord(value, key)
      : ({
          ok: false,
          reason: {
            sv: 'Ett okänt värde låg bland utkasten (det kan komma från ett annat program).',
            en: 'An unknown value lay among the drafts (it may come from another program).',
          },
        } as const);
    if (check.ok) {
      const { id, title, createdAt, updatedAt, origin, revision } = check.record;
      drafts.push({ id, title, createdAt, updatedAt, revision, ...(origin === undefined ? {} : { origin }) });
    } else {
      const moved = await quarantine(storage, key, value, check.reason, now);
      newlySetAside.push(moved);
      setAside.push(moved);
    }
  }
  drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  setAside.sort((a, b) => a.setAsideAt.localeCompare(b.setAsideAt));
  return { drafts, newlySetAside, setAside };
}

function quarantineSummary(key: string, value: unknown): SetAside {
  if (isRecord(value) && value.format === QUARANTINE_FORMAT && isRecord(value.reason)) {
    const reason = value.reason as Partial<Text>;
    return {
      key,
      originalKey: String(value.originalKey),
      setAsideAt: String(value.setAsideAt),
      reason: { sv: String(reason.sv ?? ''), en: String(reason.en ?? '') },
    };
  }
  return { key, originalKey: key, setAsideAt: '', reason: { sv: '', en: '' } };
}

export type DraftLoad =
  | { ok: true; record: DraftRecord }
  | { ok: false; missing: true }
  | { ok: false; missing: false; setAside: SetAside };

export async function loadDraft(storage: KeyValueStorage, id: string, now: Date): Promise<DraftLoad> {
  const key = draftKey(id);
  const value = await storage.get(key);
  if (value === undefined) return { ok: false, missing: true };
  const check = checkDraftRecord(value, key);
  if (check.ok) return check;
  return { ok: false, missing: false, setAside: await quarantine(storage, key, value, check.reason, now) };
}

export type SaveResult =
  | { ok: true; revision: number }
  /** Another tab saved since `baseRevision`: the stored record is at `revision`. Nothing was written. */
  | { ok: false; conflict: 'newer'; revision: number }
  /** The draft is no longer stored (deleted, or the storage was emptied). Nothing was written. */
  | { ok: false; conflict: 'missing' };

function storedRevision(value: unknown): number | undefined {
  if (!isRecord(value) || value.format !== DRAFT_FORMAT) return undefined;
  return typeof value.revision === 'number' ? value.revision : 0;
}

/**
 * Saves `record` if the stored draft is still at `baseRevision`, as revision `baseRevision + 1`, in one
 * transaction. Refused (nothing written) when another save came first or the draft is gone.
 */
export async function saveDraft(storage: KeyValueStorage, record: Omit<DraftRecord, 'revision'>, baseRevision: number): Promise<SaveResult> {
  return storage.update<SaveResult>(draftKey(record.id), (current) => {
    const revision = storedRevision(current);
    if (revision === undefined) return { result: { ok: false, conflict: 'missing' } };
    if (revision !== baseRevision) return { result: { ok: false, conflict: 'newer', revision } };
    const next = baseRevision + 1;
    return { result: { ok: true, revision: next }, write: { ...record, revision: next } };
  });
}

/** A new draft under a fresh id (from the time; numbered if taken), saved and made the current one. */
export async function createDraft(
  storage: KeyValueStorage,
  draft: { title: string; model: Model; origin?: string },
  now: Date,
): Promise<DraftRecord> {
  const taken = new Set(await storage.keys());
  const base = `d${now.getTime().toString(36)}`;
  let id = base;
  for (let n = 2; taken.has(draftKey(id)); n++) id = `${base}-${n}`;
  const time = now.toISOString();
  const record: DraftRecord = {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    id,
    title: cleanTitle(draft.title),
    createdAt: time,
    updatedAt: time,
    ...(draft.origin === undefined ? {} : { origin: draft.origin }),
    revision: 1,
    model: draft.model,
  };
  await storage.set(draftKey(id), record);
  await setCurrentDraft(storage, id);
  return record;
}

export function cleanTitle(title: string): string {
  // eslint-disable-next-line no-control-regex
  return title.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_TITLE_LENGTH);
}

/** Deletes the draft and every copy made from it that this storage holds (the published copy too). */
export async function deleteDraft(storage: KeyValueStorage, id: string): Promise<void> {
  await storage.del(draftKey(id));
  if ((await storage.get(CURRENT_KEY)) === id) await storage.del(CURRENT_KEY);
  await storage.update(PUBLISHED_KEY, (value) => {
    const source = isRecord(value) ? value.sourceDraftId : undefined;
    // A copy from before copies named their draft is removed too: it may be this one.
    return source === id || typeof source !== 'string' ? { result: true, remove: true } : { result: false };
  });
}

export async function currentDraftId(storage: KeyValueStorage): Promise<string | undefined> {
  const value = await storage.get(CURRENT_KEY);
  return typeof value === 'string' ? value : undefined;
}

export async function setCurrentDraft(storage: KeyValueStorage, id: string): Promise<void> {
  await storage.set(CURRENT_KEY, id);
}

export async function readQuarantined(storage: KeyValueStorage, key: string): Promise<unknown> {
  return key.startsWith(QUARANTINE_PREFIX) ? storage.get(key) : undefined;
}

export async function deleteQuarantined(storage: KeyValueStorage, key: string): Promise<void> {
  if (key.startsWith(QUARANTINE_PREFIX)) await storage.del(key);
}
