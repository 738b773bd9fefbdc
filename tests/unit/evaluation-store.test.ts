// Own KommunKompassen profiles in the tool's one storage: saved under `evaluation:<id>`, read back
// validated, a damaged value set aside (kept, counted, never shown), and never mistaken for a draft.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Evaluation } from '@/domain/evaluation-schema';
import { listDrafts } from '@/storage/draft-store';
import { deleteOwnProfile, loadOwnProfiles, replaceEvaluationStorage, saveOwnProfile } from '@/storage/evaluation-store';
import { memoryStorage } from '@/storage/key-value-storage';

const vannas = JSON.parse(readFileSync(new URL('../../models/evaluations/vannas-2016.json', import.meta.url), 'utf8')) as Evaluation;
const own = (id: string, year: number): Evaluation => ({ ...vannas, id, year });

afterEach(() => replaceEvaluationStorage(undefined));

describe('evaluation store', () => {
  it('saves, reads back and deletes own profiles, and sets aside what is not a profile', async () => {
    const storage = memoryStorage();
    replaceEvaluationStorage(storage);
    await saveOwnProfile(own('egen-b', 2020));
    await saveOwnProfile(own('egen-a', 2018));
    await storage.set('evaluation:egen-c', { not: 'a profile' });
    await storage.set('evaluation:egen-d', own('egen-other-id', 2019));
    const loaded = await loadOwnProfiles();
    expect(loaded.profiles.map((p) => [p.id, p.year])).toEqual([
      ['egen-a', 2018],
      ['egen-b', 2020],
    ]);
    expect(loaded.setAside).toBe(2);
    expect(storage.entries.has('evaluation:egen-c')).toBe(true);
    await deleteOwnProfile('egen-a');
    expect((await loadOwnProfiles()).profiles.map((p) => p.id)).toEqual(['egen-b']);
  });

  it('keeps a profile whose values break a rule, so the editor can show and fix it', async () => {
    const storage = memoryStorage();
    replaceEvaluationStorage(storage);
    await storage.set('evaluation:egen-x', { ...own('egen-x', 2020), municipality: '' });
    expect((await loadOwnProfiles()).profiles.map((p) => p.id)).toEqual(['egen-x']);
  });

  it('is not listed or quarantined by the draft store', async () => {
    const storage = memoryStorage();
    replaceEvaluationStorage(storage);
    await saveOwnProfile(own('egen-a', 2020));
    const listing = await listDrafts(storage, new Date('2026-12-04T20:00:00Z'));
    expect(listing.drafts).toEqual([]);
    expect(storage.entries.has('evaluation:egen-a')).toBe(true);
    expect([...storage.entries.keys()].some((key) => key.startsWith('quarantine:'))).toBe(false);
  });
});
