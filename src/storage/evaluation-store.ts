// The user's own KommunKompassen profiles, kept in the browser in the tool's one storage (idb-storage.ts)
// under keys `evaluation:<id>`, beside the drafts (the draft list skips these keys), so "forget everything"
// removes them too. Reading validates every stored value: a value that is not a profile at all is set
// aside (left in storage, counted, never shown or deleted), so a damaged entry can never break the view or
// cost the user another profile.
import type { Evaluation } from '@/domain/evaluation-schema';
import { validateEvaluation } from '@/domain/validate-evaluation';
import { browserStorage } from './idb-storage';
import type { KeyValueStorage } from './key-value-storage';

/** Keys of stored evaluation profiles start with this. */
export const EVALUATION_PREFIX = 'evaluation:';
/** Ids of own profiles start with this, so they never clash with a shipped profile. */
export const OWN_PREFIX = 'egen-';

let override: KeyValueStorage | undefined;

/** For tests: another storage in place of the browser's. */
export function replaceEvaluationStorage(storage: KeyValueStorage | undefined): void {
  override = storage;
}

function storage(): KeyValueStorage | undefined {
  return override ?? browserStorage();
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
  const profiles: Evaluation[] = [];
  let setAside = 0;
  for (const key of await use.keys()) {
    if (!key.startsWith(EVALUATION_PREFIX)) continue;
    const id = key.slice(EVALUATION_PREFIX.length);
    const profile = id.startsWith(OWN_PREFIX) ? readOwnProfile(await use.get(key)) : undefined;
    if (profile && profile.id === id) profiles.push(profile);
    else setAside++;
  }
  profiles.sort((a, b) => a.municipality.localeCompare(b.municipality, 'sv') || a.year - b.year || a.id.localeCompare(b.id));
  return { profiles, setAside };
}

export async function saveOwnProfile(profile: Evaluation): Promise<void> {
  const use = storage();
  if (!use) throw new Error('no storage');
  await use.set(EVALUATION_PREFIX + profile.id, profile);
}

export async function deleteOwnProfile(id: string): Promise<void> {
  const use = storage();
  if (use) await use.del(EVALUATION_PREFIX + id);
}

export function newOwnId(now: number, taken: ReadonlySet<string>): string {
  let n = now;
  let id = `${OWN_PREFIX}${n.toString(36)}`;
  while (taken.has(id)) id = `${OWN_PREFIX}${(++n).toString(36)}`;
  return id;
}
