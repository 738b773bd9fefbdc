// The CLI as a real process, as a user runs it: exit codes and no stack trace on bad input.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/kommunmodell.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('kommunmodell process', () => {
  it('validates a shipped model with exit 0', () => {
    const result = cli('validate', 'models/munkfors.json');
    expect(result.code).toBe(0);
    expect(result.out).toContain('giltig');
  });

  it('exits 2 with a message and no stack trace for a missing file', () => {
    const result = cli('validate', 'no/such/file.json', '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.err).toContain('The path no/such/file.json does not exist');
    expect(result.err).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
