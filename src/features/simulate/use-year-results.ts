// One example year per model, run on the main thread so a slider redraws at once: the seed-independent
// part (frames, the budget plan, the calendars) is prepared once per model and scenario (prepareYear), and
// only the seeded year is re-run when the seed changes (runPreparedYear). A month change re-runs nothing.
import { useMemo } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { prepareYear, runPreparedYear, type YearResult } from '@/simulation/run-year';

export function useYearResults(models: readonly Model[], scenario: Scenario, seed: number): YearResult[] {
  const setups = useMemo(() => models.map((model) => prepareYear(model, scenario)), [models, scenario]);
  return useMemo(() => setups.map((setup) => runPreparedYear(setup, seed)), [setups, seed]);
}
