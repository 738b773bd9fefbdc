// The first load stays lean (DESIGN §8, a municipality's intranet): the JavaScript named by the built
// dist/index.html (its module script and modulepreloads), gzipped, is at most 150 kB. Views and their
// message namespaces come later, with the view. Runs against the build the e2e project makes first.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain Node script without type declarations
import { INITIAL_JS_BUDGET_BYTES, initialJsSize } from '../../scripts/initial-js-size.mjs';

describe('initial JavaScript', () => {
  it('is at most 150 kB gzip', () => {
    expect(existsSync('dist/index.html'), 'run `vite build` first').toBe(true);
    const { scripts, totalGzipBytes } = initialJsSize('dist') as { scripts: { file: string }[]; totalGzipBytes: number };
    expect(scripts.length).toBeGreaterThan(0);
    // No message namespace of a view and no simulation engine in the first load.
    expect(scripts.map((s) => s.file).filter((f) => /messages-|simulation|run-year|load-scenario/.test(f))).toEqual([]);
    expect(totalGzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });
});
