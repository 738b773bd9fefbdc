// The scenarios shipped in models/scenarios/, bundled into the site and validated once at start-up
// (src/simulation/load-scenario.ts); shared by the Simulate view and the About page. A file that fails
// validation is left out; the views name the scenarios they have.
import type { Scenario } from '@/domain/scenario-schema';
import { parseScenario, SHIPPED_SCENARIO_IDS } from '@/simulation/load-scenario';

const files = import.meta.glob<unknown>('../../models/scenarios/*.json', { eager: true, import: 'default' });

function load(): Map<string, Scenario> {
  const scenarios = new Map<string, Scenario>();
  const byId = new Map<string, Scenario>();
  for (const json of Object.values(files)) {
    const loaded = parseScenario(json);
    if (loaded.ok) byId.set(loaded.scenario.id, loaded.scenario);
  }
  // The order of SHIPPED_SCENARIO_IDS (baseline first), then any others by id.
  for (const id of SHIPPED_SCENARIO_IDS) {
    const scenario = byId.get(id);
    if (scenario) scenarios.set(id, scenario);
  }
  for (const [id, scenario] of [...byId.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (!scenarios.has(id)) scenarios.set(id, scenario);
  }
  return scenarios;
}

export const shippedScenarios: ReadonlyMap<string, Scenario> = load();
