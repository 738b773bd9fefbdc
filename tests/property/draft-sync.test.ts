// Two tabs on one draft (src/storage/draft-sync.ts over in-memory storage and a channel whose notes the
// test delivers when it likes): over random interleavings of edits, saves, late or early notes, and the
// user's choices when a conflict is shown, no edit is ever lost silently. Every edit ends up
// - in a stored draft (the original or a copy kept by the user's choice), or
// - still held by a tab that shows it as unsaved or in conflict, or
// - dropped because the user chose "load the newer version" in that tab.
// And a tab that shows "saved" (nothing unsaved, no conflict) shows exactly what is stored.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Model } from '@/domain/model-schema';
import { memoryChannelHub } from '@/storage/draft-channel';
import { createDraft, loadDraft, listDrafts } from '@/storage/draft-store';
import { DraftSync } from '@/storage/draft-sync';
import { memoryStorage } from '@/storage/key-value-storage';
import { shippedModelFiles } from '../render/shipped-model-files';

const munkfors = shippedModelFiles().find((f) => f.model.id === 'munkfors')?.model as Model;
const NOW = new Date('2025-03-01T10:00:00Z');
const TABS = ['A', 'B'] as const;
type Tab = (typeof TABS)[number];

type Action =
  | { kind: 'edit'; tab: Tab }
  | { kind: 'save'; tab: Tab }
  | { kind: 'deliver'; tab: Tab }
  | { kind: 'loadNewer'; tab: Tab }
  | { kind: 'keepCopy'; tab: Tab };

const action: fc.Arbitrary<Action> = fc.record({
  kind: fc.constantFrom('edit', 'edit', 'save', 'deliver', 'loadNewer', 'keepCopy'),
  tab: fc.constantFrom(...TABS),
}) as fc.Arbitrary<Action>;

const tokensOf = (model: Model): string[] => model.name.sv.split(' ').filter((word) => /^[AB]\d+$/.test(word));
const withToken = (model: Model, token: string): Model => ({ ...model, name: { ...model.name, sv: `${model.name.sv} ${token}` } });

/** Runs the actions; returns what the invariant needs. `checkRevision: false` breaks the store on purpose. */
async function run(actions: readonly Action[]) {
  const storage = memoryStorage();
  const hub = memoryChannelHub();
  const original = await createDraft(storage, { title: 'Utkast', model: munkfors }, NOW);
  const tabs: Record<Tab, DraftSync> = {
    A: new DraftSync(storage, hub.channel('A'), original),
    B: new DraftSync(storage, hub.channel('B'), original),
  };
  const made: { token: string; tab: Tab }[] = [];
  const dropped = new Set<string>();
  let counter = 0;
  const step = async (a: Action) => {
    const sync = tabs[a.tab];
    switch (a.kind) {
      case 'edit': {
        const token = `${a.tab}${++counter}`;
        made.push({ token, tab: a.tab });
        sync.change({ title: sync.current.title, model: withToken(sync.current.model, token) });
        return;
      }
      case 'save':
        await sync.save(NOW);
        return;
      case 'deliver': {
        const before = hub.queued().find((q) => q.to === a.tab);
        if (!before) return;
        const listener = async () => sync.heard(before.message, NOW);
        hub.deliverNext(a.tab);
        await listener();
        return;
      }
      case 'loadNewer': {
        if (!sync.conflict) return;
        const mine = tokensOf(sync.current.model);
        const loaded = await sync.loadNewer(NOW);
        const kept = new Set(loaded ? tokensOf(loaded.model) : []);
        for (const token of mine) if (!kept.has(token)) dropped.add(token);
        return;
      }
      case 'keepCopy': {
        if (!sync.conflict) return;
        const copy = await sync.keepAsCopy('Kopia', NOW);
        tabs[a.tab] = new DraftSync(storage, hub.channel(a.tab), copy);
        return;
      }
    }
  };
  for (const a of actions) await step(a);
  // Quiet at the end: every note arrives, every tab tries to save once more, and the notes of those saves arrive.
  for (let round = 0; round < 3; round++) {
    for (const tab of TABS) while (hub.queued().some((q) => q.to === tab)) await step({ kind: 'deliver', tab });
    for (const tab of TABS) await tabs[tab].save(NOW);
  }
  for (const tab of TABS) while (hub.queued().some((q) => q.to === tab)) await step({ kind: 'deliver', tab });
  const stored = new Set<string>();
  const storedById = new Map<string, { revision: number; model: Model; title: string }>();
  for (const summary of (await listDrafts(storage, NOW)).drafts) {
    const loaded = await loadDraft(storage, summary.id, NOW);
    if (!loaded.ok) continue;
    storedById.set(summary.id, loaded.record);
    for (const token of tokensOf(loaded.record.model)) stored.add(token);
  }
  return { tabs, made, dropped, stored, storedById };
}

describe('two tabs on one draft', () => {
  it('never lose an edit silently, whatever the order of edits, saves and notes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 40 }), async (actions) => {
        const { tabs, made, dropped, stored, storedById } = await run(actions);
        const held = new Set<string>();
        for (const tab of TABS) {
          const sync = tabs[tab];
          if (sync.dirty || sync.conflict) for (const token of tokensOf(sync.current.model)) held.add(token);
        }
        for (const { token } of made) {
          expect(stored.has(token) || held.has(token) || dropped.has(token), `edit ${token} lost`).toBe(true);
        }
        // "Sparat" never lies: a quiet tab shows exactly the stored record at its revision.
        for (const tab of TABS) {
          const sync = tabs[tab];
          if (sync.dirty || sync.conflict) continue;
          const record = storedById.get(sync.id);
          expect(record, `tab ${tab} shows a draft that is not stored`).toBeDefined();
          expect(record?.revision).toBe(sync.revision);
          expect(record?.model).toEqual(sync.current.model);
        }
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  it('refuses a stale save and keeps both versions until the user chooses', async () => {
    const { tabs, stored } = await run([
      { kind: 'edit', tab: 'A' },
      { kind: 'edit', tab: 'B' },
      { kind: 'save', tab: 'A' },
    ]);
    // B saved last in the quiet phase, was refused and holds a conflict with its own edit.
    expect(tabs.B.conflict).toEqual({ kind: 'newer', revision: 2 });
    expect(stored).toEqual(new Set(['A1']));
    expect(tokensOf(tabs.B.current.model)).toEqual(['B2']);
    expect(tabs.A.conflict).toBeUndefined();
  });

  it('takes another tab\'s save at once when it has nothing unsaved', async () => {
    const { tabs } = await run([{ kind: 'edit', tab: 'A' }, { kind: 'save', tab: 'A' }, { kind: 'deliver', tab: 'B' }]);
    expect(tabs.B.dirty).toBe(false);
    expect(tabs.B.revision).toBe(2);
    expect(tokensOf(tabs.B.current.model)).toEqual(['A1']);
  });
});
