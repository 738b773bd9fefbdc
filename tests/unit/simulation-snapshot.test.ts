// Snapshots of a simulation result (src/features/simulate/snapshot.ts, sha256.ts): the hash is SHA-256 of
// the canonical JSON (checked against the FIPS 180-4 examples and the platform's crypto.subtle); a written
// snapshot reads back and re-opens the same state and numbers; a corrupt, tampered, foreign-version or
// otherwise unusable file is refused with its reason.
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexSync } from '@/domain/sha256';
import { applyEdits, parseSimulateQuery } from '@/features/simulate/simulate-query';
import { canonicalJson } from '@/domain/canonical-json';
import {
  createSnapshot,
  readSnapshot,
  readSnapshotFile,
  resultDigest,
  snapshotState,
  snapshotText,
  type Snapshot,
} from '@/features/simulate/snapshot';
import { runYear } from '@/simulation/run-year';
import { shippedModels, shippedScenarioMap, simulateCatalogue } from './simulate-catalogue';

const models = shippedModels();
const scenarios = shippedScenarioMap();
const shipped = { models, scenarios };
const VERSION = '0.1.0';

/** The example year is the median one of many, so its seed differs from the link's; here the link's + 7. */
const EXAMPLE_OFFSET = 7;

async function snapshotOf(search: string): Promise<Snapshot> {
  const { state, scenario } = parseSimulateQuery(search, simulateCatalogue());
  const exampleSeed = state.seed + EXAMPLE_OFFSET;
  const chosen = state.models.map((id) => models.get(id)).filter((m) => m !== undefined);
  return createSnapshot({
    appVersion: VERSION,
    scenarioBase: state.scenarioId,
    models: chosen,
    scenario,
    seed: state.seed,
    exampleSeed,
    runs: state.runs,
    month: state.month,
    sweep: state.sweep,
    results: chosen.map((model) => resultDigest(runYear(model, scenario, exampleSeed))),
  });
}

/** The snapshot's text with `change` applied to its parsed JSON, re-sealed when `reseal`. */
async function altered(snapshot: Snapshot, change: (data: Record<string, unknown>) => void, reseal: boolean): Promise<string> {
  const data = JSON.parse(snapshotText(snapshot)) as Record<string, unknown>;
  change(data);
  if (reseal) {
    const { hash: _hash, ...body } = data;
    data.hash = `sha256:${await sha256Hex(canonicalJson(body))}`;
  }
  return JSON.stringify(data, null, 2);
}

describe('sha256', () => {
  it('gives the FIPS 180-4 example digests, in plain code and with crypto.subtle alike', async () => {
    const examples: [string, string][] = [
      ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
      ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
      ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ];
    for (const [text, digest] of examples) {
      expect(sha256HexSync(text)).toBe(digest);
      expect(await sha256Hex(text)).toBe(digest);
    }
    const swedish = 'Kommunstyrelsen nettar överskott och underskott – å, ä, ö'.repeat(40);
    expect(sha256HexSync(swedish)).toBe(await sha256Hex(swedish));
  });
});

