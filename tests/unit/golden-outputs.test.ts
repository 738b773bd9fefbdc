// Golden outputs of `simulate --json` (tests/golden/, written by scripts/write-golden.ts only on purpose):
// one year of every shipped model under every shipped scenario, and the hearing's paired comparison over
// 200 years per scenario. Any change to a money rule, the calendar, the frames or the matter flow shows
// here as a changed figure, to be read and explained before the goldens are rewritten.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCases, goldenOutput } from '../golden/golden-cases';

const root = path.resolve(__dirname, '../..');
const models = readdirSync(path.join(root, 'models'))
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('golden outputs of simulate --json', () => {
  for (const golden of goldenCases(models)) {
    it(golden.file, async () => {
      const expected = readFileSync(path.join(root, 'tests', 'golden', golden.file), 'utf8');
      expect(`${await goldenOutput(golden.args)}\n`).toBe(expected);
    }, 30_000);
  }
});
