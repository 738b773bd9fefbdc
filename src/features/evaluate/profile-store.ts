// The user's own KommunKompassen profiles, kept in the browser: one IndexedDB database of their own, read
// and written through idb-keyval like the drafts. Each profile is stored under its id. Reading validates
// every stored value: a value that is not a profile at all is set aside (left in storage, counted, never
// shown or deleted), so a damaged entry can never break the view or cost the user another profile.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { Evaluation } from '@/domain/evaluation-schema';
import { validateEvaluation } from '@/domain/validate-evaluation';

const DATABASE = 'kommunmodell-evaluations';
const STORE = 'profiles';
/** Ids of own profiles start with this, so they never clash with a shipped profile. */
export const OWN_PREFIX = 'egen-';

let store: UseStore | undefined;

function storage(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  store ??= createStore(DATABASE, STORE);
  return store;
}

export function storageAvailable(): boolean {
  return storage() !== undefined;
}

// Codes meaning the value does not have a profile's shape; anything else is a value the editor can fix.
const NOT_A_PROFILE = /^(schema\.(type|missing-key|unknown-key|forbidden-key|enum|invalid)|internal|issues\.truncated)$/;

/** A value taken as an own profile when it has a profile's shape (its values may still break rules). */
export function readOwnProfile(value: unknown): Evaluation | undefined {
  const result = validateEvaluation(value);
  if (result.ok) return result.evaluation;
  if (result.errors.some((issue) => NOT_A_PROFILE.test(issue.code))) return undefined;
  return value as Evaluation;
}

export async function loadOwnProfiles(): Promise<{ profiles: Evaluation[]; setAside: number }> {
  const use = storage();
  if (!use) return { profiles: [], setAside: 0 };
  const stored = await entries(use);
  const profiles: Evaluation[] = [];
  let setAside = 0;
  for (const [key, value] of stored) {
    const profile = typeof key === 'string' && key.startsWith(OWN_PREFIX) ? readOwnProfile(value) : undefined;
    if (profile && profile.id === key) profiles.push(profile);
    else setAside++;
  }
  profiles.sort((a, b) => a.municipality.localeCompare(b.municipality, 'sv') || a.year - b.year || a.id.localeCompare(b.id));
  return { profiles, setAside };
}

export async function saveOwnProfile(profile: Evaluation): Promise<void> {
  const use = storage();
  if (!use) throw new Error('no storage');
  await set(profile.id, profile, use);
}

export async function deleteOwnProfile(id: string): Promise<void> {
  const use = storage();
  if (use) await del(id, use);
}

export function newOwnId(now: number, taken: ReadonlySet<string>): string {
  let n = now;
  let id = `${OWN_PREFIX}${n.toString(36)}`;
  while (taken.has(id)) id = `${OWN_PREFIX}${(++n).toString(36)}`;
  return id;
}
