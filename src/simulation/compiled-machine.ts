// Compiles an XState v5 machine (from `setup().createMachine`) into a flat transition table, so the
// simulation can step thousands of matters with integer lookups instead of XState snapshots (DESIGN §5:
// the machines *are* the process; the table is derived from them, never written by hand).
//
// States are the machine's leaf states (atomic and final), numbered in document order; events are the
// event types the machine names. For each (state, event) the table holds the ordered candidate
// transitions collected from the leaf up through its ancestors, which is XState's selection rule
// (SCXML document order: the first enabled candidate of the innermost state wins). Guards are evaluated
// by plain predicates over a plain context, the same predicates the machine's named guards call, so the
// two paths share one definition; a property test (tests/property/compiled-machine.test.ts) checks that
// the table and XState's pure `transition` agree on random event sequences.
//
// Supported: compound states, final states at the top level, named guards without params, eventless
// `always` transitions with targets, named transition actions that update context. Everything else
// (parallel, history, entry/exit actions, delays, invoke, onDone, wildcard events, inline guards or
// actions) is rejected with an error naming the state, because the table would silently differ.
import type { AnyStateMachine, StateValue } from 'xstate';

/** A guard as a pure predicate over the machine's context. */
export type GuardPredicate<C> = (context: C) => boolean;
/** A context update as a pure function returning the changed fields (what `assign` would merge). */
export type ContextUpdate<C> = (context: C) => Partial<C>;

export interface CompileOptions<C> {
  /** One predicate per guard name the machine uses. */
  guards: Readonly<Record<string, GuardPredicate<C>>>;
  /**
   * Every action name the machine uses: the context update it makes (mirrored by the table), or null
   * for actions that do not change context.
   */
  actions?: Readonly<Record<string, ContextUpdate<C> | null>>;
}

export interface CompiledMachine<C> {
  readonly machineId: string;
  /** Leaf state paths in document order, e.g. "decision.byCouncil"; a state's index is its position. */
  readonly statePaths: readonly string[];
  /** Event types in the order of their indices. */
  readonly eventTypes: readonly string[];
  /** Index of a leaf state path; throws for an unknown path. */
  stateIndex(path: string): number;
  /** Index of an event type; throws for an event the machine does not know. */
  eventIndex(type: string): number;
  /** The state the machine starts in for this context (after eventless transitions). */
  initialState(context: C): number;
  /**
   * The state after `event` in `state`. Context updates of the taken transitions are applied to
   * `context` in place, so pass one mutable context object per running instance.
   */
  step(state: number, event: number, context: C): number;
  /** True for a top-level final state: the machine is done and ignores further events. */
  isFinal(state: number): boolean;
  /** XState's state value of a leaf state (shared object, do not mutate). */
  stateValue(state: number): StateValue;
  /** Leaf state index of an XState state value; throws for a value this machine cannot have. */
  stateIndexOfValue(value: StateValue): number;
}

/** Direct-table markers: no transition for this (state, event); candidates need guards or actions. */
const NO_TRANSITION = -1;
const SLOW_PATH = -2;
/** A candidate without a target stays in its state (an XState targetless transition). */
const STAY = -1;
const NO_GUARD = -1;
/** Eventless transitions that keep firing mean a cycle in the machine; XState would loop forever. */
const MAX_EVENTLESS_STEPS = 100;

interface StateNodeLike {
  id: string;
  key: string;
  path: string[];
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  states: Record<string, StateNodeLike>;
  parent?: StateNodeLike;
  entry: unknown[];
  exit: unknown[];
  transitions: Map<string, TransitionLike[]>;
  always?: TransitionLike[];
  initial: { target: StateNodeLike[]; actions: unknown[] };
  config: Record<string, unknown>;
}

interface TransitionLike {
  target?: StateNodeLike[];
  guard?: unknown;
  actions: unknown[];
}

interface Candidate {
  guard: number;
  target: number;
  actions: number[];
}

function unsupported(node: StateNodeLike, what: string): Error {
  return new Error(`compiled-machine: state "#${node.id}" uses ${what}, which the compiler does not support`);
}

function nameOf(node: StateNodeLike, reference: unknown, kind: 'guard' | 'action'): string {
  if (typeof reference === 'string') return reference;
  if (
    typeof reference === 'object' &&
    reference !== null &&
    'type' in reference &&
    typeof reference.type === 'string' &&
    !('params' in reference)
  ) {
    return reference.type;
  }
  throw unsupported(node, `an inline or parameterised ${kind} (use a named ${kind} without params)`);
}

