// Organisation chart of a model, as positioned plain data (drawn by src/render/org-chart.tsx):
// KF at the top, KS and the nämnder below it, utskott and beredningar below their nämnd; every body a box
// with its seats as dots (ordinary seats filled, substitutes open) and its budget frame if it holds one;
// under each body that holds frames or has departments reporting to it, a hanging list of the service
// areas whose frame it holds and of the departments that report to it.
//
// Horizontal positions come from d3-hierarchy's `tree`, the Reingold–Tilford "tidy tree" algorithm
// (Reingold & Tilford 1981) in the linear-time form of Buchheim, Jünger & Leipert (2002): parents centred
// over their children, subtrees packed as close as their contours allow, identical subtrees drawn alike.
// Vertical positions are rows by depth, each as tall as its tallest box. Between a row and the next lies a
// band for the hanging lists of that row's bodies: a list sits right under a body without children, and in
// a column of its own beside a body with children, starting level with the body (the column is reserved in
// the tree as a placeholder sibling), so no list ever covers a line from a body to its children.
//
// Pure and deterministic; every coordinate is rounded to 0.1 px so layouts can be compared in tests.
// A model whose tree is broken (a parent that does not exist, a cycle) is still drawn: such a body hangs
// directly under KF and is flagged `detached` (validation reports the error itself).
import { stratify, tree } from 'd3-hierarchy';
import { bodyById, deriveFacts, isDepartmentLevel } from '@/domain/derived-facts';
import type { Body, BodyKind, Model, Text } from '@/domain/model-schema';
import { combineStatuses, valueStatus } from '@/domain/value-status';
import { charsThatFit, wrapText } from './text-wrap';

export type ChartLanguage = 'sv' | 'en';

/** Sizes of the chart in px (at scale 1). */
export const ORG_CHART = {
  margin: 12,
  boxWidth: 150,
  columnGap: 14,
  rowGap: 30,
  padding: 7,
  nameFont: 11.5,
  nameLine: 15,
  smallFont: 11,
  smallLine: 14,
  dotRadius: 3,
  dotStep: 8.5,
  maxNameLines: 3,
  maxItemLines: 3,
  /** Width kept free at the right of an area row for its net cost. */
  amountWidth: 30,
  /** More seats than this per kind are drawn as this many dots plus a note (a label gives the count). */
  maxDotsPerKind: 150,
} as const;

export interface SeatDot {
  cx: number;
  cy: number;
  /** Filled = ordinary seat (ledamot); open = substitute (ersättare). */
  filled: boolean;
}

export interface ChartBody {
  id: string;
  kind: BodyKind;
  name: string;
  nameLines: string[];
  /** Id of the box above it (KF has none). */
  parentId: string | undefined;
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the first name line; the next lines follow at `ORG_CHART.nameLine`. */
  nameBaseline: number;
  /** Baseline of the "9 + 22" seats line. */
  seatsBaseline: number;
  members: number;
  substitutes: number;
  dots: SeatDot[];
  /** True when there were more seats than `maxDotsPerKind` of one kind and not all are drawn. */
  dotsTruncated: boolean;
  /** Set when the body holds at least one budget frame. */
  holder: { netCostMsek: number; share: number; baseline: number } | undefined;
  /** The body's parent did not resolve (or was part of a cycle), so it is drawn under KF. */
  detached: boolean;
  example: boolean;
}

export interface ChartHangingItem {
  id: string;
  name: string;
  lines: string[];
  /** Baseline of the first line. */
  baseline: number;
  /** Net cost of a service area (MSEK); undefined for a department. */
  netCostMsek: number | undefined;
}

export interface ChartHanging {
  /** The body the list hangs under. */
  bodyId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the "frames" heading; undefined when the body holds no frame. */
  areasHeading: number | undefined;
  areas: ChartHangingItem[];
  /** Baseline of the "departments" heading; undefined when no department reports to the body. */
  departmentsHeading: number | undefined;
  departments: ChartHangingItem[];
}

