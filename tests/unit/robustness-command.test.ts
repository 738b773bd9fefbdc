// `robustness A B`: run in-process with captured output — the shares, ranked assumptions and the box per
// headline measure, the JSON contract, reproducibility by seed, and bad arguments in Swedish (English
// with --lang en) with a non-zero exit and no stack trace. Small designs keep it on this thread.
import { describe, expect, it } from 'vitest';
import { noStackTrace, run } from '../fixtures/cli-run';
import { HEADLINE_MEASURES } from '@/analysis/headline-measures';




describe('robustness command', () => {
  it('prints, per headline measure, the shares, the sentence, the box and the ranked assumptions', async () => {
    const { code, out, err } = await run('robustness', 'ange-today', 'ange-a', '--samples', '16', '--years', '3', '--seed', '7');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Robusthet: Ånge i dag mot Ånge förslag A');
    expect(out).toContain('16 punkter i antagandena (latinsk hyperkub, frö 7) × 3 parade år');
    for (const measure of HEADLINE_MEASURES) expect(out).toContain(measure.label.sv);
    expect(out.match(/Andel av antagandena: Ånge i dag (bättre|högre) \d+ %, Ånge förslag A (bättre|högre) \d+ %, för jämnt \d+ %/g)?.length).toBe(HEADLINE_MEASURES.length);
    expect(out).toMatch(/av antagandena\./);
    expect(out).toContain('Antaganden efter inflytande');
    expect(out).toMatch(/ {4}1\. κ – hur mycket|ω|Volatilitet|\d+\. /);
  }, 60_000);

  it('gives the same JSON for the same seed, one entry per measure, with boxes and influence', async () => {
    const args = ['robustness', 'ange-a', 'ange-b', '--samples', '12', '--years', '2', '--seed', '3', '--json'];
    const first = await run(...args);
    const second = await run(...args);
    expect(first.code).toBe(0);
    expect(first.out).toBe(second.out);
    const json = JSON.parse(first.out) as {
      organisations: string[];
      samples: number;
      measures: { measure: string; shares: { first: number; second: number; tooClose: number; noValue: number }; influence: unknown[]; sentence: { sv: string; en: string } }[];
    };
    expect(json.organisations).toEqual(['ange-a', 'ange-b']);
    expect(json.samples).toBe(12);
    expect(json.measures.map((m) => m.measure)).toEqual(HEADLINE_MEASURES.map((m) => m.id));
    for (const m of json.measures) {
      expect(m.shares.first + m.shares.second + m.shares.tooClose).toBeCloseTo(m.shares.noValue === 12 ? 0 : 1, 6);
      expect(m.influence.length).toBeGreaterThan(10);
      expect(m.sentence.sv.length).toBeGreaterThan(20);
    }
  }, 60_000);

  it('narrows and fixes assumptions from --range and --fix', async () => {
    const { code, out } = await run('robustness', 'ange-today', 'ange-a', '--samples', '8', '--years', '1', '--fix', 'kappa=0.5,remedyReserve=nej', '--range', 'omega=0.2:0.4', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { fixed: Record<string, unknown>; assumptions: { id: string; min: number; max: number }[] };
    expect(json.fixed).toEqual({ kappa: 0.5, remedyReserve: false });
    expect(json.assumptions.find((a) => a.id === 'omega')).toMatchObject({ min: 0.2, max: 0.4 });
    expect(json.assumptions.some((a) => a.id === 'kappa')).toBe(false);
  }, 60_000);

  it('rejects bad arguments with a Swedish message, a non-zero exit and no stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['robustness', 'ange-a'], /Ange två eller tre modeller/],
      [['robustness', 'ange-a', 'ange-a'], /Samma modell finns med två gånger/],
      [['robustness', 'ange-a', 'ange-b', '--samples', 'many'], /--samples ska vara ett heltal/],
      [['robustness', 'ange-a', 'ange-b', '--samples', '2'], /--samples ska vara minst 8/],
      [['robustness', 'ange-a', 'ange-b', '--years', '0'], /--years ska vara minst 1/],
      [['robustness', 'ange-a', 'ange-b', '--seed', '1.5'], /--seed ska vara ett heltal/],
      [['robustness', 'ange-a', 'ange-b', '--fix', 'nonsense=1'], /okänt antagande "nonsense"/],
      [['robustness', 'ange-a', 'ange-b', '--fix', 'kappa=7'], /kappa ska ligga mellan 0–1/],
      [['robustness', 'ange-a', 'ange-b', '--range', 'kappa=0.9:0.1'], /Intervallet för kappa ska skrivas lägst:högst/],
      [['robustness', 'ange-a', 'nowhere'], /nowhere/],
      [['robustness', 'ange-a', 'ange-b', '--scenario', 'nope'], /Scenariot "nope" kan inte användas/],
    ];
    for (const [argv, message] of cases) {
      const { code, err } = await run(...argv);
      expect(code, argv.join(' ')).toBeGreaterThan(0);
      expect(err, argv.join(' ')).toMatch(message);
      noStackTrace(err);
    }
    const english = await run('robustness', 'ange-a', '--lang', 'en');
    expect(english.err).toMatch(/Give two or three models/);
  }, 60_000);
});
