// How drafts leave the Draft view and come back (src/storage/draft-reading.ts, share-link.ts), and how
// they are kept in the browser (src/storage/draft-store.ts, here over in-memory storage):
// - a model file written by the view reads back as the same model, and passes the CLI's reader;
// - a share link carries the whole model, sealed with its hash; a changed, corrupt, foreign, too long or
//   too large link is refused with its own reason, never throws — 1,000 one-character changes of a real
//   link are all refused or read back as exactly the same model;
// - a file is taken as a draft when it has a model's shape, even with rule errors, and refused otherwise;
// - a stored value that is not a readable draft (a 20 MB name too) is set aside whole, never dropped;
// - a save names its revision and is refused when it is stale; a full disk is named as such;
// - deleting a draft deletes the copy published for Compare.
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { Model } from '@/domain/model-schema';
import { canonicalJson } from '@/domain/canonical-json';
import { parseModelText } from '@/domain/parse-model';
import { sha256HexSync } from '@/domain/sha256';
import { createPrng } from '@/domain/prng';
import { exportModelJson, readDraftText, readDraftValue } from '@/storage/draft-reading';
import {
  createDraft,
  currentDraftId,
  deleteDraft,
  DRAFT_FORMAT,
  DRAFT_VERSION,
  listDrafts,
  loadDraft,
  saveDraft,
} from '@/storage/draft-store';
import { memoryStorage } from '@/storage/key-value-storage';
import { PUBLISHED_KEY } from '@/storage/published-draft';
import {
  decodeDraftShare as decodeShareParam,
  encodeDraftShare as encodeShareParam,
  MAX_SHARE_PARAM_LENGTH,
  SHARE_VERSION,
} from '@/storage/share-link';
import { storageFailureOf, storageFailureText } from '@/storage/storage-failure';
import { shippedModelFiles } from '../render/shipped-model-files';

const shipped = shippedModelFiles();
const munkfors = shipped.find((f) => f.model.id === 'munkfors')?.model as Model;
const NOW = new Date('2025-03-01T10:00:00Z');

describe('model files', () => {
  it.each(shipped.map((f) => [f.file, f.model] as const))('import(export(%s)) is the identity', (_file, model) => {
    const text = exportModelJson(model);
    const reading = readDraftText(text);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.model).toEqual(model);
    expect(reading.validation.ok).toBe(true);
    // The CLI's `validate` reads files with parseModelText.
    expect(parseModelText(text).ok).toBe(true);
  });

  it('takes a file that breaks only rules as a draft, with its errors', () => {
    const model = structuredClone(munkfors);
    const utskott = model.bodies.find((b) => b.kind === 'subcommittee');
    if (utskott) utskott.members = 30;
    const reading = readDraftText(JSON.stringify(model));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.validation.ok).toBe(false);
    expect(reading.validation.errors.map((e) => e.code)).toContain('subcommittee.seats');
  });

  it('refuses a file that is not a model, reporting every error and where', () => {
    const broken = readDraftText('{\n  "id": "x",\n  "bodies": [,]\n}');
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.errors[0]?.code).toBe('json.syntax');
    expect(broken.errors[0]?.position).toEqual({ line: 3, column: 14 });

    const notAModel = readDraftText(JSON.stringify({ ...munkfors, bodies: 'many', extra: true }));
    expect(notAModel.ok).toBe(false);
    if (notAModel.ok) return;
    expect(notAModel.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['bodies', 'extra']));

    expect(readDraftValue(null).ok).toBe(false);
    expect(readDraftValue([munkfors]).ok).toBe(false);
  });
});

