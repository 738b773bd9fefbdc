// The command line, run in-process with captured output: every command, every exit code, bad input.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noStackTrace, run } from '../fixtures/cli-run';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kommunmodell-cli-'));

function write(name: string, content: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}



describe('validate', () => {
  it('validates a KommunKompassen profile as a profile, listing its errors with paths', async () => {
    const ok = await run('validate', 'models/evaluations/vannas-2016.json');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('vannas-2016.json: giltig (0 fel, 0 varningar)');
    const broken = write('profil.json', JSON.stringify({ framework: 'kommunkompassen', id: 'x', areas: [{ area: 9 }] }));
    const bad = await run('validate', broken);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('areas[0].area');
    expect(bad.out).toContain('municipality');
  });

  it('accepts every shipped model with exit 0', async () => {
    const result = await run('validate', 'models/munkfors.json', 'models/ange-today.json', 'models/ange-a.json');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('models/munkfors.json: giltig');
  });

  it('accepts `validate models/*.json` with no warning, naming and skipping the JSON Schema files', async () => {
    const files = readdirSync('models')
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => `models/${f}`);
    expect(files).toContain('models/model.schema.json');
    const result = await run('validate', ...files);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    for (const file of files) {
      expect(result.out).toContain(
        file.endsWith('.schema.json') ? `${file}: ett JSON Schema (det beskriver filer men är ingen modell); hoppas över` : `${file}: giltig (0 fel, 0 varningar)`,
      );
    }
    // A file that only claims json-schema.org but is broken JSON is still checked, and fails.
    const broken = await run('validate', write('schema-like.json', '{"$schema": "http://json-schema.org/draft-07/schema#", "id":'));
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('Ogiltig JSON');
    noStackTrace(broken.out + broken.err);
  });

  it('reports every error of an invalid file in Swedish, and in English with --lang en, exit 1', async () => {
    const file = write('bad.json', JSON.stringify({ id: 'Bad Id', bodies: [], extra: 1 }));
    const sv = await run('validate', file);
    expect(sv.code).toBe(1);
    expect(sv.out).toContain('ogiltig');
    expect(sv.out).toMatch(/fel\s+extra/);
    const en = await run('validate', file, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.out).toContain('invalid');
    noStackTrace(sv.out + sv.err + en.out + en.err);
  });

  it('reports a JSON syntax error with its line, exit 1', async () => {
    const file = write('syntax.json', '{\n  "id": "x",\n  oops\n}');
    const result = await run('validate', file);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/rad 3|line 3/);
    noStackTrace(result.out + result.err);
  });

  it('says exit 2 for a file that cannot be read, and the worst code wins', async () => {
    const missing = await run('validate', path.join(tmp, 'missing.json'), 'models/munkfors.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('finns inte');
    expect(missing.out).toContain('giltig');
  });

  it('refuses files over 5 MB with a message, exit 2', async () => {
    const file = write('huge.json', '"' + 'x'.repeat(5 * 1024 * 1024 + 10) + '"');
    const result = await run('validate', file);
    expect(result.code).toBe(2);
    expect(result.err).toContain('största tillåtna storlek är 5 MB');
  });

  it('reports __proto__ keys, huge numbers and a cycle without crashing', async () => {
    const text = await import('node:fs').then((fs) => fs.readFileSync('models/munkfors.json', 'utf8'));
    const model = JSON.parse(text);
    model.bodies[1].members = 1e308;
    model.bodies[0].parent = model.bodies[1].id;
    model.bodies[1].parent = model.bodies[0].id;
    const json = JSON.stringify(model).replace('{', '{"__proto__":{"polluted":true},');
    const result = await run('validate', write('hostile.json', json));
    expect(result.code).toBe(1);
    expect(result.out).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    noStackTrace(result.out + result.err);
  });

  it('asks for a file when none is given', async () => {
    const result = await run('validate');
    expect(result.code).toBe(2);
    expect(result.err).toContain('Ange minst en modellfil');
  });
});

