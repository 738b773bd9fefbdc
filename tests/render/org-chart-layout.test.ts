// The organisation chart layout (src/layout/org-chart-layout.ts): exact positions for a fixed model, read
// and checked by hand, and the properties every chart must have, checked on every shipped model and on
// random organisations: KF at the top, utskott below their nämnd, every body once, one dot per seat, each
// area in the list of the body holding its frame, nothing overlapping, lines joining what they claim to.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDepartmentLevel } from '@/domain/derived-facts';
import type { Body, Model } from '@/domain/model-schema';
import { layoutOrgChart, ORG_CHART, type OrgChartLayout } from '@/layout/org-chart-layout';
import { shippedModelFiles } from './shipped-model-files';
import { chartModel } from './org-chart-fixture';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxesOf = (layout: OrgChartLayout): Box[] => [
  ...layout.bodies,
  ...layout.hangings.map((h) => ({ ...h, id: `list:${h.bodyId}` })),
];

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const isRounded = (value: number): boolean => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;

/** Every coordinate and size in the layout (not the model's own numbers: seats, net cost, shares). */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !['members', 'substitutes', 'netCostMsek', 'share', 'depth'].includes(key))
      .flatMap(([, v]) => numbersIn(v));
  }
  return [];
}

/** The properties every chart must have, whatever the model. */
function checkChart(model: Model, layout: OrgChartLayout): void {
  const uniqueIds = [...new Set(model.bodies.map((b) => b.id))];
  // Every body exactly once.
  expect(layout.bodies.map((b) => b.id).sort()).toEqual([...uniqueIds].sort());
  const byId = new Map(layout.bodies.map((b) => [b.id, b]));
  // KF (the root) on top of everything else.
  const roots = layout.bodies.filter((b) => b.parentId === undefined);
  expect(roots).toHaveLength(1);
  const root = roots[0]!;
  expect(root.depth).toBe(0);
  for (const b of layout.bodies) if (b !== root) expect(b.y).toBeGreaterThanOrEqual(root.y + root.height);
  // Every body below its parent, and joined to it by a line from the parent's bottom to its top.
  for (const b of layout.bodies) {
    if (b.parentId === undefined) continue;
    const parent = byId.get(b.parentId)!;
    expect(b.depth).toBe(parent.depth + 1);
    expect(b.y).toBeGreaterThanOrEqual(parent.y + parent.height + ORG_CHART.rowGap / 2);
    const link = layout.links.find((l) => l.kind === 'body' && l.to === b.id)!;
    expect(link.from).toBe(parent.id);
    expect(link.points[0]).toEqual([parent.x + parent.width / 2, parent.y + parent.height]);
    expect(link.points.at(-1)).toEqual([b.x + b.width / 2, b.y]);
  }
  // One dot per seat: filled for members, open for substitutes.
  for (const b of layout.bodies) {
    const source = model.bodies.find((m) => m.id === b.id)!;
    expect(b.dots.filter((d) => d.filled)).toHaveLength(source.members);
    expect(b.dots.filter((d) => !d.filled)).toHaveLength(source.substitutes);
    const outside = b.dots.filter((d) => d.cx <= b.x || d.cx >= b.x + b.width || d.cy <= b.y || d.cy >= b.y + b.height);
    expect(outside).toEqual([]);
  }
  // Each area in the list of the body holding its frame, which hangs right under it or sits beside it.
  for (const area of model.serviceAreas) {
    const lists = layout.hangings.filter((h) => h.areas.some((a) => a.id === area.id));
    expect(lists.map((h) => h.bodyId)).toEqual([area.budgetHolder]);
    const holder = byId.get(area.budgetHolder)!;
    expect(holder.holder).toBeDefined();
    const list = lists[0]!;
    const below = list.x === holder.x && list.y >= holder.y + holder.height;
    // Beside: level with it, in a column of its own to its right (no box in between: see the links below).
    const beside = list.y === holder.y && list.x >= holder.x + holder.width + ORG_CHART.columnGap - 0.1;
    expect(below || beside).toBe(true);
  }
  for (const department of model.departments) {
    const lists = layout.hangings.filter((h) => h.departments.some((d) => d.id === department.id));
    // The political chart shows förvaltningar; the director, staff and inner units are in the administrative chart.
    expect(lists.map((h) => h.bodyId)).toEqual(isDepartmentLevel(department) ? [department.reportsTo] : []);
  }
  // Nothing overlaps, no line runs through a box it does not join, everything is inside the chart,
  // every number is rounded to 0.1. (Collected first: thousands of `expect` calls would be slow.)
  const boxes = boxesOf(layout);
  const violations: string[] = [];
  for (const link of layout.links) {
    const own = new Set([link.from, link.kind === 'body' ? link.to : `list:${link.to}`]);
    for (let i = 1; i < link.points.length; i++) {
      const [x1, y1] = link.points[i - 1]!;
      const [x2, y2] = link.points[i]!;
      const segment = { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
      for (const box of boxes) {
        if (own.has(box.id)) continue;
        const crosses =
          segment.x < box.x + box.width &&
          box.x < segment.x + segment.width + (segment.width === 0 ? 1e-9 : 0) &&
          segment.y < box.y + box.height &&
          box.y < segment.y + segment.height + (segment.height === 0 ? 1e-9 : 0);
        if (crosses) violations.push(`${link.kind} ${link.from}→${link.to} crosses ${box.id}`);
      }
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    if (a.x < 0 || a.y < 0 || a.x + a.width > layout.width || a.y + a.height > layout.height) violations.push(`${a.id} outside`);
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(a, boxes[j]!)) violations.push(`${a.id} × ${boxes[j]!.id}`);
  }
  expect(violations).toEqual([]);
  expect(numbersIn(layout).every(isRounded)).toBe(true);
}

describe('org chart layout of a fixed model', () => {
  const model = chartModel();
  const layout = layoutOrgChart(model, 'sv');
  const at = (id: string) => {
    const b = layout.bodies.find((body) => body.id === id)!;
    return [b.x, b.y, b.height];
  };

  it('puts KF on top, KS first of its row with utskott and beredning below it, lists beside or under', () => {
    expect([layout.width, layout.height]).toEqual([830, 421.5]);
    // Rows: KF; KS, bmn, valnämnd (KS first although the model lists valnämnden first); the three under KS.
    expect(at('kf')).toEqual([422, 12, 72.5]);
    expect(at('ks')).toEqual([176, 114.5, 78]);
    expect(at('bmn')).toEqual([504, 114.5, 93]);
    expect(at('valnamnd')).toEqual([668, 114.5, 64]);
    expect(at('service')).toEqual([12, 345.5, 64]);
    expect(at('omsorg')).toEqual([176, 345.5, 64]);
    expect(at('budgetberedning')).toEqual([340, 345.5, 55.5]);
    // KF is centred over its row, KS over its three children (centres 251 = 87 + 164, 415 − 164).
    expect(422 + 75).toBe((176 + 75 + 668 + 75) / 2);
    // KS has children, so its list sits in the column beside it, level with it; bmn's hangs under it.
    const lists = layout.hangings.map((h) => [h.bodyId, h.x, h.y, h.height]);
    expect(lists).toEqual([
      ['ks', 340, 114.5, 126],
      ['bmn', 504, 219.5, 96],
    ]);
    // The utskott row starts below KS's list (114.5 + 126 = 240.5) and bmn's (219.5 + 96 = 315.5) + gap 30.
    expect(345.5).toBe(315.5 + ORG_CHART.rowGap);
  });

  it('marks budget holders with their frame and share, and lists their areas and departments', () => {
    const ks = layout.bodies.find((b) => b.id === 'ks')!;
    expect(ks.holder).toEqual({ netCostMsek: 190, share: 0.95, baseline: 182.4 });
    expect(layout.bodies.find((b) => b.id === 'bmn')!.holder?.share).toBe(0.05);
    expect(layout.bodies.find((b) => b.id === 'valnamnd')!.holder).toBeUndefined();
    const ksList = layout.hangings[0]!;
    expect(ksList.areas.map((a) => [a.id, a.lines, a.netCostMsek])).toEqual([
      ['teknik', ['Teknisk', 'verksamhet'], 40],
      ['aldreomsorg', ['Äldreomsorg'], 150],
    ]);
    // A long compound is cut after its linking -s-, not in the middle of a syllable.
    expect(ksList.departments.map((d) => d.lines)).toEqual([['Kommunlednings-', 'förvaltningen']]);
    expect(ksList.areasHeading).toBeLessThan(ksList.areas[0]!.baseline);
    expect(ksList.departmentsHeading).toBeGreaterThan(ksList.areas[1]!.baseline);
  });

  it('draws elbow links: down from the parent, across half a gap above the row, down to the child', () => {
    const link = (kind: string, to: string) => layout.links.find((l) => l.kind === kind && l.to === to)?.points;
    expect(link('body', 'ks')).toEqual([
      [497, 84.5],
      [497, 99.5],
      [251, 99.5],
      [251, 114.5],
    ]);
    expect(link('body', 'service')).toEqual([
      [251, 192.5],
      [251, 330.5],
      [87, 330.5],
      [87, 345.5],
    ]);
    // KS reaches its list from its side; bmn's list hangs straight down.
    expect(link('hanging', 'ks')).toEqual([
      [326, 129],
      [340, 129],
    ]);
    expect(link('hanging', 'bmn')).toEqual([
      [579, 207.5],
      [579, 219.5],
    ]);
  });

  it('lays out seat dots in rows: members first, then substitutes on a new row', () => {
    const kf = layout.bodies.find((b) => b.id === 'kf')!;
    const perRow = Math.floor((ORG_CHART.boxWidth - 2 * ORG_CHART.padding) / ORG_CHART.dotStep);
    expect(perRow).toBe(16);
    const rows = [...new Set(kf.dots.map((d) => d.cy))];
    // 21 members = 16 + 5, 11 substitutes on a row of their own.
    expect(rows).toHaveLength(3);
    expect(kf.dots.filter((d) => d.cy === rows[0]).every((d) => d.filled)).toBe(true);
    expect(kf.dots.filter((d) => d.cy === rows[1])).toHaveLength(5);
    expect(kf.dots.filter((d) => d.cy === rows[2]).every((d) => !d.filled)).toBe(true);
    expect(kf.dots[0]).toEqual({ cx: 432, cy: 52, filled: true });
  });

  it('has the properties of every chart, and is the same every time', () => {
    checkChart(model, layout);
    expect(layoutOrgChart(model, 'sv')).toEqual(layout);
  });

  it('uses the English names when asked', () => {
    const english = layoutOrgChart(model, 'en');
    expect(english.bodies.find((b) => b.id === 'ks')!.name).toBe('Kommunstyrelsen (en)');
    checkChart(model, english);
  });
});

describe('org chart layout of the shipped models', () => {
  for (const { file, model } of shippedModelFiles()) {
    it(`${file}: KF on top, utskott below KS, every body once, a dot per seat, areas under their holder`, () => {
      const layout = layoutOrgChart(model, 'sv');
      checkChart(model, layout);
      const ks = layout.bodies.find((b) => b.kind === 'executiveBoard')!;
      for (const sub of layout.bodies.filter((b) => b.kind === 'subcommittee' && b.parentId === ks.id)) {
        expect(sub.y).toBeGreaterThan(ks.y + ks.height);
      }
    });
  }
});

describe('org chart layout of broken and random organisations', () => {
  it('hangs a body whose parent is missing, or part of a cycle, under KF and flags it', () => {
    const model = chartModel();
    const broken: Model = {
      ...model,
      bodies: [
        ...model.bodies,
        { ...model.bodies[3]!, id: 'orphan', parent: 'nowhere' },
        { ...model.bodies[3]!, id: 'loop-a', parent: 'loop-b' },
        { ...model.bodies[3]!, id: 'loop-b', parent: 'loop-a' },
        { ...model.bodies[3]!, id: 'ks' },
      ],
      serviceAreas: [...model.serviceAreas, { ...model.serviceAreas[0]!, id: 'lost', budgetHolder: 'nowhere' }],
    };
    const layout = layoutOrgChart(broken, 'sv');
    const byId = new Map(layout.bodies.map((b) => [b.id, b]));
    expect(byId.get('orphan')).toMatchObject({ parentId: 'kf', detached: true, depth: 1 });
    // One of the pair is cut loose and hangs under KF; the other stays under it.
    const loop = [byId.get('loop-a')!, byId.get('loop-b')!];
    expect(loop.filter((b) => b.detached).map((b) => b.parentId)).toEqual(['kf']);
    // A repeated id is drawn once (the first), an area whose holder is unknown is listed, not drawn.
    expect(layout.bodies.filter((b) => b.id === 'ks')).toHaveLength(1);
    expect(layout.unplaced.areas).toEqual(['lost']);
  });

  it('gives an empty chart for a model without bodies', () => {
    const layout = layoutOrgChart({ ...chartModel(), bodies: [] }, 'sv');
    expect(layout.bodies).toEqual([]);
    expect(layout.width).toBe(2 * ORG_CHART.margin);
  });

  const kinds: Body['kind'][] = ['executiveBoard', 'committee', 'subcommittee', 'draftingCommittee', 'electionCommittee'];
  /** A KF and 1–14 bodies, each under KF or an earlier body; areas held and departments reporting at random. */
  const organisationArb = fc
    .array(
      fc.record({
        kind: fc.constantFrom(...kinds),
        parent: fc.nat(),
        members: fc.integer({ min: 0, max: 40 }),
        substitutes: fc.integer({ min: 0, max: 40 }),
        areas: fc.integer({ min: 0, max: 4 }),
        departments: fc.integer({ min: 0, max: 2 }),
        nameLength: fc.integer({ min: 1, max: 60 }),
      }),
      { minLength: 1, maxLength: 14 },
    )
    .map((specs): Model => {
      const base = chartModel();
      const bodies: Body[] = [{ ...base.bodies[0]! }];
      specs.forEach((spec, i) => {
        const parent = bodies[spec.parent % bodies.length]!.id;
        bodies.push({
          id: `b${i}`,
          kind: spec.kind,
          name: { sv: 'Nämnd '.repeat(spec.nameLength).slice(0, spec.nameLength * 4), en: `Body ${i}` },
          parent,
          members: spec.members,
          substitutes: spec.substitutes,
          meetingsPerYear: 10,
        });
      });
      const serviceAreas = specs.flatMap((spec, i) =>
        Array.from({ length: spec.areas }, (_, k) => ({ ...base.serviceAreas[0]!, id: `a${i}-${k}`, budgetHolder: `b${i}` })),
      );
      const departments = specs.flatMap((spec, i) =>
        Array.from({ length: spec.departments }, (_, k) => ({ ...base.departments[0]!, id: `d${i}-${k}`, reportsTo: `b${i}` })),
      );
      return { ...base, bodies, serviceAreas, departments };
    });

  it('keeps every property for random organisations', () => {
    fc.assert(
      fc.property(organisationArb, (model) => {
        checkChart(model, layoutOrgChart(model, 'sv'));
      }),
      { numRuns: 120 },
    );
  }, 30_000);
});
