// Positions of the administrative organisation drawn as an indented tree (DESIGN §11): the kommundirektör
// at the top, förvaltningar under it, verksamhetsområden and enheter under them, staff functions beside
// the line. An indented tree keeps every name readable on an A4 page however wide the organisation is;
// each box says its level and the political body it serves. Pure: data in, positioned data out.
import { unitsInTreeOrder } from '@/domain/administration-tree';
import type { Model, UnitKind } from '@/domain/model-schema';
import { charsThatFit, wrapText } from './text-wrap';

export const ADMIN_TREE = {
  width: 640,
  indent: 28,
  rowGap: 10,
  padding: 8,
  fontSize: 14,
  smallFontSize: 12,
  lineHeight: 17,
};

export interface AdminTreeBox {
  id: string;
  kind: UnitKind;
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  nameLines: string[];
  /** The political body served, by name. */
  serves: string;
  /** Id of the box above, when there is one. */
  parentId?: string;
}

export interface AdminTreeLink {
  /** The elbow from the parent's left edge down to the child's middle. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface AdminTreeLayout {
  width: number;
  height: number;
  boxes: AdminTreeBox[];
  links: AdminTreeLink[];
}

export function layoutAdminTree(model: Model, lang: 'sv' | 'en'): AdminTreeLayout {
  const { width, indent, rowGap, padding, fontSize, lineHeight, smallFontSize } = ADMIN_TREE;
  const pick = (t: { sv: string; en: string }) => (lang === 'sv' ? t.sv : t.en || t.sv);
  const bodies = new Map(model.bodies.map((b) => [b.id, pick(b.name) || b.id]));
  const boxes: AdminTreeBox[] = [];
  const byId = new Map<string, AdminTreeBox>();
  let y = 0;
  for (const { unit, depth } of unitsInTreeOrder(model.departments)) {
    const x = Math.min(depth, 8) * indent;
    const boxWidth = width - x;
    const nameLines = wrapText(pick(unit.name) || unit.id, charsThatFit(boxWidth - 2 * padding, fontSize), 2);
    const height = padding * 2 + nameLines.length * lineHeight + smallFontSize + 4;
    const box: AdminTreeBox = {
      id: unit.id,
      kind: unit.kind ?? 'department',
      depth,
      x,
      y,
      width: boxWidth,
      height,
      nameLines,
      serves: bodies.get(unit.reportsTo) ?? unit.reportsTo,
      ...(unit.parent !== undefined && unit.parent !== unit.id ? { parentId: unit.parent } : {}),
    };
    boxes.push(box);
    if (!byId.has(unit.id)) byId.set(unit.id, box);
    y += height + rowGap;
  }
  const links: AdminTreeLink[] = [];
  for (const box of boxes) {
    const parent = box.parentId === undefined ? undefined : byId.get(box.parentId);
    if (!parent || parent.y >= box.y) continue;
    links.push({ x1: parent.x + indent / 2, y1: parent.y + parent.height, x2: box.x, y2: box.y + box.height / 2 });
  }
  return { width, height: Math.max(0, y - rowGap), boxes, links };
}