describe('describe', () => {
  it('prints derived facts for a shipped id', async () => {
    const result = await run('describe', 'munkfors');
    expect(result.code).toBe(0);
    expect(result.out).toContain('kommunstyrelse med utskott');
    expect(result.out).toContain('Effektivt antal budgetansvariga');
  });

  it('prints JSON with the facts for a path', async () => {
    const result = await run('describe', 'models/ange-today.json', '--json');
    expect(result.code).toBe(0);
    const facts = JSON.parse(result.out);
    expect(facts.model).toBe('ange-today');
    expect(facts.organisationKind).toBe('committees');
    expect(facts.effectiveBudgetHolders).toBeGreaterThan(1);
    expect(facts.councilSeats.ordinary).toBe(35);
    expect(facts.budgetHolders).toHaveLength(5);
    expect(facts.overallStatus).toBe('partly');
    expect(facts.statuses).toMatchObject({ councilSeats: 'documented', bodies: 'documented', seats: 'example', totalNetCostMsek: 'example' });
  });

  it('marks each figure by its own status: KF 35 + 24 documented, the seats of the nämnder examples', async () => {
    const lines = (await run('describe', 'ange-today')).out.split('\n');
    expect(lines.find((l) => l.startsWith('Platser i fullmäktige'))).toMatch(/35 \+ 24$/);
    expect(lines.find((l) => l.startsWith('Politiska organ'))).toMatch(/ 8$/);
    expect(lines.find((l) => l.startsWith('Platser utom KF'))).toMatch(/\(exempel\)$/);
    expect(lines.find((l) => l.startsWith('Status'))).toContain('delvis belagd');
  });

  it('exits 2 for an unknown model and 1 for an invalid one', async () => {
    expect((await run('describe', 'no-such-model')).code).toBe(2);
    const invalid = await run('describe', write('invalid.json', '{"id":"x"}'));
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('ogiltig modellfil');
  });
});

describe('seats', () => {
  it('says next to each figure a lot moves that it depends on a lot, with the range over every outcome', async () => {
    const sv = await run('seats', 'munkfors');
    expect(sv.code).toBe(0);
    expect(sv.out).toContain('Gallaghers index: 15.90 (beror på lottning: 8.47–15.90)');
    expect(sv.out).toContain('Lotten avgör platser: 3 möjliga utfall (alla räknade).');
    expect(sv.out).toMatch(/\n {2}S {8}66 \(beror på lottning: 59–66\)/);
    expect(sv.out).toMatch(/\nks +7\+15 .*\* beror på lottning/);
    expect(sv.out).not.toMatch(/\nmiljo-byggnamnd .*lottning/);
    const en = await run('seats', 'munkfors', '--lang', 'en', '--seed', '2', '--json');
    const json = JSON.parse(en.out);
    expect(json.lotRange.outcomes).toBe(3);
    expect(json.lotRange.gallagherIndex.min).toBeCloseTo((100 * Math.sqrt(383)) / 231, 10);
    expect(json.gallagherIndex).toBeGreaterThanOrEqual(json.lotRange.gallagherIndex.min);
    const none = await run('seats', 'norsjo');
    expect(none.out).not.toContain('lottning');
  });

  it("reproduces SKR's worked example: 31 → 7 gives A 4, B 1, C 1, G 1 (D)", async () => {
    const result = await run('seats', '--council', 'A=17,B=5,C=5,D=2,E=1,F=1', '--cooperation', 'G=D+E+F', '--size', '7', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json.size).toBe(7);
    expect(json.groupSeats).toEqual({ A: 4, B: 1, C: 1, G: 1 });
    expect(json.seats).toMatchObject({ A: 4, B: 1, C: 1, D: 1 });
    expect(json.lots.length).toBeGreaterThan(0);
    expect(json.lots[0].tiedGroups).toEqual(['B', 'C']);
    expect(json.lots[0].decided).toBe('order');
  });

  it('prints seats per body for a model, the same for the same seed', async () => {
    const a = await run('seats', 'munkfors', '--seed', '7');
    const b = await run('seats', 'munkfors', '--seed', '7');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out).toContain('Gallaghers index');
    const json = JSON.parse((await run('seats', 'munkfors', '--json')).out);
    const ks = json.bodies.find((body: { kind: string }) => body.kind === 'executiveBoard');
    expect(Object.values(ks.members).reduce((s: number, n) => s + (n as number), 0)).toBe(9);
    expect(Object.values(ks.substitutes).reduce((s: number, n) => s + (n as number), 0)).toBe(22);
  });

  it('rejects malformed council, cooperation, size and seed options', async () => {
    for (const argv of [
      ['seats', '--council', 'A=x', '--size', '3'],
      ['seats', '--council', 'A=3,A=4', '--size', '3'],
      ['seats', '--council', 'A=3,B=4', '--cooperation', 'G=A+Z', '--size', '3'],
      ['seats', '--council', 'A=3,B=4', '--size', '-1'],
      ['seats', '--council', 'A=3,B=4'],
      ['seats', 'munkfors', '--seed', '1e9999'],
      ['seats', 'munkfors', '--bogus'],
    ]) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err.length).toBeGreaterThan(0);
      noStackTrace(result.err);
    }
  });
});

describe('usage', () => {
  it('prints usage for help, exit 0, and rejects unknown commands', async () => {
    const help = await run('--help', '--lang', 'en');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: kommunmodell');
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Okänt kommando');
  });
});
