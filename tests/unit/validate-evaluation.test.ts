// A broken or hostile profile file is refused with every problem at once, each with its path and a
// Swedish and English message: unknown and duplicated keys, `__proto__`, a file over 1 MB, scores above
// their maximum, a missing or repeated area, a total that is not the sum, an unknown source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvaluationText, validateEvaluation } from '@/domain/validate-evaluation';

const vannasText = readFileSync(new URL('../../models/evaluations/vannas-2016.json', import.meta.url), 'utf8');
type Json = Record<string, unknown> & { areas: (Record<string, unknown> & { subQuestions: Record<string, unknown>[] })[] };
const vannas = (): Json => JSON.parse(vannasText) as Json;
const codes = (issues: { code: string; path: string }[]) => issues.map((i) => `${i.code} @ ${i.path}`);

describe('validateEvaluation', () => {
  it('reports every unknown key, `__proto__` among them, with its path', () => {
    const profile = vannas();
    profile.colour = 'red';
    Object.defineProperty(profile.areas[3], '__proto__', { value: {}, enumerable: true });
    (profile.areas[0]?.subQuestions[1] as Record<string, unknown>).weight = 2;
    const result = validateEvaluation(profile);
    expect(result.ok).toBe(false);
    expect(codes(result.errors)).toEqual(
      expect.arrayContaining([
        'schema.unknown-key @ colour',
        'schema.forbidden-key @ areas[3].__proto__',
        'schema.unknown-key @ areas[0].subQuestions[1].weight',
      ]),
    );
  });

  it('finds a score above its maximum, a duplicated and a missing area, a wrong total and an unknown source at once', () => {
    const profile = vannas();
    const area4 = profile.areas[3] as Json['areas'][number];
    (area4.subQuestions[1] as Record<string, unknown>).score = 12;
    (profile.areas[7] as Record<string, unknown>).area = 1;
    (profile.areas[0] as Record<string, unknown>).sources = ['nowhere'];
    const result = validateEvaluation(profile);
    expect(codes(result.errors)).toEqual(
      expect.arrayContaining([
        'evaluation.sub-question-over-max @ areas[3].subQuestions[1].score',
        'evaluation.area-duplicate @ areas[7].area',
        'evaluation.area-missing @ areas',
        'evaluation.source-unknown @ areas[0].sources[0]',
        'evaluation.sub-question-area @ areas[7].subQuestions[0].id',
      ]),
    );
    const total = validateEvaluation({ ...vannas(), total: 461 });
    expect(codes(total.errors)).toEqual(['evaluation.total @ total']);
    expect(total.errors[0]?.message.sv).toBe('Totalen är 461, men områdenas poäng summerar till 460.');
  });

  it('warns when the sub-scores stray further from the area score than rounding explains', () => {
    const profile = vannas();
    (profile.areas[6] as Record<string, unknown>).score = 40;
    const result = validateEvaluation(profile);
    expect(codes(result.warnings)).toEqual(['evaluation.sub-question-sum @ areas[6].score']);
    expect(codes(result.errors)).toEqual(['evaluation.total @ total']);
  });

  it('accepts a profile of area scores only, without sub-questions', () => {
    const profile = vannas();
    for (const area of profile.areas) {
      area.subQuestions = [];
      delete area.quotes;
      delete area.note;
      delete area.tableTotal;
    }
    const result = validateEvaluation(profile);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('parseEvaluationText', () => {
  it('names a duplicated key with line and column', () => {
    const text = vannasText.replace('"year": 2016,', '"year": 2016,\n  "year": 2017,');
    const result = parseEvaluationText(text);
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ code: 'json.duplicate-key', path: 'year', position: { line: 7 } });
  });

  it('gives a syntax error its line and column', () => {
    const result = parseEvaluationText('{\n  "id": "x",\n}');
    expect(result.errors[0]?.code).toBe('json.syntax');
    expect(result.errors[0]?.message.sv).toContain('rad 2');
  });

  it('refuses a file over 1 MB unread', () => {
    const result = parseEvaluationText(`"${'x'.repeat(1024 * 1024)}"`);
    expect(result.errors.map((e) => e.code)).toEqual(['file.too-large']);
    expect(result.errors[0]?.message.sv).toContain('en utvärderingsprofil får vara högst 1 MB');
  });
});