export interface ChartLink {
  from: string;
  to: string;
  /** `body`: a body under its parent; `hanging`: a body's list of areas and departments. */
  kind: 'body' | 'hanging';
  /** An elbow: down from the parent, across, down to the child. */
  points: [number, number][];
}

export interface OrgChartLayout {
  width: number;
  height: number;
  /** Bodies in drawing order: by depth, then left to right. */
  bodies: ChartBody[];
  hangings: ChartHanging[];
  links: ChartLink[];
  /** Areas whose budget holder and departments whose body do not resolve: not drawn, listed for the text. */
  unplaced: { areas: string[]; departments: string[] };
}

/** Left-to-right order of siblings: the board first, then nämnder, beredningar, authority committees. */
const KIND_ORDER: Record<BodyKind, number> = {
  executiveBoard: 0,
  subcommittee: 1,
  committee: 2,
  draftingCommittee: 3,
  electionCommittee: 4,
  council: 5,
};

const round = (value: number): number => Math.round(value * 10) / 10;

interface Datum {
  key: string;
  parentKey: string | undefined;
  bodyId: string;
  /** A placeholder that keeps a column free beside a body with children, for that body's list. */
  listColumn: boolean;
}

const bodyKey = (id: string): string => `body:${id}`;

/** Chooses KF as the root and resolves every other body's parent, attaching broken ones to the root. */
function resolveParents(bodies: readonly Body[]): { root: Body; parent: Map<string, string>; detached: Set<string> } {
  const root =
    bodies.find((b) => b.kind === 'council' && b.parent === undefined) ??
    bodies.find((b) => b.kind === 'council') ??
    bodies.find((b) => b.parent === undefined) ??
    (bodies[0] as Body);
  const ids = new Set(bodies.map((b) => b.id));
  const parent = new Map<string, string>();
  const detached = new Set<string>();
  for (const body of bodies) {
    if (body === root) continue;
    const declared = body.parent;
    if (declared !== undefined && declared !== body.id && ids.has(declared)) parent.set(body.id, declared);
    else {
      parent.set(body.id, root.id);
      detached.add(body.id);
    }
  }
  // Break cycles: a body whose chain of parents never reaches the root is moved under the root.
  for (const body of bodies) {
    if (body === root) continue;
    const seen = new Set<string>();
    let current: string | undefined = body.id;
    while (current !== undefined && current !== root.id && !seen.has(current)) {
      seen.add(current);
      current = parent.get(current);
    }
    if (current !== root.id) {
      parent.set(body.id, root.id);
      detached.add(body.id);
    }
  }
  return { root, parent, detached };
}

function seatDots(left: number, top: number, members: number, substitutes: number) {
  const { padding, dotRadius, dotStep, boxWidth, maxDotsPerKind } = ORG_CHART;
  const perRow = Math.max(1, Math.floor((boxWidth - 2 * padding) / dotStep));
  const dots: SeatDot[] = [];
  let rowTop = top;
  let truncated = false;
  for (const [count, filled] of [
    [members, true],
    [substitutes, false],
  ] as const) {
    const shown = Math.min(count, maxDotsPerKind);
    if (shown < count) truncated = true;
    for (let i = 0; i < shown; i++) {
      const row = Math.floor(i / perRow);
      const column = i % perRow;
      dots.push({
        cx: round(left + padding + dotRadius + column * dotStep),
        cy: round(rowTop + dotRadius + row * dotStep),
        filled,
      });
    }
    rowTop += Math.ceil(shown / perRow) * dotStep;
  }
  return { dots, height: rowTop - top, truncated };
}

function pickText(text: Text, lang: ChartLanguage): string {
  return (lang === 'sv' ? text.sv : text.en) || text.sv || text.en;
}

