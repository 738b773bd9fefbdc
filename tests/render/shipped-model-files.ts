// The shipped model files (models/*.json), read and validated in Node for tests that check every model.
import { readdirSync, readFileSync } from 'node:fs';
import type { Model } from '@/domain/model-schema';
import { validateModel } from '@/domain/validate-model';

export function shippedModelFiles(): { file: string; model: Model }[] {
  const folder = new URL('../../models/', import.meta.url);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
    .sort()
    .flatMap((file) => {
      const result = validateModel(JSON.parse(readFileSync(new URL(file, folder), 'utf8')));
      return result.ok ? [{ file, model: result.model }] : [];
    });
}
