// How drafts leave the Draft view and come back (src/features/draft/draft-io.ts), and how they are kept
// in the browser (draft-store.ts, here over in-memory storage):
// - a model file written by the view reads back as the same model, and passes the CLI's reader;
// - a share link carries the whole model; a corrupt, foreign or too long link is refused, never throws;
// - a file is taken as a draft when it has a model's shape, even with rule errors, and refused otherwise;
// - a stored value that is not a readable draft is set aside whole under a quarantine key, never dropped.
import * as fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { Model } from '@/domain/model-schema';
import { parseModelText } from '@/domain/parse-model';
import {
  decodeShareParam,
  encodeShareParam,
  exportModelJson,
  MAX_SHARE_PARAM_LENGTH,
  readDraftText,
  readDraftValue,
} from '@/features/draft/draft-io';
import {
  createDraft,
  currentDraftId,
  deleteDraft,
  DRAFT_FORMAT,
  DRAFT_VERSION,
  listDrafts,
  loadDraft,
  memoryStorage,
  saveDraft,
} from '@/features/draft/draft-store';
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
    expect(encoded.param).toMatch(/^[A-Za-z0-9+\-$]+$/);
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
    expect(codes('')).toEqual(['share.corrupt']);
    expect(codes('not a link at all!')).toEqual(['share.corrupt']);
    expect(codes(encoded.param.slice(0, encoded.param.length / 2))).toEqual(['share.corrupt']);
    expect(codes(compressToEncodedURIComponent('hello'))).toEqual(['share.corrupt']);
    expect(codes(compressToEncodedURIComponent('{"a": 1}'))[0]).toBe('share.not-a-model');
    expect(codes('A'.repeat(MAX_SHARE_PARAM_LENGTH + 1))).toEqual(['share.too-long']);
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

describe('stored drafts', () => {
  const validRecord = (id: string) => ({
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
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
    await saveDraft(storage, { ...first, title: 'Förslag A, reviderat', updatedAt: new Date(NOW.getTime() + 1000).toISOString() });
    const listing = await listDrafts(storage, NOW);
    expect(listing.drafts.map((d) => d.title)).toEqual(['Förslag A, reviderat', 'Förslag B']);
    await deleteDraft(storage, second.id);
    expect(await currentDraftId(storage)).toBeUndefined();
    expect((await listDrafts(storage, NOW)).drafts.map((d) => d.id)).toEqual([first.id]);
  });
});
