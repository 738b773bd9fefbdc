// The Simulate view's catalogue built in Node from the shipped files: the valid models, the shipped
// scenarios and their service areas — what the browser bundles (shipped-models.ts, shipped-scenarios.ts).
import { readdirSync, readFileSync } from 'node:fs';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { validateModel } from '@/domain/validate-model';
import type { SimulateCatalogue } from '@/features/simulate/simulate-query';
import { parseScenario } from '@/simulation/load-scenario';

const folder = new URL('../../models/', import.meta.url);

export function shippedModels(): Map<string, Model> {
  const models = new Map<string, Model>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort()) {
    const result = validateModel(JSON.parse(readFileSync(new URL(file, folder), 'utf8')));
    if (result.ok) models.set(result.model.id, result.model);
  }
  return models;
}

export function shippedScenarioMap(): Map<string, Scenario> {
  const scenarios = new Map<string, Scenario>();
  for (const id of ['baseline', 'ifo-shock', 'tax-drop']) {
    const loaded = parseScenario(JSON.parse(readFileSync(new URL(`scenarios/${id}.json`, folder), 'utf8')));
    if (loaded.ok) scenarios.set(id, loaded.scenario);
  }
  return scenarios;
}

export function simulateCatalogue(): SimulateCatalogue {
  const models = shippedModels();
  return {
    models: [...models.keys()],
    invalidModels: ['broken-model'],
    scenarios: shippedScenarioMap(),
    areas: new Set([...models.values()].flatMap((m) => m.serviceAreas.map((a) => a.id))),
  };
}
