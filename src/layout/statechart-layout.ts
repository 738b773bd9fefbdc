// A statechart diagram of an XState machine, as positioned plain data (drawn by src/render/statechart-diagram.tsx).
// `describeStatechart` reads the machine definition itself — states, nested states, transitions with their
// events, guards and actions — so a changed machine redraws itself; `layoutStatechart` sizes every box from
// its (already translated) text and places it with dagre, the layered graph layout of Sugiyama, Tagawa &
// Toda (1981) as Gansner et al. (1993) refined it: cycles broken, nodes ranked by network simplex, crossings
// reduced by the median heuristic, coordinates by Brandes & Köpf (2001).
//
// Nested states are laid out from the inside out (a recursive layout, as for clustered graphs): a compound
// state's children are placed first, with the transitions among them; the compound then becomes one box
// (a header with its title above its children) in its parent's layout. Each transition is routed by dagre
// at the level of the lowest state containing both its ends, between the boxes that contain them there;
// a short straight segment then joins the route to a nested end's own box. Transitions that keep their
// state (no target, or the state itself) are listed inside the state's box as chips, not drawn as loops.
// Pure and deterministic; coordinates are rounded to whole pixels.
import dagre from '@dagrejs/dagre';
import type { AnyStateMachine } from 'xstate';
import type { Text } from '@/domain/model-schema';
import { charsThatFit, wrapText } from './text-wrap';

export interface StatechartState {
  /** Dot-separated path from the root, e.g. "decision.byPreparer" (what the compiled table calls it). */
  id: string;
  key: string;
  /** Path of the parent state; undefined for top-level states. */
  parent: string | undefined;
  type: 'atomic' | 'compound' | 'final' | 'parallel' | 'history';
  /** The state's `meta.label`, when the machine gives one. */
  label: Text | undefined;
  /** The initial state of its parent (or of the machine). */
  initial: boolean;
  children: string[];
}

export interface StatechartTransition {
  /** `${source}|${event or "always"}|${position}`: unique and stable for a machine definition. */
  id: string;
  source: string;
  /** Target state path; undefined for a transition that only runs actions. */
  target: string | undefined;
  /** Event type; undefined for an eventless (`always`) transition. */
  event: string | undefined;
  /** Name of the guard; "inline" for an unnamed guard. */
  guard: string | undefined;
  /** Unguarded fallback after guarded candidates for the same event: taken when none of them holds. */
  otherwise: boolean;
  actions: string[];
  /** Stays in its state (no target, or the state itself): drawn inside the state's box. */
  internal: boolean;
  /** Position among the source's candidates for the same event (XState tries them in this order). */
  position: number;
}

export interface StatechartGraph {
  machineId: string;
  /** Every state except the machine's root, in document order. */
  states: StatechartState[];
  transitions: StatechartTransition[];
}

/** The parts of an XState v5 state node this module reads. */
interface StateNodeLike {
  key: string;
  path: string[];
  type: StatechartState['type'];
  states: Record<string, StateNodeLike>;
  meta?: unknown;
  transitions: Map<string, TransitionLike[]>;
  always?: TransitionLike[];
  initial?: { target: StateNodeLike[] };
}
interface TransitionLike {
  target?: readonly StateNodeLike[];
  guard?: unknown;
  actions: readonly unknown[];
}

function nameOf(reference: unknown): string {
  if (typeof reference === 'string') return reference;
  if (typeof reference === 'object' && reference !== null && 'type' in reference && typeof reference.type === 'string') {
    return reference.type;
  }
  return 'inline';
}

function labelOf(meta: unknown): Text | undefined {
  if (typeof meta !== 'object' || meta === null || !('label' in meta)) return undefined;
  const label = (meta as { label: unknown }).label;
  if (typeof label !== 'object' || label === null) return undefined;
  const { sv, en } = label as { sv?: unknown; en?: unknown };
  return typeof sv === 'string' && typeof en === 'string' ? { sv, en } : undefined;
}

