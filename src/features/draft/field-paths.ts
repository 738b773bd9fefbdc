// Ties validation issues to the form: a field's path in the model (`['bodies', 3, 'members']`) gives both
// its element id and the issue path it answers to (`bodies[3].members`), and a link from an issue finds
// the nearest field on the page, opens the section it is folded into, and moves focus there.
import { formatIssuePath } from '@/domain/validation-issue';
import type { Issue } from '@/domain/validation-issue';
import type { FieldPath } from './model-edits';

export function issuePathOf(path: FieldPath): string {
  return formatIssuePath(path);
}

/** The element id of the field (or section) at an issue path: `bodies[3].members` → `f-bodies-3-members`. */
export function fieldIdOfIssuePath(issuePath: string): string {
  const slug = issuePath.replace(/[^\p{L}\p{N}_]+/gu, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'f-model' : `f-${slug}`;
}

export function fieldId(path: FieldPath): string {
  return fieldIdOfIssuePath(issuePathOf(path));
}

/** Issue paths with their issues, errors first; built once per validation. */
export function issuesByPath(issues: readonly Issue[]): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  const ordered = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const issue of ordered) map.set(issue.path, [...(map.get(issue.path) ?? []), issue]);
  return map;
}

/** `bodies[3].members` → [`bodies[3].members`, `bodies[3]`, `bodies`, ``]: where to look for a field. */
export function pathAncestors(issuePath: string): string[] {
  const ancestors = [issuePath];
  let current = issuePath;
  while (current !== '') {
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut <= 0 ? '' : current.slice(0, cut);
    ancestors.push(current);
  }
  return ancestors;
}

/** Focuses the field for an issue, or the nearest section around it; returns whether one was found. */
export function focusIssueField(issuePath: string, root: ParentNode = document): boolean {
  for (const candidate of pathAncestors(issuePath)) {
    const element = root.querySelector<HTMLElement>(`#${CSS.escape(fieldIdOfIssuePath(candidate))}`);
    if (!element) continue;
    let opened = false;
    for (let node: HTMLElement | null = element; node; node = node.parentElement) {
      if (node instanceof HTMLDetailsElement && !node.open) {
        node.open = true;
        opened = true;
      }
    }
    // A folded item draws its fields only once open: look for the field itself again after that.
    if (opened && candidate !== issuePath) {
      setTimeout(() => {
        const field = root.querySelector<HTMLElement>(`#${CSS.escape(fieldIdOfIssuePath(issuePath))}`);
        if (field) {
          field.focus();
          field.scrollIntoView({ block: 'center' });
        }
      }, 50);
    }
    // A section (fieldset, details) is not focusable by itself; its first field is.
    const target =
      element.matches('input, select, textarea, button, summary')
        ? element
        : (element.querySelector<HTMLElement>('input, select, textarea, summary, button') ?? element);
    if (target === element && !element.matches('input, select, textarea, button, summary')) element.tabIndex = -1;
    target.focus();
    target.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}
