// The JavaScript a browser must fetch before the first page can run: the scripts and modulepreloads named
// in dist/index.html, gzipped (as a web server sends them). The budget is 150 kB; views and their message
// namespaces are loaded later and are not counted. `node scripts/initial-js-size.mjs` after `vite build`
// prints the figure and exits 1 above the budget; tests/e2e/initial-js.test.ts checks it too.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 150 * 1000;

/** Each initial script with its gzipped size, and the total. */
export function initialJsSize(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && url !== undefined) files.add(url.replace(/^\.\//, ''));
  }
  const scripts = [...files].map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(distDir, file))).length }));
  return { scripts, totalGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const { scripts, totalGzipBytes } = initialJsSize(dist);
  for (const s of scripts) console.log(`${(s.gzipBytes / 1000).toFixed(1).padStart(7)} kB  ${s.file}`);
  console.log(`${(totalGzipBytes / 1000).toFixed(1).padStart(7)} kB  initial JavaScript, gzip (budget ${INITIAL_JS_BUDGET_BYTES / 1000} kB)`);
  if (totalGzipBytes > INITIAL_JS_BUDGET_BYTES) process.exit(1);
}