describe('snapshot', () => {
  it('writes canonical JSON: sorted keys, no whitespace, undefined left out', () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: undefined, c: 'x' }] })).toBe('{"a":[true,null,{"c":"x"}],"b":1}');
  });

  it('reads back a written snapshot and re-opens the same state with the same numbers', async () => {
    const search = 'models=ange-today,ange-a&scenario=ifo-shock&seed=3&month=5&runs=200&kappa=0.55&shocks=cost:ifo:5:8,revenue:9:-1.5&sweep=omega';
    const snapshot = await snapshotOf(search);
    expect(snapshot.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const read = await readSnapshot(snapshotText(snapshot), VERSION);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const opened = snapshotState(read.snapshot, shipped);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const original = parseSimulateQuery(search, simulateCatalogue());
    expect(opened.state).toEqual(original.state);
    const scenario = applyEdits(scenarios.get('ifo-shock') ?? original.scenario, opened.state.edits);
    for (const model of read.snapshot.models) {
      expect(resultDigest(runYear(model, scenario, opened.state.seed + EXAMPLE_OFFSET))).toEqual(snapshot.results.find((r) => r.modelId === model.id));
    }
    // Pretty-printed by hand, it is still the same snapshot.
    expect((await readSnapshot(JSON.stringify(JSON.parse(snapshotText(snapshot)), null, 2), VERSION)).ok).toBe(true);
  });

  it('refuses a corrupt file, something else, and a snapshot changed after it was written', async () => {
    const snapshot = await snapshotOf('models=ange-today,ange-a&scenario=ifo-shock&seed=1');
    const text = snapshotText(snapshot);
    const problem = async (input: string) => {
      const read = await readSnapshot(input, VERSION);
      return read.ok ? undefined : read.problem;
    };
    expect(await problem(text.slice(0, text.length / 2))).toEqual({ kind: 'notJson' });
    expect(await problem('[1,2,3]')).toEqual({ kind: 'notSnapshot' });
    expect(await problem(JSON.stringify({ id: 'ange-a' }))).toEqual({ kind: 'notSnapshot' });
    expect(await problem(await altered(snapshot, (d) => (d.seed = 2), false))).toEqual({ kind: 'tampered' });
    expect(await problem(await altered(snapshot, (d) => delete d.hash, false))).toEqual({ kind: 'tampered' });
    expect(await problem(await altered(snapshot, (d) => (d.formatVersion = 1), true))).toEqual({ kind: 'formatVersion', found: '1' });
    expect(await problem('x'.repeat(6 * 1024 * 1024))).toEqual({ kind: 'tooLarge' });
  });

  it('refuses a snapshot from another version of the tool, or with invalid contents', async () => {
    const snapshot = await snapshotOf('models=ange-today,ange-a&scenario=ifo-shock&seed=1');
    const problem = async (change: (d: Record<string, unknown>) => void) => {
      const read = await readSnapshot(await altered(snapshot, change, true), VERSION);
      return read.ok ? undefined : read.problem;
    };
    expect(await problem((d) => (d.appVersion = '0.2.0'))).toEqual({ kind: 'appVersion', found: '0.2.0', current: VERSION });
    expect(await problem((d) => (d.seed = -4))).toEqual({ kind: 'invalidField', field: 'seed' });
    expect(await problem((d) => delete d.exampleSeed)).toEqual({ kind: 'invalidField', field: 'exampleSeed' });
    expect(await problem((d) => (d.runs = 10_000_000))).toEqual({ kind: 'invalidField', field: 'runs' });
    expect(await problem((d) => ((d.scenario as Record<string, unknown>).kappa = 7))).toEqual({ kind: 'invalidScenario' });
    expect(await problem((d) => ((d.models as Record<string, unknown>[])[0] = { id: 'x' }))).toEqual({ kind: 'invalidModel', id: 'x' });
  });

  it('refuses to re-open what this version cannot reproduce exactly', async () => {
    const snapshot = await snapshotOf('models=ange-today,ange-a&scenario=ifo-shock&seed=1');
    const open = async (change: (d: Record<string, unknown>) => void) => {
      const read = await readSnapshot(await altered(snapshot, change, true), VERSION);
      if (!read.ok) return read.problem;
      const state = snapshotState(read.snapshot, shipped);
      return state.ok ? undefined : state.problem;
    };
    const firstModel = (d: Record<string, unknown>) => (d.models as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(await open((d) => (firstModel(d).description = { sv: 'Ändrad', en: 'Changed' }))).toEqual({ kind: 'modelDiffers', id: 'ange-today' });
    expect(await open((d) => (d.scenarioBase = 'hurricane'))).toEqual({ kind: 'unknownScenario', id: 'hurricane' });
    // A difference a link cannot carry (below its precision) would not re-open the same scenario.
    expect(await open((d) => ((d.scenario as Record<string, unknown>).surplusSpendShare = 0.5 + 1e-12))).toEqual({ kind: 'notRepresentable' });
    expect(await open((d) => ((d.results as Record<string, unknown>[])[1] as Record<string, unknown>).resultMsek = 42)).toEqual({
      kind: 'resultsDiffer',
      id: 'ange-a',
    });
    // The numbers are those of the example year: checked against the link's own seed they differ.
    expect(await open((d) => (d.exampleSeed = d.seed))).toEqual({ kind: 'resultsDiffer', id: 'ange-today' });
  });
});

describe('opening a snapshot file', () => {
  it('refuses a 700 MB file by its size without reading it', async () => {
    let read = false;
    const huge = { size: 700 * 1024 * 1024, text: async () => { read = true; return ''; } };
    expect(await readSnapshotFile(huge, VERSION)).toEqual({ ok: false, problem: { kind: 'tooLarge' } });
    expect(read).toBe(false);
  });

  it('reads a file under the limit, and calls an unreadable one not JSON', async () => {
    expect(await readSnapshotFile(new Blob(['{ not json']), VERSION)).toEqual({ ok: false, problem: { kind: 'notJson' } });
    const failing = { size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
    expect(await readSnapshotFile(failing, VERSION)).toEqual({ ok: false, problem: { kind: 'notJson' } });
  });
});