describe('share links', () => {
  it.each(shipped.map((f) => [f.file, f.model] as const))('%s round-trips through a share link', (_file, model) => {
    const encoded = encodeShareParam(model);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.param).toMatch(new RegExp(`^v${SHARE_VERSION}\\.[A-Za-z0-9+\\-$]+$`));
    expect(encoded.param.length).toBeLessThanOrEqual(MAX_SHARE_PARAM_LENGTH);
    const decoded = decodeShareParam(encoded.param);
    expect(decoded.ok && decoded.model).toEqual(model);
  });

  it('reads a link whose + became a space on the way', () => {
    const encoded = encodeShareParam(munkfors);
    if (!encoded.ok) throw new Error('munkfors must fit in a link');
    const decoded = decodeShareParam(encoded.param.replace(/\+/g, ' '));
    expect(decoded.ok && decoded.model).toEqual(munkfors);
  });

  it('refuses corrupt, foreign and too long links with a reason', () => {
    const encoded = encodeShareParam(munkfors);
    if (!encoded.ok) throw new Error('munkfors must fit in a link');
    const codes = (param: string) => {
      const reading = decodeShareParam(param);
      return reading.ok ? [] : reading.errors.map((e) => e.code);
    };
    expect(codes('')).toEqual(['share.changed']);
    expect(codes('not a link at all!')).toEqual(['share.changed']);
    expect(codes(encoded.param.slice(0, encoded.param.length / 2))).toEqual(['share.changed']);
    expect(codes(`v${SHARE_VERSION}.${compressToEncodedURIComponent('hello')}`)).toEqual(['share.changed']);
    // A link from before links were sealed, and one from another version.
    expect(codes(compressToEncodedURIComponent(JSON.stringify(munkfors)))).toEqual(['share.oldFormat']);
    expect(codes(`v9.${encoded.param.slice(3)}`)).toEqual(['share.otherVersion']);
    expect(codes('A'.repeat(MAX_SHARE_PARAM_LENGTH + 1))).toEqual(['share.tooLong']);
    const wrapped = (content: unknown) =>
      `v${SHARE_VERSION}.${compressToEncodedURIComponent(JSON.stringify({ format: 'kommunmodell.share', version: SHARE_VERSION, sha256: sha256HexSync(canonicalJson(content)), content }))}`;
    // Intact, but not a model.
    expect(codes(wrapped({ a: 1 }))[0]).toBe('share.not-a-model');
    // Changed text with the old hash.
    const original = JSON.stringify({ format: 'kommunmodell.share', version: SHARE_VERSION, sha256: sha256HexSync(canonicalJson(munkfors)), content: munkfors });
    const changed = original.replace('Teknisk verksamhet', 'Teknisker aerksamhet');
    expect(changed).not.toBe(original);
    expect(codes(`v${SHARE_VERSION}.${compressToEncodedURIComponent(changed)}`)).toEqual(['share.changed']);
    // The refusal says so in both languages.
    const refused = decodeShareParam(`v${SHARE_VERSION}.${compressToEncodedURIComponent(changed)}`);
    expect(refused.ok ? '' : refused.errors[0]?.message.sv).toContain('Länken har ändrats eller skadats');
    expect(refused.ok ? '' : refused.errors[0]?.message.en).toContain('The link has been changed or damaged');
  });

  it('never throws and never accepts anything that is not a model', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9+\-$]{0,400}$/)), (param) => {
        const reading = decodeShareParam(param);
        if (reading.ok) expect(reading.validation).toBeDefined();
        else expect(reading.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('says when a draft is too large for a link', () => {
    const huge = structuredClone(munkfors);
    // Incompressible text: every description different.
    huge.description.sv = Array.from({ length: 20_000 }, (_, i) => ((i * 7919) % 104_729).toString(36)).join('');
    const encoded = encodeShareParam(huge);
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) expect(encoded.length).toBeGreaterThan(MAX_SHARE_PARAM_LENGTH);
  });
});