/** States and transitions of `machine`, read from its definition. */
export function describeStatechart(machine: AnyStateMachine): StatechartGraph {
  const root = machine.root as unknown as StateNodeLike;
  const states: StatechartState[] = [];
  const transitions: StatechartTransition[] = [];
  const pathOf = (node: StateNodeLike): string => node.path.join('.');

  const addTransitions = (node: StateNodeLike, event: string | undefined, list: readonly TransitionLike[]): void => {
    let guardedBefore = false;
    list.forEach((transition, position) => {
      const source = pathOf(node);
      const targetNode = transition.target?.[0];
      const target = targetNode === undefined ? undefined : pathOf(targetNode);
      const guard = transition.guard === undefined ? undefined : nameOf(transition.guard);
      transitions.push({
        id: `${source}|${event ?? 'always'}|${position}`,
        source,
        target,
        event,
        guard,
        otherwise: guard === undefined && guardedBefore,
        actions: transition.actions.map(nameOf),
        internal: target === undefined || target === source,
        position,
      });
      if (guard !== undefined) guardedBefore = true;
    });
  };

  const visit = (node: StateNodeLike, parent: StateNodeLike | undefined): void => {
    if (parent !== undefined) {
      const parentInitial = parent.initial?.target[0];
      states.push({
        id: pathOf(node),
        key: node.key,
        parent: parent === root ? undefined : pathOf(parent),
        type: node.type,
        label: labelOf(node.meta),
        initial: parentInitial !== undefined && parentInitial === node,
        children: Object.values(node.states).map(pathOf),
      });
      for (const [event, list] of node.transitions) addTransitions(node, event, list);
      if (node.always !== undefined) addTransitions(node, undefined, node.always);
    }
    for (const child of Object.values(node.states)) visit(child, node);
  };
  visit(root, undefined);
  return { machineId: machine.id, states, transitions };
}

// ---- layout --------------------------------------------------------------------------------------------

/** Sizes in px at scale 1, chosen to stay readable on a shared 1280×720 screen. */
export const STATECHART = {
  margin: 16,
  stateWidth: 196,
  padding: 9,
  titleFont: 15,
  titleLine: 19,
  maxTitleLines: 3,
  detailFont: 13,
  detailLine: 17,
  maxDetailLines: 4,
  chipFont: 13,
  chipLine: 17,
  chipPadding: 4,
  chipGap: 5,
  maxChipLines: 3,
  labelWidth: 150,
  labelFont: 13,
  labelLine: 17,
  labelPadding: 4,
  maxLabelLines: 4,
  /** Space between a compound state's border and its children. */
  clusterPadding: 14,
  initialDot: 12,
  nodeSep: 24,
  rankSep: 26,
  edgeSep: 12,
} as const;

/** Text to show, in the reader's language; the layout only wraps and measures it. */
export interface StatechartText {
  /** The state's name. */
  title(state: StatechartState): string;
  /** A second line under the name (e.g. which body acts in this organisation); empty for none. */
  detail(state: StatechartState): string;
  /** Label of a transition: the event in words, then the guard in words (empty strings are left out). */
  transition(transition: StatechartTransition): string[];
}

export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface TextBox extends Box {
  lines: string[];
}

export interface LaidOutChip extends TextBox {
  transition: string;
}

export interface LaidOutState extends Box {
  id: string;
  parent: string | undefined;
  type: StatechartState['type'];
  initial: boolean;
  compound: boolean;
  titleLines: string[];
  detailLines: string[];
  /** Where the title, detail and chips sit: the whole box, or a compound state's header band. */
  textBox: Box;
  /** Transitions that stay in this state, listed inside its box (for a compound state, in its header). */
  chips: LaidOutChip[];
}

export interface LaidOutTransition {
  id: string;
  source: string;
  target: string;
  eventless: boolean;
  /** Polyline from the source's border to the target's border. */
  points: Point[];
  label: TextBox;
}

export interface InitialMarker {
  /** The compound state whose initial child this marks; undefined for the machine's initial state. */
  parent: string | undefined;
  target: string;
  dot: Point;
  points: Point[];
}

export interface StatechartLayout {
  machineId: string;
  width: number;
  height: number;
  /** Outer states before the states inside them, so boxes can be drawn in this order. */
  states: LaidOutState[];
  transitions: LaidOutTransition[];
  initials: InitialMarker[];
}

const round = (value: number): number => Math.round(value);
const INITIAL_NODE = '#initial';

interface Measured {
  height: number;
  titleLines: string[];
  detailLines: string[];
  chips: { transition: string; lines: string[]; height: number }[];
  chipsTop: number;
}

