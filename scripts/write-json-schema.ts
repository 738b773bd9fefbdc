// Writes models/model.schema.json, models/scenario.schema.json, models/evaluations/evaluation.schema.json
// and stories/story.schema.json from the valibot schemas (`npm run schema`). Run it after changing
// src/domain/model-schema.ts, scenario-schema.ts, evaluation-schema.ts or story-schema.ts;
// tests/unit/json-schema-current.test.ts and stories.test.ts fail until the files match.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluationJsonSchemas, formatJsonSchemaFile, jsonSchemas, storyJsonSchemas } from '../src/domain/json-schemas';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [directory, schemas] of [
  ['models', jsonSchemas()],
  ['stories', storyJsonSchemas()],
  ['models/evaluations', evaluationJsonSchemas()],
] as const) {
  mkdirSync(join(root, directory), { recursive: true });
  for (const [fileName, schema] of Object.entries(schemas)) {
    const path = join(root, directory, fileName);
    writeFileSync(path, formatJsonSchemaFile(schema));
    console.log(`wrote ${path}`);
  }
}
