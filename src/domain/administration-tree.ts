// The administrative organisation read as a tree: units in depth-first order from the roots (the
// kommundirektör first), each with its depth. A unit whose parent is missing counts as a root; units
// caught in a cycle (which validation reports) come last at depth 0, so nothing is ever left out.
import type { Department } from './model-schema';

export function unitsInTreeOrder(units: readonly Department[]): { unit: Department; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | undefined, Department[]>();
  for (const unit of units) {
    const parent = unit.parent !== undefined && ids.has(unit.parent) && unit.parent !== unit.id ? unit.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const out: { unit: Department; depth: number }[] = [];
  const seen = new Set<Department>();
  const visit = (unit: Department, depth: number) => {
    if (seen.has(unit)) return;
    seen.add(unit);
    out.push({ unit, depth });
    // Staff functions first under their unit, so the line of förvaltningar follows them.
    const list = [...(children.get(unit.id) ?? [])].sort((a, b) => Number(b.kind === 'staff') - Number(a.kind === 'staff'));
    for (const child of list) visit(child, depth + 1);
  };
  for (const root of children.get(undefined) ?? []) visit(root, 0);
  for (const unit of units) visit(unit, 0);
  return out;
}