const EMPTY_LAYOUT: OrgChartLayout = {
  width: 2 * ORG_CHART.margin,
  height: 2 * ORG_CHART.margin,
  bodies: [],
  hangings: [],
  links: [],
  unplaced: { areas: [], departments: [] },
};

/** The content of a body's box from top to bottom, placed once its row is known. */
function bodyBox(
  body: Body,
  lang: ChartLanguage,
  holder: { netCostMsek: number; share: number } | undefined,
  example: boolean,
): { nameLines: string[]; height: number; place(x: number, top: number): Omit<ChartBody, 'parentId' | 'depth' | 'detached'> } {
  const { boxWidth, padding, nameFont, nameLine, smallLine, maxNameLines } = ORG_CHART;
  const name = pickText(body.name, lang);
  // Names are set semibold, a tenth wider than the regular text the estimate is for.
  const nameLines = wrapText(name, charsThatFit(boxWidth - 2 * padding, nameFont * 1.1), maxNameLines);
  const dotsHeight = seatDots(0, 0, body.members, body.substitutes).height;
  const height = padding + nameLines.length * nameLine + smallLine + dotsHeight + 4 + (holder ? smallLine : 0) + padding;
  return {
    nameLines,
    height,
    place(x, top) {
      let cursor = top + padding;
      const nameBaseline = cursor + nameLine * 0.78;
      cursor += nameLines.length * nameLine;
      const seatsBaseline = cursor + smallLine * 0.78;
      cursor += smallLine;
      const seats = seatDots(x, cursor + 1, body.members, body.substitutes);
      cursor += seats.height + 4;
      return {
        id: body.id,
        kind: body.kind,
        name,
        nameLines,
        x: round(x),
        y: round(top),
        width: boxWidth,
        height: round(height),
        nameBaseline: round(nameBaseline),
        seatsBaseline: round(seatsBaseline),
        members: body.members,
        substitutes: body.substitutes,
        dots: seats.dots,
        dotsTruncated: seats.truncated,
        holder: holder
          ? {
              netCostMsek: holder.netCostMsek,
              share: Math.round(holder.share * 1000) / 1000,
              baseline: round(cursor + smallLine * 0.78),
            }
          : undefined,
        example,
      };
    },
  };
}

/** The hanging list of one body: its areas (with net cost), then its departments. */
function hangingList(
  bodyId: string,
  areas: Model['serviceAreas'],
  departments: Model['departments'],
  lang: ChartLanguage,
): { height: number; place(x: number, top: number): ChartHanging } {
  const { boxWidth, padding, smallFont, smallLine, maxItemLines, amountWidth } = ORG_CHART;
  const areaChars = charsThatFit(boxWidth - 2 * padding - amountWidth, smallFont);
  const departmentChars = charsThatFit(boxWidth - 2 * padding - 6, smallFont);
  const areaItems = areas.map((area) => {
    const name = pickText(area.name, lang);
    return { id: area.id, name, lines: wrapText(name, areaChars, maxItemLines), netCostMsek: area.netCostMsek };
  });
  const departmentItems = departments.map((department) => {
    const name = pickText(department.name, lang);
    return { id: department.id, name, lines: wrapText(name, departmentChars, maxItemLines), netCostMsek: undefined };
  });
  const place = (x: number, top: number): ChartHanging => {
    let y = top + padding;
    const section = (items: Omit<ChartHangingItem, 'baseline'>[]) => {
      if (items.length === 0) return { heading: undefined, placed: [] as ChartHangingItem[] };
      const heading = round(y + smallLine * 0.78);
      y += smallLine + 2;
      const placed = items.map((item) => {
        const baseline = round(y + smallLine * 0.78);
        y += item.lines.length * smallLine + 2;
        return { ...item, baseline };
      });
      return { heading, placed };
    };
    const areaSection = section(areaItems);
    if (areaItems.length > 0 && departmentItems.length > 0) y += 6;
    const departmentSection = section(departmentItems);
    return {
      bodyId,
      x: round(x),
      y: round(top),
      width: boxWidth,
      height: round(y - top + padding - 2),
      areasHeading: areaSection.heading,
      areas: areaSection.placed,
      departmentsHeading: departmentSection.heading,
      departments: departmentSection.placed,
    };
  };
  return { height: place(0, 0).height, place };
}

