// The command line's input hygiene (src/cli/cli-io.ts, cli-args.ts): a path that is not a regular
// readable file under 5 MB is named for what it is — for models, for `validate` and for `--scenario` —
// before anything is read; a bad number gets one message with the option's real range; and control
// characters in anything printed (a model name holding ESC[2J) are escaped, never sent to the terminal.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable, readTextFile, type CliIo } from '@/cli/cli-io';
import { runCli } from '@/cli/main';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kommunmodell-hygiene-'));
const fifo = path.join(tmp, 'fifo');
execFileSync('mkfifo', [fifo]);
symlinkSync(path.join(tmp, 'loop-b'), path.join(tmp, 'loop-a'));
symlinkSync(path.join(tmp, 'loop-a'), path.join(tmp, 'loop-b'));
const big = path.join(tmp, 'big.json');
writeFileSync(big, Buffer.alloc(6 * 1024 * 1024, 0x20));

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), readText: readTextFile, modelsDir: path.resolve('models') };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const cases: [string, string, string][] = [
  ['a FIFO', fifo, 'namngiven rörledning (FIFO)'],
  ['/dev/zero', '/dev/zero', 'enhetsfil'],
  ['a symbolic-link loop', path.join(tmp, 'loop-a'), 'symbolisk länk i en slinga'],
  ['a folder', tmp, 'är en mapp'],
  ['a 6 MB file', big, 'största tillåtna storlek är 5 MB'],
  ['a missing file', path.join(tmp, 'nothing.json'), 'finns inte'],
];

describe('paths that are not regular files', () => {
  it.each(cases)('names %s as a model, a file to validate and a --scenario', async (_what, file, words) => {
    for (const argv of [['validate', file], ['describe', file], ['simulate', 'munkfors', '--scenario', file]]) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBeGreaterThan(0);
      expect(result.err, argv.join(' ')).toContain(words);
      expect(result.err).not.toContain('Hittar inget scenario');
    }
  });
});

describe('numbers', () => {
  it('gives one message with the real range for -5, 0, a word and a number too large', async () => {
    for (const value of ['-5', '0', 'många', '1000001']) {
      const result = await run('simulate', 'munkfors', '--runs', value);
      expect(result.code).toBe(2);
      expect(result.err.trim()).toBe(`--runs ska vara ett heltal mellan 1 och 100000, inte ${JSON.stringify(value)}.`);
    }
    expect((await run('seats', 'munkfors', '--seed', '-1', '--lang', 'en')).err).toContain('--seed must be a whole number from 0 to');
  });
});

describe('control characters', () => {
  it('escapes ESC, C1 controls, DEL and bidi overrides, and keeps newlines and tabs', () => {
    expect(printable('a\u001b[2Jb\u009b\u007f\u202e\n\tc')).toBe('a\\u001b[2Jb\\u009b\\u007f\\u202e\n\tc');
  });

  it('never prints a control character from a model name', async () => {
    const model = JSON.parse(readFileSync('models/munkfors.json', 'utf8')) as { name: { sv: string }; id: string };
    model.name.sv = 'Rensa\u001b[2J\u001b[HSkärmen';
    const file = path.join(tmp, 'esc.json');
    writeFileSync(file, JSON.stringify(model));
    for (const argv of [['describe', file], ['describe', file, '--json'], ['validate', file]]) {
      const result = await run(...argv);
      // eslint-disable-next-line no-control-regex
      expect(result.out + result.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    expect((await run('describe', file)).out).toContain('Rensa\\u001b[2J');
  });
});
