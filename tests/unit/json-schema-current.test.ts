// The checked-in JSON Schema files in models/ are what `npm run schema` would write now, so an editor
// completing a hand-edited model or scenario file sees the current rules. Run `npm run schema` to fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluationJsonSchemas, formatJsonSchemaFile, jsonSchemas } from '@/domain/json-schemas';

const modelsDirectory = new URL('../../models/', import.meta.url);

describe('checked-in JSON Schema files', () => {
  const schemas = jsonSchemas();

  it('cover the model and the scenario file', () => {
    expect(Object.keys(schemas).sort()).toEqual(['model.schema.json', 'scenario.schema.json']);
  });

  for (const [fileName, schema] of Object.entries(schemas)) {
    it(`models/${fileName} is current (run \`npm run schema\` if not)`, () => {
      const onDisk = readFileSync(new URL(fileName, modelsDirectory), 'utf8');
      expect(JSON.parse(onDisk)).toEqual(schema);
      expect(onDisk).toBe(formatJsonSchemaFile(schema));
    });
  }

  it('models/evaluations/evaluation.schema.json is current and strict (run `npm run schema` if not)', () => {
    const schema = evaluationJsonSchemas()['evaluation.schema.json'] as Record<string, unknown>;
    const onDisk = readFileSync(new URL('evaluations/evaluation.schema.json', modelsDirectory), 'utf8');
    expect(onDisk).toBe(formatJsonSchemaFile(schema));
    expect(schema).toMatchObject({ $id: 'urn:kommunmodell:evaluation.schema.json', type: 'object', additionalProperties: false });
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'municipality', 'year', 'evaluator', 'areas', 'status']));
  });

  it('describe a strict model: identity, title and no unknown keys', () => {
    const model = schemas['model.schema.json'] as Record<string, unknown>;
    expect(model).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'urn:kommunmodell:model.schema.json',
      type: 'object',
      additionalProperties: false,
    });
    expect(String(model.title)).toContain('Kommunmodell');
    expect(model.required).toEqual(
      expect.arrayContaining(['id', 'municipality', 'council', 'bodies', 'serviceAreas', 'departments']),
    );
  });
});