function measureText(state: StatechartState, chips: readonly StatechartTransition[], text: StatechartText): Measured {
  const S = STATECHART;
  const inner = S.stateWidth - 2 * S.padding;
  const titleLines = wrapText(text.title(state), charsThatFit(inner, S.titleFont), S.maxTitleLines);
  const detail = text.detail(state);
  const detailLines = detail ? wrapText(detail, charsThatFit(inner, S.detailFont), S.maxDetailLines) : [];
  let height = S.padding + titleLines.length * S.titleLine + detailLines.length * S.detailLine;
  const chipsTop = height + (chips.length > 0 ? S.chipGap : 0);
  height = chipsTop;
  const measuredChips = chips.map((transition) => {
    const lines = wrapText(
      text.transition(transition).filter(Boolean).join(' · '),
      charsThatFit(inner - 2 * S.chipPadding, S.chipFont),
      S.maxChipLines,
    );
    const chipHeight = lines.length * S.chipLine + 2 * S.chipPadding;
    height += chipHeight + S.chipGap;
    return { transition: transition.id, lines, height: chipHeight };
  });
  height += S.padding;
  return { height, titleLines, detailLines, chips: measuredChips, chipsTop };
}

function measureLabel(transition: StatechartTransition, text: StatechartText): { width: number; height: number; lines: string[] } {
  const S = STATECHART;
  const chars = charsThatFit(S.labelWidth - 2 * S.labelPadding, S.labelFont);
  const lines = text
    .transition(transition)
    .filter(Boolean)
    .flatMap((part) => wrapText(part, chars, S.maxLabelLines));
  const longest = lines.reduce((max, line) => Math.max(max, line.length), 0);
  const width = Math.min(S.labelWidth, Math.ceil(longest * S.labelFont * 0.58) + 2 * S.labelPadding);
  return { width, height: lines.length * S.labelLine + 2 * S.labelPadding, lines };
}

/** Where the segment from the centre of `box` towards `toward` leaves the box (dagre's rule for node ends). */
function borderPoint(box: Box, toward: Point): Point {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: box.y + box.height };
  const w = box.width / 2;
  const h = box.height / 2;
  if (Math.abs(dy) * w > Math.abs(dx) * h) {
    const sy = dy < 0 ? -h : h;
    return { x: cx + (sy * dx) / dy, y: cy + sy };
  }
  const sx = dx < 0 ? -w : w;
  return { x: cx + sx, y: cy + (sx * dy) / dx };
}

/** One level of the recursive layout: the children of one compound state (or of the machine). */
interface Level {
  width: number;
  height: number;
  /** Child boxes relative to the level's top-left corner. */
  boxes: Map<string, Box>;
  routes: { transition: StatechartTransition; points: Point[]; label: Box }[];
  initial?: { target: string; dot: Point; points: Point[] };
}

