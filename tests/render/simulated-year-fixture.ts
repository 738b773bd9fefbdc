// Fixed simulated years for the Simulate view's layout tests: the shipped Ånge models (the committee
// organisation of today and proposal A, KS with utskott) under the shipped scenarios, seed 1 — the
// example the issue names. Read from models/ in Node, validated, and run once per test file.
import { readFileSync } from 'node:fs';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { validateModel } from '@/domain/validate-model';
import { parseScenario } from '@/simulation/load-scenario';
import { runYear, type YearResult } from '@/simulation/run-year';

export function shippedModel(id: string): Model {
  const result = validateModel(JSON.parse(readFileSync(new URL(`../../models/${id}.json`, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(`model ${id} does not validate`);
  return result.model;
}

export function shippedScenario(id: string): Scenario {
  const loaded = parseScenario(JSON.parse(readFileSync(new URL(`../../models/scenarios/${id}.json`, import.meta.url), 'utf8')));
  if (!loaded.ok) throw new Error(`scenario ${id} does not validate`);
  return loaded.scenario;
}

export function simulatedYear(modelId: string, scenarioId: string, seed = 1): { model: Model; result: YearResult } {
  const model = shippedModel(modelId);
  return { model, result: runYear(model, shippedScenario(scenarioId), seed) };
}

export const MONTHS_SV = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Plain words for the layouts: body and area names from the model, a fixed label per event. */
export function wordsFor(model: Model) {
  const names = new Map([...model.bodies, ...model.serviceAreas].map((item) => [item.id, item.name.sv]));
  return {
    nameOf: (id: string) => names.get(id) ?? id,
    holderLabel: (id: string) => names.get(id) ?? id,
    event: (facts: { kind: string; day: number; record: { holder: string } }) => ({
      mark: facts.kind === 'covered' ? 'B' : 'U',
      label: `${facts.kind} ${facts.record.holder} dag ${facts.day}`,
    }),
  };
}
