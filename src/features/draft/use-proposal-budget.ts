// The simulated budget process of the proposal (DESIGN §11, §4.0): the draft and today's organisation run
// through the same simulated years in the page's Web Workers, paired, in the baseline scenario. It runs
// shortly after the draft stops changing (so typing is never slowed), and the document shows
// "being computed" until it is done. A failed or cancelled run leaves the section saying so.
import { useEffect, useRef, useState } from 'react';
import type { Model } from '@/domain/model-schema';
import type { BudgetConsequences } from '@/domain/proposal-document';
import { shippedScenarios } from '@/render/shipped-scenarios';
import { createBrowserWorkerPool } from '@/simulation/browser-worker-pool';
import { distinctIds, pairedConsequences } from '@/simulation/paired-consequences';
import type { SimulationPool } from '@/simulation/simulation-pool';

/** Simulated years per organisation: enough for a stable median and 10–90 % band. */
export const PROPOSAL_YEARS = 200;
const SETTLE_MS = 800;
const SCENARIO_ID = 'baseline';

export type BudgetState = { status: 'idle' | 'running' | 'failed' } | { status: 'done'; result: BudgetConsequences };

export function useProposalBudget(model: Model | undefined, today: Model | undefined, enabled: boolean): BudgetState {
  const [state, setState] = useState<BudgetState>({ status: 'idle' });
  const pool = useRef<SimulationPool | undefined>(undefined);
  useEffect(() => () => pool.current?.dispose(), []);
  useEffect(() => {
    const scenario = shippedScenarios.get(SCENARIO_ID) ?? [...shippedScenarios.values()][0];
    if (!enabled || !model || !today || !scenario) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState((s) => (s.status === 'done' ? s : { status: 'running' }));
    const timer = setTimeout(() => {
      setState({ status: 'running' });
      const [a, b] = distinctIds(model, today);
      pool.current ??= createBrowserWorkerPool();
      pool.current.runMonteCarlo([a, b], scenario, { runs: PROPOSAL_YEARS }).then(
        ({ blocks }) => {
          if (live) setState({ status: 'done', result: pairedConsequences(blocks, a.id, b.id, scenario) });
        },
        () => {
          if (live) setState({ status: 'failed' });
        },
      );
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [model, today, enabled]);
  return state;
}
