// A small sketch of an organisation for the start page's cards: one box per political body in rows by
// depth (fullmäktige, then the bodies under it, then their utskott and beredningar), budget holders
// marked, no text (the card beside it says the facts in words, so nothing in the sketch is ever too small
// to read). Pure and deterministic: the same model always gives the same boxes.
import type { BodyKind, Model } from '@/domain/model-schema';

export const ORG_SKETCH = { width: 260, rowHeight: 34, boxHeight: 22, gap: 6, margin: 4 } as const;

export interface SketchBox {
  id: string;
  kind: BodyKind;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Holds at least one budget frame. */
  holder: boolean;
  /** Prepares the matters of at least one service area without holding its frame. */
  preparer: boolean;
}

export interface OrgSketch {
  width: number;
  height: number;
  boxes: SketchBox[];
  /** Elbow lines from each body to its parent: [x1, y1, x2, y2] of the parent's bottom and the child's top. */
  links: [number, number, number, number][];
}

const ORDER: Record<BodyKind, number> = {
  council: 0,
  executiveBoard: 1,
  committee: 2,
  subcommittee: 3,
  draftingCommittee: 4,
  electionCommittee: 5,
};

export function layoutOrgSketch(model: Model): OrgSketch {
  const { width, rowHeight, boxHeight, gap, margin } = ORG_SKETCH;
  const ids = new Set(model.bodies.map((b) => b.id));
  const depthOf = new Map<string, number>();
  const depth = (id: string, seen: Set<string> = new Set()): number => {
    const known = depthOf.get(id);
    if (known !== undefined) return known;
    const body = model.bodies.find((b) => b.id === id);
    const parent = body?.parent;
    const d = body === undefined || body.kind === 'council' ? 0 : parent === undefined || !ids.has(parent) || seen.has(parent) ? 1 : depth(parent, new Set([...seen, id])) + 1;
    depthOf.set(id, d);
    return d;
  };
  const holders = new Set(model.serviceAreas.map((a) => a.budgetHolder));
  const preparers = new Set(model.serviceAreas.map((a) => a.preparedBy).filter((p): p is string => p !== undefined));
  const rows: Model['bodies'][] = [];
  for (const body of model.bodies) (rows[depth(body.id)] ??= []).push(body);
  const boxes: SketchBox[] = [];
  rows.forEach((row = [], r) => {
    const sorted = [...row].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
    const n = sorted.length;
    const boxWidth = Math.min(70, (width - 2 * margin - gap * (n - 1)) / Math.max(1, n));
    const total = n * boxWidth + (n - 1) * gap;
    const left = (width - total) / 2;
    sorted.forEach((body, i) => {
      boxes.push({
        id: body.id,
        kind: body.kind,
        x: Math.round((left + i * (boxWidth + gap)) * 10) / 10,
        y: margin + r * rowHeight,
        width: Math.round(boxWidth * 10) / 10,
        height: boxHeight,
        holder: holders.has(body.id),
        preparer: preparers.has(body.id) && !holders.has(body.id),
      });
    });
  });
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const council = boxes.find((b) => b.kind === 'council');
  const links: [number, number, number, number][] = [];
  for (const body of model.bodies) {
    const box = byId.get(body.id);
    if (!box || body.kind === 'council') continue;
    const parent = (body.parent !== undefined ? byId.get(body.parent) : undefined) ?? council;
    if (!parent || parent === box) continue;
    links.push([parent.x + parent.width / 2, parent.y + parent.height, box.x + box.width / 2, box.y]);
  }
  return { width, height: margin * 2 + (rows.length - 1) * rowHeight + boxHeight, boxes, links };
}
