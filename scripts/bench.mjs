// `npm run bench`: the benchmark (src/cli/bench.ts) run on the code as it ships. The benchmark and the
// worker entries are bundled with esbuild into node_modules/.cache first, as Vite bundles the browser's
// simulation worker, so the figures are those of plain JavaScript and not of the TypeScript loader
// (tsx), whose per-function name wrappers and start-up add time that no user ever waits for.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'node_modules', '.cache', 'kommunmodell-bench');
try {
  await build({
    absWorkingDir: root,
    entryPoints: {
      bench: 'src/cli/bench.ts',
      'node-simulation-worker': 'src/cli/node-simulation-worker.ts',
      'node-robustness-worker': 'src/cli/node-robustness-worker.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    outExtension: { '.js': '.mjs' },
    tsconfig: path.join(root, 'tsconfig.json'),
    // Bundled CommonJS dependencies may call require.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
} catch {
  console.error('Benchmarken kunde inte byggas (se felen ovan). / The benchmark could not be built (see the errors above).');
  process.exit(1);
}
process.env.KOMMUNMODELL_ROOT = root;
await import(pathToFileURL(path.join(outdir, 'bench.mjs')).href);