function checkNodeIsSupported(node: StateNodeLike, isRoot: boolean): void {
  const { config } = node;
  if (node.type === 'parallel') throw unsupported(node, 'a parallel state');
  if (node.type === 'history') throw unsupported(node, 'a history state');
  for (const key of ['after', 'invoke', 'onDone', 'route'] as const) {
    if (config[key] !== undefined) throw unsupported(node, `"${key}"`);
  }
  if (node.entry.length > 0 || node.exit.length > 0) {
    throw unsupported(node, 'entry or exit actions (put actions on transitions)');
  }
  if (node.type === 'compound' && node.initial.actions.length > 0) throw unsupported(node, 'initial actions');
  if (node.type === 'final' && node.parent !== undefined && node.parent.parent !== undefined) {
    throw unsupported(node, 'a nested final state (final states must be top-level)');
  }
  const hasTransitions = node.transitions.size > 0 || (node.always?.length ?? 0) > 0;
  if (hasTransitions && (isRoot || node.type === 'final')) {
    throw unsupported(node, 'transitions on the root or a final state (XState ignores them once done)');
  }
  for (const [eventType, transitions] of node.transitions) {
    if (eventType.includes('*') || eventType.startsWith('xstate.')) throw unsupported(node, `event "${eventType}"`);
    for (const transition of transitions) {
      if ((transition.target?.length ?? 0) > 1) throw unsupported(node, 'a transition with several targets');
    }
  }
  for (const transition of node.always ?? []) {
    if (transition.target === undefined || transition.target.length !== 1) {
      throw unsupported(node, 'an eventless transition without exactly one target');
    }
  }
}