describe('share links under attack', () => {
  it('refuses every one of 1,000 one-character changes of a real link, or reads back exactly the same model', () => {
    const encoded = encodeShareParam(munkfors);
    if (!encoded.ok) throw new Error('munkfors must fit in a link');
    const link = encoded.param;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$ .v%';
    const prng = createPrng(18);
    const random = () => prng.next();
    let refused = 0;
    let identical = 0;
    for (let n = 0; n < 1000; n++) {
      const at = Math.floor(random() * link.length);
      let char = link[at] ?? '';
      while (char === link[at]) char = alphabet[Math.floor(random() * alphabet.length)] ?? 'A';
      const mutated = link.slice(0, at) + char + link.slice(at + 1);
      const reading = decodeShareParam(mutated);
      if (!reading.ok) refused++;
      else {
        expect(reading.model).toEqual(munkfors);
        identical++;
      }
    }
    expect(refused + identical).toBe(1000);
    // Figures for the record (seed 18): most changes break the packing or the checksum.
    expect(refused).toBeGreaterThan(900);
  }, 60_000);

  it('says a link unpacks too large, rather than calling it damaged, and stops unpacking early', () => {
    // `v2.` + lz-string of `{"content":"aaa…"}` with 6 MiB of "a": 6,424 characters that unpack 1,000-fold.
    // (Packing it takes lz-string most of a minute, so the link is kept as a file.)
    const bomb = readFileSync(new URL('../fixtures/share-link-unpacks-6mb.txt', import.meta.url), 'utf8').trim();
    expect(bomb.length).toBeLessThan(MAX_SHARE_PARAM_LENGTH);
    const reading = decodeShareParam(bomb);
    expect(reading.ok ? [] : reading.errors.map((e) => e.code)).toEqual(['share.tooLarge']);
    expect(reading.ok ? '' : reading.errors[0]?.message.sv).toContain('packas upp till mer än 5 MB');
  });
});

