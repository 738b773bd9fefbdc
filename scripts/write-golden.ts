// Writes the golden outputs of `simulate --json` (tests/golden/): one year of every shipped model under
// every shipped scenario, and the paired many-year report of the hearing's three Ånge organisations per
// scenario. Run it only on purpose, after a change to the engine whose effect you have read and can
// explain (`npx tsx scripts/write-golden.ts`); tests/unit/golden-outputs.test.ts fails until they match.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenCases, goldenOutput } from '../tests/golden/golden-cases';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'tests', 'golden');
mkdirSync(dir, { recursive: true });
const models = readdirSync(join(root, 'models')).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).map((f) => f.replace(/\.json$/, ''));
for (const golden of goldenCases(models)) {
  writeFileSync(join(dir, golden.file), `${await goldenOutput(golden.args)}\n`);
  console.log(`wrote tests/golden/${golden.file}`);
}
