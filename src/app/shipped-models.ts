// The organisation models shipped in models/, bundled into the site and validated once at start-up.
// A file that fails validation is listed with its errors and never half-loaded.
import { validateModel } from '@/domain/validate-model';
import type { LoadedModel } from '@/data/loaded-model';

const files = import.meta.glob<unknown>(['../../models/*.json', '!../../models/*.schema.json'], {
  eager: true,
  import: 'default',
});

export const shippedModels: readonly LoadedModel[] = Object.entries(files)
  .map(([file, json]) => ({ file: file.replace(/^.*\//, ''), result: validateModel(json) }))
  .sort((a, b) => a.file.localeCompare(b.file, 'sv'));
