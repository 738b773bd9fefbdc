// A snapshot of a simulation result (DESIGN §9): a self-contained JSON file with the models, the scenario
// (with every edit), the seed, the runs, the month shown, the app version and the key numbers of the
// example year, sealed with a SHA-256 hash of its canonical JSON. Opening it re-creates the exact view;
// a file that is not a snapshot, has been changed after it was written (the hash no longer matches), comes
// from another version of the tool, or whose numbers this version does not reproduce is refused with a
// message and changes nothing.
//
// Canonical JSON: object keys sorted by code unit, no whitespace, numbers as JSON.stringify writes them
// (the shortest text that reads back as the same double), properties whose value is undefined left out.
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { validateModel } from '@/domain/validate-model';
import { parseScenario } from '@/simulation/load-scenario';
import { SWEEP_PARAMETERS, type SweepParameter } from '@/simulation/monte-carlo';
import { runYear, type YearResult } from '@/simulation/run-year';
import { canonicalJson } from '@/domain/canonical-json';
import { sha256Hex } from '@/domain/sha256';
import { editsBetween, applyEdits, MAX_RUNS, MAX_SEED, type SimulateState } from './simulate-query';

export const SNAPSHOT_FORMAT = 'kommunmodell.simulation-snapshot';
/** 2: the example year's own seed is kept (`exampleSeed`), since the example year is the median one. */
export const SNAPSHOT_FORMAT_VERSION = 2;
/** Three models and a scenario are some hundred kilobytes at most. */
export const MAX_SNAPSHOT_BYTES = 5 * 1024 * 1024;

/** The example year's key numbers, so a reader (and the import) can check the result is the same. */
export interface SnapshotResult {
  modelId: string;
  resultMsek: number;
  trappedSurplusMsek: number;
  budgetDecisions: number;
  allocativeLossMsek: number;
  leadTimeMedianDays: number;
}

export interface SnapshotBody {
  format: typeof SNAPSHOT_FORMAT;
  formatVersion: typeof SNAPSHOT_FORMAT_VERSION;
  appVersion: string;
  /** The shipped scenario the edits start from. */
  scenarioBase: string;
  models: Model[];
  scenario: Scenario;
  seed: number;
  /** The seed of the example year whose numbers `results` holds (the year nearest the median). */
  exampleSeed: number;
  runs: number;
  /** 0 = January … 11 = December. */
  month: number;
  sweep: SweepParameter;
  results: SnapshotResult[];
}

export interface Snapshot extends SnapshotBody {
  /** "sha256:" + the hex digest of the canonical JSON of everything else. */
  hash: string;
}

export type SnapshotProblem =
  | { kind: 'tooLarge' | 'notJson' | 'notSnapshot' | 'tampered' | 'invalidScenario' | 'notRepresentable' }
  | { kind: 'formatVersion'; found: string }
  | { kind: 'appVersion'; found: string; current: string }
  | { kind: 'invalidField'; field: string }
  | { kind: 'invalidModel' | 'unknownModel' | 'modelDiffers' | 'resultsDiffer'; id: string }
  | { kind: 'unknownScenario'; id: string };

export type SnapshotRead = { ok: true; snapshot: Snapshot } | { ok: false; problem: SnapshotProblem };

export function resultDigest(result: YearResult): SnapshotResult {
  return {
    modelId: result.modelId,
    resultMsek: result.budgetYear.resultMsek,
    trappedSurplusMsek: result.budgetYear.trappedSurplusMsek,
    budgetDecisions: result.budgetYear.decisions,
    allocativeLossMsek: result.frameSetting.allocativeLossMsek,
    leadTimeMedianDays: result.matters.leadTime.median,
  };
}

async function hashOf(body: unknown): Promise<string> {
  return `sha256:${await sha256Hex(canonicalJson(body))}`;
}

export async function createSnapshot(body: Omit<SnapshotBody, 'format' | 'formatVersion'>): Promise<Snapshot> {
  const full: SnapshotBody = { format: SNAPSHOT_FORMAT, formatVersion: SNAPSHOT_FORMAT_VERSION, ...body };
  return { ...full, hash: await hashOf(full) };
}