/** Positions every state, transition and initial marker of `graph`. */
export function layoutStatechart(graph: StatechartGraph, text: StatechartText): StatechartLayout {
  const S = STATECHART;
  const stateById = new Map(graph.states.map((state) => [state.id, state]));
  const isCompound = (id: string): boolean => (stateById.get(id)?.children.length ?? 0) > 0;
  const childrenOf = (parent: string | undefined): StatechartState[] =>
    graph.states.filter((state) => state.parent === parent);
  const ancestry = (id: string): string[] => {
    const chain: string[] = [];
    for (let current: string | undefined = id; current !== undefined; current = stateById.get(current)?.parent) {
      chain.unshift(current);
    }
    return chain;
  };

  // Each drawable transition is routed at the level of the lowest state containing both ends.
  const routedAt = new Map<string | undefined, { transition: StatechartTransition; from: string; to: string }[]>();
  const chipsOf = new Map<string, StatechartTransition[]>();
  const addChip = (transition: StatechartTransition): void => {
    chipsOf.set(transition.source, [...(chipsOf.get(transition.source) ?? []), transition]);
  };
  for (const transition of graph.transitions) {
    if (transition.internal || transition.target === undefined) {
      addChip(transition);
      continue;
    }
    const a = ancestry(transition.source);
    const b = ancestry(transition.target);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const from = a[common];
    const to = b[common];
    // A transition between a state and its own descendant has no two distinct boxes to join.
    if (from === undefined || to === undefined) {
      addChip(transition);
      continue;
    }
    const level = common === 0 ? undefined : a[common - 1];
    routedAt.set(level, [...(routedAt.get(level) ?? []), { transition, from, to }]);
  }

  const measured = new Map(graph.states.map((state) => [state.id, measureText(state, chipsOf.get(state.id) ?? [], text)]));
  const labels = new Map(graph.transitions.map((t) => [t.id, measureLabel(t, text)]));
  const levels = new Map<string | undefined, Level>();
  const sizes = new Map<string, { width: number; height: number }>();

  const sizeOf = (id: string): { width: number; height: number } => {
    const known = sizes.get(id);
    if (known !== undefined) return known;
    const header = (measured.get(id) as Measured).height;
    let size: { width: number; height: number };
    if (isCompound(id)) {
      const inner = layoutLevel(id);
      size = {
        width: Math.max(S.stateWidth, inner.width) + 2 * S.clusterPadding,
        height: header + inner.height + S.clusterPadding,
      };
    } else {
      size = { width: S.stateWidth, height: header };
    }
    sizes.set(id, size);
    return size;
  };

  function layoutLevel(parent: string | undefined): Level {
    const g = new dagre.graphlib.Graph({ multigraph: true });
    g.setGraph({ rankdir: 'TB', nodesep: S.nodeSep, ranksep: S.rankSep, edgesep: S.edgeSep, marginx: 0, marginy: 0 });
    g.setDefaultEdgeLabel(() => ({}));
    const children = childrenOf(parent);
    for (const child of children) g.setNode(child.id, { ...sizeOf(child.id) });
    const initial = children.find((child) => child.initial);
    if (initial !== undefined) {
      g.setNode(INITIAL_NODE, { width: S.initialDot, height: S.initialDot });
      g.setEdge(INITIAL_NODE, initial.id, { minlen: 1, weight: 4, width: 0, height: 0 }, 'initial');
    }
    // Machines are written in the order a case moves, so a transition to a state written earlier is a
    // step back (återremiss, another committee's turn). Those are laid out reversed, which keeps the
    // forward flow running down the page instead of leaving the choice of back edges to chance.
    const position = new Map(children.map((child, index) => [child.id, index]));
    const routes = (routedAt.get(parent) ?? []).map((route) => ({
      ...route,
      backwards: (position.get(route.to) ?? 0) < (position.get(route.from) ?? 0),
    }));
    const ends = (route: { from: string; to: string; backwards: boolean }): [string, string] =>
      route.backwards ? [route.to, route.from] : [route.from, route.to];
    for (const route of routes) {
      const label = labels.get(route.transition.id) as { width: number; height: number };
      const [v, w] = ends(route);
      g.setEdge(v, w, { minlen: 1, weight: 2, width: label.width, height: label.height, labelpos: 'c' }, route.transition.id);
    }
    dagre.layout(g);

    const boxOf = (id: string): Box => {
      const node = g.node(id) as { x: number; y: number; width: number; height: number };
      return { x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width, height: node.height };
    };
    const boxes = new Map(children.map((child) => [child.id, boxOf(child.id)]));
    const pointsOf = (v: string, w: string, name: string): Point[] =>
      ((g.edge(v, w, name) as { points?: Point[] } | undefined)?.points ?? []).map((p) => ({ x: p.x, y: p.y }));
    const level: Level = {
      width: (g.graph().width as number | undefined) ?? 0,
      height: (g.graph().height as number | undefined) ?? 0,
      boxes,
      routes: routes.map((route) => {
        const { transition } = route;
        const [v, w] = ends(route);
        const edge = g.edge(v, w, transition.id) as { x?: number; y?: number; width?: number; height?: number };
        const width = edge.width ?? 0;
        const height = edge.height ?? 0;
        const points = pointsOf(v, w, transition.id);
        return {
          transition,
          points: route.backwards ? points.reverse() : points,
          label: { x: (edge.x ?? 0) - width / 2, y: (edge.y ?? 0) - height / 2, width, height },
        };
      }),
    };
    if (initial !== undefined) {
      const dot = boxOf(INITIAL_NODE);
      level.initial = {
        target: initial.id,
        dot: { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 },
        points: pointsOf(INITIAL_NODE, initial.id, 'initial'),
      };
    }
    levels.set(parent, level);
    return level;
  }

  const root = layoutLevel(undefined);

  // Place every level at its absolute offset: the root at the margin, a compound's children under its header.
  const absolute = new Map<string, Box>();
  const origins = new Map<string | undefined, Point>();
  const place = (parent: string | undefined, origin: Point): void => {
    origins.set(parent, origin);
    const level = levels.get(parent) as Level;
    for (const [id, box] of level.boxes) {
      const placed = { x: origin.x + box.x, y: origin.y + box.y, width: box.width, height: box.height };
      absolute.set(id, placed);
      if (isCompound(id)) {
        const inner = levels.get(id) as Level;
        const header = (measured.get(id) as Measured).height;
        place(id, { x: placed.x + (placed.width - inner.width) / 2, y: placed.y + header });
      }
    }
  };
  place(undefined, { x: S.margin, y: S.margin });

  const shift = (p: Point, o: Point): Point => ({ x: p.x + o.x, y: p.y + o.y });
  const roundPoint = (p: Point): Point => ({ x: round(p.x), y: round(p.y) });
  const roundBox = (b: Box): Box => ({ x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) });

  const states: LaidOutState[] = [];
  const byDepth = [...graph.states].sort((a, b) => ancestry(a.id).length - ancestry(b.id).length);
  for (const state of byDepth) {
    const box = absolute.get(state.id) as Box;
    const text = measured.get(state.id) as Measured;
    const compound = isCompound(state.id);
    const textBox = compound ? { x: box.x, y: box.y, width: box.width, height: text.height } : box;
    let chipTop = textBox.y + text.chipsTop;
    const chips = text.chips.map((chip) => {
      const laid: LaidOutChip = {
        transition: chip.transition,
        x: round(textBox.x + S.padding),
        y: round(chipTop),
        width: S.stateWidth - 2 * S.padding,
        height: round(chip.height),
        lines: chip.lines,
      };
      chipTop += chip.height + S.chipGap;
      return laid;
    });
    states.push({
      id: state.id,
      parent: state.parent,
      type: state.type,
      initial: state.initial,
      compound,
      ...roundBox(box),
      titleLines: text.titleLines,
      detailLines: text.detailLines,
      textBox: roundBox(textBox),
      chips,
    });
  }

  const transitions: LaidOutTransition[] = [];
  const initials: InitialMarker[] = [];
  for (const [parent, level] of levels) {
    const origin = origins.get(parent) as Point;
    for (const route of level.routes) {
      const { transition } = route;
      const points = route.points.map((p) => shift(p, origin));
      // Join the route to nested ends: from the source's own box to where the route leaves its container,
      // and from where it enters the target's container to the target's own box.
      const first = points[0];
      const last = points[points.length - 1];
      const source = absolute.get(transition.source);
      const target = absolute.get(transition.target ?? '');
      if (first !== undefined && source !== undefined && level.boxes.get(transition.source) === undefined) {
        points.unshift(borderPoint(source, first));
      }
      if (last !== undefined && target !== undefined && level.boxes.get(transition.target ?? '') === undefined) {
        points.push(borderPoint(target, last));
      }
      const label = labels.get(transition.id) as { lines: string[] };
      transitions.push({
        id: transition.id,
        source: transition.source,
        target: transition.target ?? '',
        eventless: transition.event === undefined,
        points: points.map(roundPoint),
        label: { ...roundBox({ ...route.label, x: route.label.x + origin.x, y: route.label.y + origin.y }), lines: label.lines },
      });
    }
    if (level.initial !== undefined) {
      initials.push({
        parent,
        target: level.initial.target,
        dot: roundPoint(shift(level.initial.dot, origin)),
        points: level.initial.points.map((p) => roundPoint(shift(p, origin))),
      });
    }
  }
  // Document order, whatever order the levels were laid out in.
  const order = new Map(graph.transitions.map((t, i) => [t.id, i]));
  transitions.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));

  return {
    machineId: graph.machineId,
    width: round(root.width + 2 * S.margin),
    height: round(root.height + 2 * S.margin),
    states,
    transitions,
    initials,
  };
}
