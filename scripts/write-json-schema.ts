// Writes models/model.schema.json and models/scenario.schema.json from the valibot schemas
// (`npm run schema`). Run it after changing src/domain/model-schema.ts or scenario-schema.ts;
// tests/unit/json-schema-current.test.ts fails until the checked-in files match.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatJsonSchemaFile, jsonSchemas } from '../src/domain/json-schemas';

const modelsDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'models');
mkdirSync(modelsDirectory, { recursive: true });
for (const [fileName, schema] of Object.entries(jsonSchemas())) {
  const path = join(modelsDirectory, fileName);
  writeFileSync(path, formatJsonSchemaFile(schema));
  console.log(`wrote ${path}`);
}
