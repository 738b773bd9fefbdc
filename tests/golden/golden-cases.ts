// The golden cases of `simulate --json`, shared by scripts/write-golden.ts (which writes them) and
// tests/unit/golden-outputs.test.ts (which checks them): every shipped model under every shipped
// scenario for one year (seed 1), and the hearing's paired comparison ange-today, ange-a, ange-b over
// 200 paired years per scenario.
import { readFileSync } from 'node:fs';
import { runSimulateCommand } from '../../src/cli/simulate-command';

export const GOLDEN_SCENARIOS = ['baseline', 'ifo-shock', 'tax-drop'] as const;
export const PAIRED_RUNS = 200;

export interface GoldenCase {
  file: string;
  args: string[];
}

export function goldenCases(models: readonly string[]): GoldenCase[] {
  const cases: GoldenCase[] = [];
  for (const scenario of GOLDEN_SCENARIOS) {
    for (const model of [...models].sort()) cases.push({ file: `${model}.${scenario}.json`, args: [model, '--scenario', scenario, '--json'] });
    cases.push({
      file: `paired.ange.${scenario}.json`,
      args: ['ange-today', 'ange-a', 'ange-b', '--scenario', scenario, '--runs', String(PAIRED_RUNS), '--json'],
    });
  }
  return cases;
}

/** The CLI's JSON for `args`, run in this process (throws on a non-zero exit). */
export async function goldenOutput(args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await runSimulateCommand(args, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    readFile: (file) => readFileSync(file, 'utf8'),
  });
  if (code !== 0) throw new Error(`simulate ${args.join(' ')} exited ${code}: ${err}`);
  return out;
}