/** The snapshot as the text of a file: the canonical JSON, so the file itself is what was hashed. */
export function snapshotText(snapshot: Snapshot): string {
  return canonicalJson(snapshot);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * Reads a chosen file as a snapshot. A file larger than MAX_SNAPSHOT_BYTES is refused by its size before
 * any of it is read (a 700 MB file is never loaded into memory), and one that cannot be read is "not JSON".
 */
export async function readSnapshotFile(file: Pick<Blob, 'size' | 'text'>, appVersion: string): Promise<SnapshotRead> {
  if (file.size > MAX_SNAPSHOT_BYTES) return { ok: false, problem: { kind: 'tooLarge' } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  return readSnapshot(text, appVersion);
}

/**
 * Reads a snapshot file: it must be JSON, a snapshot of this format version, unchanged since it was
 * written (the hash), from this version of the tool, and hold valid models and a valid scenario.
 */
export async function readSnapshot(text: string, appVersion: string): Promise<SnapshotRead> {
  const fail = (problem: SnapshotProblem): SnapshotRead => ({ ok: false, problem });
  if (text.length > MAX_SNAPSHOT_BYTES) return fail({ kind: 'tooLarge' });
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail({ kind: 'notJson' });
  }
  if (!isRecord(data) || data.format !== SNAPSHOT_FORMAT) return fail({ kind: 'notSnapshot' });
  if (data.formatVersion !== SNAPSHOT_FORMAT_VERSION) return fail({ kind: 'formatVersion', found: String(data.formatVersion).slice(0, 20) });
  const { hash, ...body } = data;
  if (typeof hash !== 'string' || hash !== (await hashOf(body))) return fail({ kind: 'tampered' });
  if (typeof data.appVersion !== 'string') return fail({ kind: 'invalidField', field: 'appVersion' });
  if (data.appVersion !== appVersion) return fail({ kind: 'appVersion', found: data.appVersion.slice(0, 40), current: appVersion });
  if (!Array.isArray(data.models) || data.models.length < 1 || data.models.length > 3) return fail({ kind: 'invalidField', field: 'models' });
  const models: Model[] = [];
  for (const raw of data.models) {
    const checked = validateModel(raw);
    if (!checked.ok) return fail({ kind: 'invalidModel', id: String(isRecord(raw) ? raw.id : '?').slice(0, 64) });
    models.push(checked.model);
  }
  const scenario = parseScenario(data.scenario);
  if (!scenario.ok) return fail({ kind: 'invalidScenario' });
  if (typeof data.scenarioBase !== 'string') return fail({ kind: 'invalidField', field: 'scenarioBase' });
  if (!isIntegerIn(data.seed, 0, MAX_SEED)) return fail({ kind: 'invalidField', field: 'seed' });
  if (!isIntegerIn(data.exampleSeed, 0, MAX_SEED)) return fail({ kind: 'invalidField', field: 'exampleSeed' });
  if (!isIntegerIn(data.runs, 1, MAX_RUNS)) return fail({ kind: 'invalidField', field: 'runs' });
  if (!isIntegerIn(data.month, 0, 11)) return fail({ kind: 'invalidField', field: 'month' });
  const sweep = SWEEP_PARAMETERS.find((p) => p === data.sweep);
  if (sweep === undefined) return fail({ kind: 'invalidField', field: 'sweep' });
  if (!Array.isArray(data.results) || !data.results.every(isRecord)) return fail({ kind: 'invalidField', field: 'results' });
  const results = data.results as unknown as SnapshotResult[];
  return {
    ok: true,
    snapshot: {
      format: SNAPSHOT_FORMAT,
      formatVersion: SNAPSHOT_FORMAT_VERSION,
      appVersion: data.appVersion,
      scenarioBase: data.scenarioBase,
      models,
      scenario: scenario.scenario,
      seed: data.seed,
      exampleSeed: data.exampleSeed,
      runs: data.runs,
      month: data.month,
      sweep,
      results,
      hash,
    },
  };
}

/** A scenario's numbers and choices, without its texts (names, descriptions, shock labels). */
function scenarioNumbers(scenario: Scenario): string {
  const { name: _name, description: _description, $schema: _schema, id: _id, status: _status, ...rest } = scenario;
  return canonicalJson({
    ...rest,
    budgetProcess: scenario.budgetProcess ?? 'bottomUp',
    shocks: scenario.shocks.map(({ label: _label, ...shock }) => shock),
  });
}

/**
 * The view state that re-opens a snapshot with the models and scenarios this version ships: every model
 * must be identical to the shipped one of its id, the scenario must be expressible as edits of its base
 * (what a link can carry), and re-running the example year must give the snapshot's numbers exactly.
 */
export function snapshotState(
  snapshot: Snapshot,
  shipped: { models: ReadonlyMap<string, Model>; scenarios: ReadonlyMap<string, Scenario> },
): { ok: true; state: SimulateState } | { ok: false; problem: SnapshotProblem } {
  for (const model of snapshot.models) {
    const own = shipped.models.get(model.id);
    if (own === undefined) return { ok: false, problem: { kind: 'unknownModel', id: model.id } };
    if (canonicalJson(own) !== canonicalJson(model)) return { ok: false, problem: { kind: 'modelDiffers', id: model.id } };
  }
  const base = shipped.scenarios.get(snapshot.scenarioBase);
  if (base === undefined) return { ok: false, problem: { kind: 'unknownScenario', id: snapshot.scenarioBase.slice(0, 64) } };
  const edits = editsBetween(base, snapshot.scenario);
  const rebuilt = applyEdits(base, edits);
  if (scenarioNumbers(rebuilt) !== scenarioNumbers(snapshot.scenario)) return { ok: false, problem: { kind: 'notRepresentable' } };
  for (const model of snapshot.models) {
    const expected = snapshot.results.find((r) => r.modelId === model.id);
    const actual = resultDigest(runYear(model, rebuilt, snapshot.exampleSeed));
    if (expected === undefined || canonicalJson(expected) !== canonicalJson(actual)) {
      return { ok: false, problem: { kind: 'resultsDiffer', id: model.id } };
    }
  }
  return {
    ok: true,
    state: {
      models: snapshot.models.map((m) => m.id),
      scenarioId: snapshot.scenarioBase,
      seed: snapshot.seed,
      month: snapshot.month,
      runs: snapshot.runs,
      sweep: snapshot.sweep,
      edits,
    },
  };
}
