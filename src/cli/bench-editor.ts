// The pure part of the Draft editor on a large model, for `npm run bench`: a valid organisation with 500
// political bodies (Ånge today with 492 more nämnder, each holding and preparing an area of its own), and
// the three things a keystroke costs outside React — validating the whole model, applying the edit
// (immer, as the undo history does) and serialising it for the autosave — plus reading it as a file
// (parse and validate, the import). Medians over repeated samples, in milliseconds.
import { enablePatches, produce } from 'immer';
import type { Model } from '@/domain/model-schema';
import { parseModelText } from '@/domain/parse-model';
import { validateModel } from '@/domain/validate-model';

export const EDITOR_BODIES = 500;

/** `base` grown to `bodies` political bodies, still valid. */
export function largeModel(base: Model, bodies = EDITOR_BODIES): Model {
  const board = base.bodies.find((b) => b.kind === 'executiveBoard')?.id ?? base.bodies[0]?.id ?? '';
  const council = base.bodies.find((b) => b.kind === 'council')?.id ?? board;
  const department = base.departments[0]?.id;
  const extra = Math.max(0, bodies - base.bodies.length);
  return {
    ...base,
    bodies: [
      ...base.bodies,
      ...Array.from({ length: extra }, (_, i) => ({
        id: `namnd-${i + 1}`,
        kind: 'committee' as const,
        name: { sv: `Nämnd ${i + 1}`, en: `Committee ${i + 1}` },
        parent: council,
        members: 5,
        substitutes: 5,
        meetingsPerYear: 8,
      })),
    ],
    serviceAreas: [
      ...base.serviceAreas,
      // The schema allows 500 areas: the last few nämnder get none (they still validate).
      ...Array.from({ length: Math.min(extra, 500 - base.serviceAreas.length) }, (_, i) => ({
        ...(base.serviceAreas[0] as Model['serviceAreas'][number]),
        id: `verksamhet-${i + 1}`,
        name: { sv: `Verksamhet ${i + 1}`, en: `Service ${i + 1}` },
        netCostMsek: 1 + (i % 7),
        budgetHolder: `namnd-${i + 1}`,
        preparedBy: `namnd-${i + 1}`,
        ...(department ? { department } : {}),
      })),
    ],
  };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timed(run: () => unknown, samples = 15): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export interface EditorBench {
  bodies: number;
  validateMs: number;
  applyEditMs: number;
  serialiseMs: number;
  importMs: number;
  fileBytes: number;
}

export function benchEditor(base: Model): EditorBench {
  enablePatches();
  const model = largeModel(base);
  const check = validateModel(model);
  if (!check.ok) throw new Error(`bench: the ${EDITOR_BODIES}-body model is not valid: ${check.errors[0]?.message.en ?? ''}`);
  const text = `${JSON.stringify(model, null, 2)}\n`;
  let members = 5;
  return {
    bodies: model.bodies.length,
    validateMs: timed(() => validateModel(model)),
    applyEditMs: timed(() =>
      produce(model, (draft) => {
        const body = draft.bodies[Math.floor(model.bodies.length / 2)];
        if (body) body.members = members = members === 5 ? 7 : 5;
      }),
    ),
    serialiseMs: timed(() => `${JSON.stringify(model, null, 2)}\n`),
    importMs: timed(() => parseModelText(text)),
    fileBytes: text.length,
  };
}
