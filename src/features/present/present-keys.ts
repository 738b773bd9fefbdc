// The keys of the Present view, as a presenter's clicker and keyboard send them: → PageDown and space for
// the next step, ← PageUp and shift+space for the previous one, Home and End for the first and last, N for
// the presenter notes, F for full screen. ↑ and ↓ are left to scroll a step that is taller than the screen. Keys meant for a form field, a button or a link under the
// focus (space on a button, arrows in a select) are left to it, and so are keys with Ctrl, Alt or Meta
// (Alt+← is the browser's Back). Pure, so the mapping is tested without a browser.

export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'notes' | 'fullscreen';

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** What has the focus: a text field or select (takes every key), a button/link/summary (takes space and Enter), or anything else. */
  target: 'field' | 'control' | 'other';
}

export function presentAction(input: KeyInput): PresentAction | undefined {
  if (input.altKey || input.ctrlKey || input.metaKey || input.target === 'field') return undefined;
  switch (input.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      if (input.target === 'control') return undefined;
      return input.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'n':
    case 'N':
      return 'notes';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return undefined;
  }
}

/** Classifies the element that has the focus for `presentAction`. */
export function focusTarget(element: Element | null): KeyInput['target'] {
  if (element === null) return 'other';
  const tag = element.tagName.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || (element as HTMLElement).isContentEditable) return 'field';
  if (tag === 'button' || tag === 'a' || tag === 'summary') return 'control';
  return 'other';
}

/** The step an action leads to, 1-based, kept within 1…count; undefined for actions that do not move. */
export function targetStep(action: PresentAction, current: number, count: number): number | undefined {
  switch (action) {
    case 'next':
      return Math.min(count, current + 1);
    case 'previous':
      return Math.max(1, current - 1);
    case 'first':
      return 1;
    case 'last':
      return count;
    default:
      return undefined;
  }
}
