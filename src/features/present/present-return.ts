// The way back from a step opened live ("Utforska") to the story: the step is kept in sessionStorage (this
// tab only, gone when it closes), and every other view shows a "Tillbaka till presentationen" link while
// it is there. Nothing leaves the machine.
import type { Text } from '@/domain/model-schema';

const KEY = 'kommunmodell.present.return';

export interface PresentReturn {
  storyId: string;
  step: number;
  storyTitle: Text;
}

function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as Text).sv === 'string' && typeof (value as Text).en === 'string';
}

export function rememberReturn(target: PresentReturn): void {
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify(target));
  } catch {
    // Storage refused (private mode, quota): the browser's Back button still leads back.
  }
}

export function readReturn(): PresentReturn | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(KEY);
    if (!raw || raw.length > 5000) return undefined;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { storyId, step, storyTitle } = value as Record<string, unknown>;
    if (typeof storyId !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(storyId)) return undefined;
    if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > 1000) return undefined;
    if (!isText(storyTitle)) return undefined;
    return { storyId, step, storyTitle: { sv: storyTitle.sv.slice(0, 200), en: storyTitle.en.slice(0, 200) } };
  } catch {
    return undefined;
  }
}

export function forgetReturn(): void {
  try {
    globalThis.sessionStorage?.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}