describe('stored drafts', () => {
  const validRecord = (id: string) => ({
    format: DRAFT_FORMAT as typeof DRAFT_FORMAT,
    version: DRAFT_VERSION as typeof DRAFT_VERSION,
    id,
    title: `Utkast ${id}`,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    model: munkfors,
  });

  it('sets aside every value it cannot read, whole, and keeps the readable drafts', async () => {
    const corrupt: [string, unknown][] = [
      ['draft:garbage', 'not a draft'],
      ['draft:newer', { ...validRecord('newer'), version: 2 }],
      ['draft:broken', { ...validRecord('broken'), model: { ...munkfors, bodies: 'none' } }],
      ['draft:moved', validRecord('elsewhere')],
      ['something-else', { hello: 'world' }],
    ];
    const storage = memoryStorage([['draft:good', validRecord('good')], ...corrupt]);
    const listing = await listDrafts(storage, NOW);
    expect(listing.drafts.map((d) => d.id)).toEqual(['good']);
    expect(listing.newlySetAside.map((s) => s.originalKey).sort()).toEqual(corrupt.map(([key]) => key).sort());
    for (const [key, value] of corrupt) {
      expect(storage.entries.has(key)).toBe(false);
      const aside = listing.setAside.find((s) => s.originalKey === key);
      expect(aside?.reason.sv).not.toBe('');
      expect(aside?.reason.en).not.toBe('');
      const kept = storage.entries.get(aside?.key ?? '') as { value: unknown; originalKey: string };
      expect(kept.originalKey).toBe(key);
      expect(kept.value).toEqual(value);
    }
    // A second look finds them in quarantine and moves nothing again.
    const again = await listDrafts(storage, NOW);
    expect(again.newlySetAside).toEqual([]);
    expect(again.setAside).toHaveLength(corrupt.length);
  });

  it('sets aside a draft that became unreadable when it is opened', async () => {
    const storage = memoryStorage([['draft:a', { ...validRecord('a'), title: 42 }]]);
    const load = await loadDraft(storage, 'a', NOW);
    expect(load.ok).toBe(false);
    if (load.ok || load.missing) throw new Error('expected a set-aside draft');
    expect(storage.entries.get(load.setAside.key)).toMatchObject({ originalKey: 'draft:a', value: { title: 42 } });
    expect(await loadDraft(storage, 'a', NOW)).toEqual({ ok: false, missing: true });
  });

  it('keeps a draft with rule errors as it is', async () => {
    const model = structuredClone(munkfors);
    model.bodies[0] = { ...model.bodies[0]!, members: 22 };
    const storage = memoryStorage([['draft:even', { ...validRecord('even'), model }]]);
    const load = await loadDraft(storage, 'even', NOW);
    expect(load.ok && load.record.model).toEqual(model);
  });

  it('creates, saves, switches and deletes named drafts', async () => {
    const storage = memoryStorage();
    const first = await createDraft(storage, { title: '  Förslag A\n', model: munkfors, origin: 'munkfors' }, NOW);
    const second = await createDraft(storage, { title: 'Förslag B', model: munkfors }, NOW);
    expect(first.title).toBe('Förslag A');
    expect(second.id).not.toBe(first.id);
    expect(await currentDraftId(storage)).toBe(second.id);
    expect(await saveDraft(storage, { ...first, title: 'Förslag A, reviderat', updatedAt: new Date(NOW.getTime() + 1000).toISOString() }, 1)).toEqual({
      ok: true,
      revision: 2,
    });
    // A save from revision 1 again is stale now, and writes nothing.
    expect(await saveDraft(storage, { ...first, title: 'Gammal flik' }, 1)).toEqual({ ok: false, conflict: 'newer', revision: 2 });
    const listing = await listDrafts(storage, NOW);
    expect(listing.drafts.map((d) => d.title)).toEqual(['Förslag A, reviderat', 'Förslag B']);
    await deleteDraft(storage, second.id);
    expect(await currentDraftId(storage)).toBeUndefined();
    expect((await listDrafts(storage, NOW)).drafts.map((d) => d.id)).toEqual([first.id]);
    // A save of a deleted draft is refused too.
    expect(await saveDraft(storage, second, 1)).toEqual({ ok: false, conflict: 'missing' });
  });

  it('reads a record from before revisions as revision 0', async () => {
    const storage = memoryStorage([['draft:old', validRecord('old')]]);
    const load = await loadDraft(storage, 'old', NOW);
    expect(load.ok && load.record.revision).toBe(0);
    expect(await saveDraft(storage, validRecord('old'), 0)).toEqual({ ok: true, revision: 1 });
  });

  it('sets aside, without opening it, a stored draft with a 20 MB name', async () => {
    const storage = memoryStorage([['draft:big', { ...validRecord('big'), title: 'x'.repeat(20 * 1024 * 1024) }]]);
    const listing = await listDrafts(storage, NOW);
    expect(listing.drafts).toEqual([]);
    expect(listing.newlySetAside[0]?.reason.sv).toContain('20\u00a0971\u00a0520 tecken');
    expect(listing.newlySetAside[0]?.reason.sv).toContain('har inte öppnats');
  });

  it('deletes the copy published for Compare with its draft, and keeps a copy of another draft', async () => {
    const storage = memoryStorage();
    const a = await createDraft(storage, { title: 'A', model: munkfors }, NOW);
    const b = await createDraft(storage, { title: 'B', model: munkfors }, new Date(NOW.getTime() + 1));
    await storage.set(PUBLISHED_KEY, { format: 'kommunmodell.published-draft', sourceDraftId: b.id, model: munkfors });
    await deleteDraft(storage, a.id);
    expect(storage.entries.has(PUBLISHED_KEY)).toBe(true);
    await deleteDraft(storage, b.id);
    expect([...storage.entries.keys()]).toEqual([]);
  });

  it('names a full disk, and never gives an empty reason', async () => {
    const storage = memoryStorage();
    storage.full = true;
    const failure = await createDraft(storage, { title: 'A', model: munkfors }, NOW).then(
      () => undefined,
      (error: unknown) => storageFailureOf(error),
    );
    expect(failure).toEqual({ kind: 'quota' });
    expect(storageFailureText({ kind: 'quota' }).sv).toBe('webbläsarens lagring är full');
    // An IndexedDB abort carries the quota error as its reason; an error without words still gets one.
    expect(storageFailureOf(new DOMException('', 'QuotaExceededError'))).toEqual({ kind: 'quota' });
    expect(storageFailureOf(new Error(''))).toEqual({ kind: 'other', detail: 'unknown' });
    expect(storageFailureText(storageFailureOf(undefined)).sv).toBe('webbläsaren angav inget skäl');
  });
});