export function layoutOrgChart(model: Model, lang: ChartLanguage): OrgChartLayout {
  const { margin, boxWidth, columnGap, rowGap } = ORG_CHART;
  /** Space between a row of bodies and the hanging lists under it. */
  const bandGap = 12;
  const bodies = [...bodyById(model).values()];
  if (bodies.length === 0) return EMPTY_LAYOUT;

  const { root, parent, detached } = resolveParents(bodies);
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const holders = new Map(deriveFacts(model).budgetHolders.map((h) => [h.bodyId, h]));
  const areasOf = new Map<string, Model['serviceAreas']>();
  const departmentsOf = new Map<string, Model['departments']>();
  const unplaced = { areas: [] as string[], departments: [] as string[] };
  for (const area of model.serviceAreas) {
    if (!byId.has(area.budgetHolder)) unplaced.areas.push(area.id);
    else areasOf.set(area.budgetHolder, [...(areasOf.get(area.budgetHolder) ?? []), area]);
  }
  // The political chart shows the förvaltningar; the whole administrative tree has a chart of its own.
  for (const department of model.departments.filter(isDepartmentLevel)) {
    if (!byId.has(department.reportsTo)) unplaced.departments.push(department.id);
    else departmentsOf.set(department.reportsTo, [...(departmentsOf.get(department.reportsTo) ?? []), department]);
  }
  const hasList = (id: string): boolean => areasOf.has(id) || departmentsOf.has(id);
  const hasChildren = new Set(parent.values());

  // Siblings in a fixed order (kind, then model order); a list column right after its body.
  const modelIndex = new Map(bodies.map((b, i) => [b.id, i]));
  const ordered = [...bodies].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (modelIndex.get(a.id) ?? 0) - (modelIndex.get(b.id) ?? 0),
  );
  const data: Datum[] = ordered.flatMap((b) => {
    const parentId = b === root ? undefined : parent.get(b.id);
    const parentKey = parentId === undefined ? undefined : bodyKey(parentId);
    const node: Datum = { key: bodyKey(b.id), parentKey, bodyId: b.id, listColumn: false };
    if (parentKey === undefined || !hasChildren.has(b.id) || !hasList(b.id)) return [node];
    return [node, { key: `list:${b.id}`, parentKey, bodyId: b.id, listColumn: true }];
  });
  const hierarchy = stratify<Datum>()
    .id((d) => d.key)
    .parentId((d) => d.parentKey)(data);
  const nodes = tree<Datum>()
    .nodeSize([boxWidth + columnGap, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.15))(hierarchy)
    .descendants();
  const column = boxWidth + columnGap;
  const listColumnX = new Map(nodes.filter((n) => n.data.listColumn).map((n) => [n.data.bodyId, n.x]));
  const bodyNodes = nodes.filter((n) => !n.data.listColumn);

  // Where each box and list goes horizontally (tree x is a centre; the root's list goes to its right).
  const boxes = bodyNodes.map((n) => {
    const body = byId.get(n.data.bodyId) as Body;
    // The seat count drawn is an example when either of its numbers is (value-status.ts).
    const example = combineStatuses([valueStatus(model, body, 'members'), valueStatus(model, body, 'substitutes')]) === 'example';
    const box = bodyBox(body, lang, holders.get(body.id), example);
    const list = hasList(body.id) ? hangingList(body.id, areasOf.get(body.id) ?? [], departmentsOf.get(body.id) ?? [], lang) : undefined;
    const listCentre = !list ? undefined : hasChildren.has(body.id) ? (listColumnX.get(body.id) ?? n.x + column) : n.x;
    return { body, depth: n.depth, centre: n.x, box, list, listCentre };
  });
  const centres = boxes.flatMap((b) => (b.listCentre === undefined ? [b.centre] : [b.centre, b.listCentre]));
  const minCentre = Math.min(...centres);
  /** Left edge of a box or list whose tree centre is `centre`, with the leftmost one at the margin. */
  const left = (centre: number): number => centre - minCentre + margin;

  // Rows by depth, each followed by the band of its lists: a list under a childless body starts below the
  // row; a list in the column beside a body starts level with the body.
  const maxDepth = Math.max(...boxes.map((b) => b.depth));
  const rowTops: number[] = [];
  const listTops = new Map<string, number>();
  let cursor = margin;
  for (let depth = 0; depth <= maxDepth; depth++) {
    const row = boxes.filter((b) => b.depth === depth);
    const rowTop = cursor;
    rowTops.push(rowTop);
    const rowBottom = rowTop + Math.max(0, ...row.map((b) => b.box.height));
    let bottom = rowBottom;
    for (const b of row) {
      if (!b.list) continue;
      const top = b.listCentre === b.centre ? rowBottom + bandGap : rowTop;
      listTops.set(b.body.id, top);
      bottom = Math.max(bottom, top + b.list.height);
    }
    cursor = bottom + rowGap;
  }

  const chartBodies: ChartBody[] = boxes.map((b) => ({
    ...b.box.place(left(b.centre), rowTops[b.depth] ?? margin),
    parentId: b.body === root ? undefined : parent.get(b.body.id),
    depth: b.depth,
    detached: detached.has(b.body.id),
  }));
  chartBodies.sort((a, b) => a.depth - b.depth || a.x - b.x);
  const boxOf = new Map(chartBodies.map((b) => [b.id, b]));
  const hangings: ChartHanging[] = boxes
    .flatMap((b) =>
      b.list && b.listCentre !== undefined
        ? [b.list.place(left(b.listCentre), listTops.get(b.body.id) ?? margin)]
        : [],
    )
    .sort((a, b) => a.y - b.y || a.x - b.x);

  // Links: an elbow from a body down to each child; a list hangs straight under its body, or is reached
  // from the body's side when it sits in the column beside it.
  const links: ChartLink[] = [];
  for (const body of chartBodies) {
    const above = body.parentId === undefined ? undefined : boxOf.get(body.parentId);
    if (!above) continue;
    const fromX = round(above.x + boxWidth / 2);
    const toX = round(body.x + boxWidth / 2);
    const middle = round(body.y - rowGap / 2);
    links.push({
      from: above.id,
      to: body.id,
      kind: 'body',
      points: [
        [fromX, round(above.y + above.height)],
        [fromX, middle],
        [toX, middle],
        [toX, body.y],
      ],
    });
  }
  for (const hanging of hangings) {
    const above = boxOf.get(hanging.bodyId);
    if (!above) continue;
    const listX = round(hanging.x + boxWidth / 2);
    const besideY = round(above.y + ORG_CHART.padding + ORG_CHART.nameLine / 2);
    const points: [number, number][] =
      hanging.x === above.x
        ? [
            [listX, round(above.y + above.height)],
            [listX, hanging.y],
          ]
        : hanging.x > above.x
          ? [
              [round(above.x + boxWidth), besideY],
              [hanging.x, besideY],
            ]
          : [
              [above.x, besideY],
              [round(hanging.x + boxWidth), besideY],
            ];
    links.push({ from: above.id, to: hanging.bodyId, kind: 'hanging', points });
  }

  const right = Math.max(...chartBodies.map((b) => b.x + b.width), ...hangings.map((h) => h.x + h.width));
  const bottom = Math.max(...chartBodies.map((b) => b.y + b.height), ...hangings.map((h) => h.y + h.height));
  return {
    width: round(right + margin),
    height: round(bottom + margin),
    bodies: chartBodies,
    hangings,
    links,
    unplaced,
  };
}