/** Depth-first, document-order walk of all state nodes. */
function allNodes(root: StateNodeLike): StateNodeLike[] {
  const nodes: StateNodeLike[] = [];
  const visit = (node: StateNodeLike): void => {
    nodes.push(node);
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(root);
  return nodes;
}

/** The leaf a transition into `node` ends in: follow initial states down to an atomic or final state. */
function entryLeaf(node: StateNodeLike): StateNodeLike {
  let current = node;
  while (current.type === 'compound') {
    const next = current.initial.target[0];
    if (next === undefined) throw unsupported(current, 'a compound state without an initial state');
    current = next;
  }
  return current;
}

/** The leaf and its proper ancestors, innermost first (the order XState selects candidates in). */
function selfAndAncestors(leaf: StateNodeLike): StateNodeLike[] {
  const chain: StateNodeLike[] = [];
  for (let node: StateNodeLike | undefined = leaf; node !== undefined; node = node.parent) chain.push(node);
  return chain;
}

function toStateValue(path: readonly string[]): StateValue {
  let value: StateValue = path[path.length - 1] ?? '';
  for (let i = path.length - 2; i >= 0; i--) value = { [path[i] ?? '']: value };
  return value;
}

export function compileMachine<C extends object>(
  machine: AnyStateMachine,
  options: CompileOptions<C>,
): CompiledMachine<C> {
  const root = machine.root as unknown as StateNodeLike;
  const nodes = allNodes(root);
  for (const node of nodes) checkNodeIsSupported(node, node === root);

  const leaves = nodes.filter((node) => node.type === 'atomic' || node.type === 'final');
  const leafIndexById = new Map(leaves.map((leaf, index) => [leaf.id, index]));
  const statePaths = leaves.map((leaf) => leaf.path.join('.'));
  const stateIndexByPath = new Map(statePaths.map((path, index) => [path, index]));
  const stateValues = leaves.map((leaf) => Object.freeze(toStateValue(leaf.path)) as StateValue);
  const finalFlags = leaves.map((leaf) => leaf.type === 'final');

  const eventTypes = [...new Set(nodes.flatMap((node) => [...node.transitions.keys()]))];
  const eventIndexByType = new Map(eventTypes.map((type, index) => [type, index]));

  const guardNames: string[] = [];
  const guardIndexByName = new Map<string, number>();
  const actionNames: string[] = [];
  const actionIndexByName = new Map<string, number>();

  const toCandidate = (source: StateNodeLike, transition: TransitionLike): Candidate => {
    let guard = NO_GUARD;
    if (transition.guard !== undefined) {
      const name = nameOf(source, transition.guard, 'guard');
      if (!(name in options.guards)) {
        throw new Error(`compiled-machine: guard "${name}" of "#${source.id}" has no predicate in options.guards`);
      }
      guard = guardIndexByName.get(name) ?? guardNames.push(name) - 1;
      guardIndexByName.set(name, guard);
    }
    const actions = transition.actions.map((reference) => {
      const name = nameOf(source, reference, 'action');
      if (!(name in (options.actions ?? {}))) {
        throw new Error(`compiled-machine: action "${name}" of "#${source.id}" is not listed in options.actions`);
      }
      const index = actionIndexByName.get(name) ?? actionNames.push(name) - 1;
      actionIndexByName.set(name, index);
      return index;
    });
    const targetNode = transition.target?.[0];
    const target = targetNode === undefined ? STAY : (leafIndexById.get(entryLeaf(targetNode).id) ?? STAY);
    return { guard, target, actions };
  };

  // Candidate lists: one row per (leaf, event), then one eventless row per leaf.
  const eventCount = eventTypes.length;
  const rows: Candidate[][] = [];
  for (const leaf of leaves) {
    const chain = leaf.type === 'final' ? [] : selfAndAncestors(leaf);
    for (const eventType of eventTypes) {
      rows.push(chain.flatMap((node) => (node.transitions.get(eventType) ?? []).map((t) => toCandidate(node, t))));
    }
  }
  for (const leaf of leaves) {
    const chain = leaf.type === 'final' ? [] : selfAndAncestors(leaf);
    rows.push(chain.flatMap((node) => (node.always ?? []).map((t) => toCandidate(node, t))));
  }

  const candidates = rows.flat();
  const rowStart = new Int32Array(rows.length + 1);
  rows.forEach((row, index) => (rowStart[index + 1] = (rowStart[index] ?? 0) + row.length));
  const candidateGuard = Int32Array.from(candidates, (candidate) => candidate.guard);
  const candidateTarget = Int32Array.from(candidates, (candidate) => candidate.target);
  const actionStart = new Int32Array(candidates.length + 1);
  candidates.forEach((c, index) => (actionStart[index + 1] = (actionStart[index] ?? 0) + c.actions.length));
  const actionList = Int32Array.from(candidates.flatMap((candidate) => candidate.actions));
  const guardFunctions = guardNames.map((name) => options.guards[name] as GuardPredicate<C>);
  const actionFunctions = actionNames.map((name) => options.actions?.[name] ?? null);
  const alwaysRow = (leaf: number): number => leaves.length * eventCount + leaf;
  const hasEventless = (leaf: number): boolean => rowStart[alwaysRow(leaf)] !== rowStart[alwaysRow(leaf) + 1];

  // The direct table answers the common case (one unguarded, action-free candidate into a state with no
  // eventless transitions) with a single array read.
  const direct = new Int32Array(leaves.length * eventCount);
  rows.slice(0, leaves.length * eventCount).forEach((row, index) => {
    const leaf = Math.floor(index / Math.max(1, eventCount));
    const first = row[0];
    if (first === undefined) direct[index] = NO_TRANSITION;
    else if (first.guard === NO_GUARD && first.actions.length === 0) {
      const target = first.target === STAY ? leaf : first.target;
      direct[index] = target !== leaf && hasEventless(target) ? SLOW_PATH : target;
    } else direct[index] = SLOW_PATH;
  });

  /** First enabled candidate of a row, or -1; applies its context updates. */
  const fire = (row: number, context: C): number => {
    const end = rowStart[row + 1] ?? 0;
    for (let candidate = rowStart[row] ?? 0; candidate < end; candidate++) {
      const guard = candidateGuard[candidate] ?? NO_GUARD;
      if (guard !== NO_GUARD && !(guardFunctions[guard] as GuardPredicate<C>)(context)) continue;
      const actionsEnd = actionStart[candidate + 1] ?? 0;
      for (let a = actionStart[candidate] ?? 0; a < actionsEnd; a++) {
        const update = actionFunctions[actionList[a] ?? 0];
        if (update) Object.assign(context, update(context));
      }
      return candidate;
    }
    return -1;
  };

  const settle = (state: number, context: C): number => {
    let current = state;
    for (let steps = 0; steps < MAX_EVENTLESS_STEPS; steps++) {
      const candidate = fire(alwaysRow(current), context);
      if (candidate < 0) return current;
      current = candidateTarget[candidate] ?? current;
    }
    throw new Error(`compiled-machine: eventless transitions of "${machine.id}" do not settle (a cycle?)`);
  };

  const initialLeaf = leafIndexById.get(entryLeaf(root).id) ?? 0;

  const stateIndex = (path: string): number => {
    const index = stateIndexByPath.get(path);
    if (index === undefined) throw new Error(`compiled-machine: "${machine.id}" has no leaf state "${path}"`);
    return index;
  };

  return {
    machineId: machine.id,
    statePaths,
    eventTypes,
    stateIndex,
    eventIndex(type: string): number {
      const index = eventIndexByType.get(type);
      if (index === undefined) throw new Error(`compiled-machine: "${machine.id}" has no event "${type}"`);
      return index;
    },
    initialState(context: C): number {
      return settle(initialLeaf, context);
    },
    step(state: number, event: number, context: C): number {
      const row = state * eventCount + event;
      const next = direct[row] ?? NO_TRANSITION;
      if (next >= 0) return next;
      if (next === NO_TRANSITION) return state;
      const candidate = fire(row, context);
      if (candidate < 0) return state;
      const target = candidateTarget[candidate] ?? STAY;
      // XState runs eventless transitions after every taken transition, targetless ones too.
      return target === STAY ? settle(state, context) : settle(target, context);
    },
    isFinal(state: number): boolean {
      return finalFlags[state] ?? false;
    },
    stateValue(state: number): StateValue {
      const value = stateValues[state];
      if (value === undefined) throw new Error(`compiled-machine: "${machine.id}" has no state index ${state}`);
      return value;
    },
    stateIndexOfValue(value: StateValue): number {
      const path: string[] = [];
      let current: StateValue | undefined = value;
      while (typeof current === 'object' && current !== null) {
        const keys: string[] = Object.keys(current);
        if (keys.length !== 1) throw new Error(`compiled-machine: not a single-leaf state value`);
        const key: string = keys[0] ?? '';
        path.push(key);
        current = (current as Record<string, StateValue | undefined>)[key];
      }
      if (typeof current === 'string') path.push(current);
      return stateIndex(path.join('.'));
    },
  };
}
