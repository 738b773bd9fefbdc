// Every string and every list in a model file has a stated limit in the JSON Schema (models/model.schema.json,
// written from src/domain/model-schema.ts by `npm run schema`): a length, a pattern that bounds it, or a
// fixed set of values; every map a number of entries. A 4.9 MB `$schema` is refused, not saved with every
// autosave.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateModel } from '@/domain/validate-model';

const schema = JSON.parse(readFileSync('models/model.schema.json', 'utf8')) as unknown;

function unlimited(node: unknown, at: string, found: string[]): string[] {
  if (typeof node !== 'object' || node === null) return found;
  const n = node as Record<string, unknown>;
  if (n.type === 'string' && n.maxLength === undefined && n.pattern === undefined && n.enum === undefined) found.push(`${at}: string`);
  if (n.type === 'array' && n.maxItems === undefined) found.push(`${at}: list`);
  if (n.type === 'object' && typeof n.additionalProperties === 'object' && n.maxProperties === undefined) found.push(`${at}: map`);
  for (const [key, value] of Object.entries(n)) unlimited(value, `${at}/${key}`, found);
  return found;
}

describe('limits in the model schema', () => {
  it('states a limit for every string, list and map', () => {
    expect(unlimited(schema, '', [])).toEqual([]);
  });

  it('refuses an over-long $schema', () => {
    const model = JSON.parse(readFileSync('models/munkfors.json', 'utf8')) as Record<string, unknown>;
    model.$schema = 'x'.repeat(4.9 * 1024 * 1024);
    const result = validateModel(model);
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.path)).toContain('$schema');
  });
});
