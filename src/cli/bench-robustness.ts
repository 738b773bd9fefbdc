// The robustness part of `npm run bench` (issue: default analysis ≤ 2 s in Node on 2 cores, 3
// organisations ≤ 1.5× that, overhead of sampling + analysis ≤ 10 % over plain Monte Carlo): in one run,
// the default scenario-discovery analysis (256 points × 20 paired years) for 2 and for 3 organisations on
// a warmed robustness pool, and plain Monte Carlo of the same number of year runs (2 organisations ×
// 5,120 runs) on a warmed simulation pool of the same size, so the ratio compares like with like.
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { ROBUSTNESS_DEFAULTS } from '@/analysis/robustness-design';
import { LEDGER_PARAMETER_SPACE } from '@/analysis/ledger-parameter-space';
import { quantile } from '@/simulation/quantile';
import { createNodeRobustnessPool } from './node-robustness-pool';
import { createNodeWorkerPool } from './node-worker-pool';

export const ROBUSTNESS_GOALS = { default2WallMs: 2_000, threeOverTwo: 1.5, overheadOverMonteCarlo: 0.1 } as const;

export interface RobustnessBench {
  rows: [string, string, string][];
  results: Record<string, unknown>;
}

const REPEATS = 3;

async function medianWall(run: () => Promise<unknown>): Promise<{ median: number; times: number[] }> {
  const times: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return { median: quantile(times, 0.5), times };
}

export async function benchRobustness(two: readonly Model[], three: readonly Model[], scenario: Scenario, cores: number): Promise<RobustnessBench> {
  const request = { ...ROBUSTNESS_DEFAULTS };
  const yearRuns = request.samples * request.years * two.length;
  const robustnessPool = createNodeRobustnessPool({ size: cores });
  const simulationPool = createNodeWorkerPool({ size: cores });
  let coldStartMs = 0;
  let analyse2: Awaited<ReturnType<typeof medianWall>>;
  let analyse3: Awaited<ReturnType<typeof medianWall>>;
  let monteCarlo: Awaited<ReturnType<typeof medianWall>>;
  try {
    const cold = performance.now();
    await robustnessPool.analyse(two, scenario, LEDGER_PARAMETER_SPACE, { ...request, samples: 16, years: 2 });
    coldStartMs = performance.now() - cold;
    await robustnessPool.analyse(two, scenario, LEDGER_PARAMETER_SPACE, { ...request, samples: 64 });
    await simulationPool.runMonteCarlo(two, scenario, { runs: 600 });
    // Interleaved, so a change in the machine's load hits both alike.
    analyse2 = await medianWall(() => robustnessPool.analyse(two, scenario, LEDGER_PARAMETER_SPACE, request));
    monteCarlo = await medianWall(() => simulationPool.runMonteCarlo(two, scenario, { runs: yearRuns / two.length }));
    analyse3 = await medianWall(() => robustnessPool.analyse(three, scenario, LEDGER_PARAMETER_SPACE, request));
  } finally {
    robustnessPool.dispose();
    simulationPool.dispose();
  }
  const robustnessYearsPerSecondPerCore = yearRuns / (analyse2.median / 1000) / cores;
  const monteCarloYearsPerSecondPerCore = yearRuns / (monteCarlo.median / 1000) / cores;
  const samplesPerSecondPerCore = request.samples / (analyse2.median / 1000) / cores;
  const overhead = analyse2.median / monteCarlo.median - 1;
  const threeOverTwo = analyse3.median / analyse2.median;
  const goals = {
    default2WallMs: analyse2.median <= ROBUSTNESS_GOALS.default2WallMs,
    threeOverTwo: threeOverTwo <= ROBUSTNESS_GOALS.threeOverTwo,
    overheadOverMonteCarlo: overhead <= ROBUSTNESS_GOALS.overheadOverMonteCarlo,
  };
  const fixed = (n: number, digits: number) => n.toFixed(digits);
  const rows: [string, string, string][] = [
    [
      `Robusthet 2 org. ${request.samples} × ${request.years}`,
      `${fixed(analyse2.median, 0)} ms på ${cores} kärnor`,
      `${fixed(samplesPerSecondPerCore, 1)} punkter/s per kärna; ${fixed(robustnessYearsPerSecondPerCore, 0)} år/s per kärna; kallstart ${fixed(coldStartMs, 0)} ms`,
    ],
    [`Monte Carlo samma ${yearRuns} år`, `${fixed(monteCarlo.median, 0)} ms`, `${fixed(monteCarloYearsPerSecondPerCore, 0)} år/s per kärna`],
    [`Robusthet 3 org.`, `${fixed(analyse3.median, 0)} ms`, `${fixed(threeOverTwo, 2)}× två organisationer`],
    ['Mål: robusthet ≤ 2 s', `${fixed(analyse2.median, 0)} ms`, goals.default2WallMs ? 'uppnått' : 'EJ uppnått'],
    ['Mål: 3 org. ≤ 1,5×', `${fixed(threeOverTwo, 2)}×`, goals.threeOverTwo ? 'uppnått' : 'EJ uppnått'],
    ['Mål: merkostnad ≤ 10 %', `${fixed(overhead * 100, 1)} %`, goals.overheadOverMonteCarlo ? 'uppnått' : 'EJ uppnått'],
  ];
  return {
    rows,
    results: {
      robustnessDefault2WallMs: analyse2.median,
      robustnessDefault3WallMs: analyse3.median,
      robustnessThreeOverTwo: threeOverTwo,
      robustnessOverheadOverMonteCarlo: overhead,
      robustnessSamplesPerSecondPerCore: samplesPerSecondPerCore,
      robustnessYearsPerSecondPerCore,
      monteCarloSameYearsWallMs: monteCarlo.median,
      monteCarloYearsPerSecondPerCore,
      robustnessDetails: {
        samples: request.samples,
        years: request.years,
        yearRuns,
        cores,
        coldStartMs,
        wallTimesMs: { two: analyse2.times, three: analyse3.times, monteCarlo: monteCarlo.times },
        goals: ROBUSTNESS_GOALS,
        goalsMet: goals,
      },
    },
  };
}
