// The transition-table compiler rejects, by name, every XState feature it does not model (the table would
// silently differ from XState), and handles the ones it does: nested states with ancestor transitions,
// guarded candidates in order, targetless transitions with context updates, eventless transitions.
import { assign, setup, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileMachine } from '@/simulation/compiled-machine';

interface Flags {
  open: boolean;
  count: number;
}

const base = setup({
  types: { context: {} as Flags, events: {} as { type: 'door.push' } | { type: 'door.tick' } | { type: 'door.reset' } },
  guards: { isOpen: ({ context }) => context.open, counted: ({ context }) => context.count >= 2 },
  actions: { tick: assign(({ context }) => ({ count: context.count + 1 })) },
});
const guards = { isOpen: (c: Flags) => c.open, counted: (c: Flags) => c.count >= 2 };
const actions = { tick: (c: Flags) => ({ count: c.count + 1 }) };

describe('compileMachine', () => {
  const door = base.createMachine({
    id: 'door',
    context: { open: false, count: 0 },
    initial: 'closed',
    on: {},
    states: {
      closed: {
        initial: 'idle',
        on: { 'door.reset': '.idle' },
        states: {
          idle: {
            on: {
              'door.push': [{ guard: 'isOpen', target: '#door.opened' }, { target: 'waiting' }],
            },
          },
          waiting: {
            always: { guard: 'counted', target: '#door.opened' },
            on: { 'door.tick': { actions: 'tick' } },
          },
        },
      },
      opened: { type: 'final' },
    },
  });
  const compiled = compileMachine(door, { guards, actions });

  it('numbers leaf states in document order and names events', () => {
    expect(compiled.statePaths).toEqual(['closed.idle', 'closed.waiting', 'opened']);
    expect([...compiled.eventTypes].sort()).toEqual(['door.push', 'door.reset', 'door.tick']);
    expect(compiled.isFinal(compiled.stateIndex('opened'))).toBe(true);
    expect(compiled.stateValue(compiled.stateIndex('closed.waiting'))).toEqual({ closed: 'waiting' });
    expect(compiled.stateIndexOfValue({ closed: 'idle' })).toBe(compiled.stateIndex('closed.idle'));
  });

  it('takes the first enabled guarded candidate', () => {
    const open = { open: true, count: 0 };
    expect(compiled.step(compiled.initialState(open), compiled.eventIndex('door.push'), open)).toBe(compiled.stateIndex('opened'));
    const shut = { open: false, count: 0 };
    expect(compiled.step(compiled.initialState(shut), compiled.eventIndex('door.push'), shut)).toBe(
      compiled.stateIndex('closed.waiting'),
    );
  });

  it('applies context updates of targetless transitions and then eventless transitions', () => {
    const context = { open: false, count: 0 };
    let state = compiled.step(compiled.initialState(context), compiled.eventIndex('door.push'), context);
    state = compiled.step(state, compiled.eventIndex('door.tick'), context);
    expect(compiled.statePaths[state]).toBe('closed.waiting');
    expect(context.count).toBe(1);
    state = compiled.step(state, compiled.eventIndex('door.tick'), context);
    expect(compiled.statePaths[state]).toBe('opened');
    expect(context.count).toBe(2);
  });

  it('takes an ancestor transition from a nested state, and ignores events in a final state', () => {
    const context = { open: false, count: 0 };
    const waiting = compiled.step(compiled.initialState(context), compiled.eventIndex('door.push'), context);
    expect(compiled.statePaths[compiled.step(waiting, compiled.eventIndex('door.reset'), context)]).toBe('closed.idle');
    const opened = compiled.stateIndex('opened');
    expect(compiled.step(opened, compiled.eventIndex('door.reset'), context)).toBe(opened);
  });

  it('rejects unknown names loudly', () => {
    expect(() => compiled.eventIndex('door.kick')).toThrow(/no event "door.kick"/);
    expect(() => compiled.stateIndex('ajar')).toThrow(/no leaf state "ajar"/);
    expect(() => compileMachine(door, { guards: { isOpen: guards.isOpen }, actions })).toThrow(/guard "counted"/);
    expect(() => compileMachine(door, { guards })).toThrow(/action "tick"/);
  });

  const rejects = (config: object, pattern: RegExp): void => {
    expect(() => compileMachine(base.createMachine(config as never) as unknown as AnyStateMachine, { guards, actions })).toThrow(pattern);
  };

  it('rejects parallel and history states', () => {
    rejects({ id: 'p', type: 'parallel', states: { a: {}, b: {} } }, /parallel/);
    rejects({ id: 'h', initial: 'a', states: { a: {}, past: { type: 'history' } } }, /history/);
  });

  it('rejects entry actions, delays, invoke and onDone', () => {
    rejects({ id: 'e', initial: 'a', states: { a: { entry: 'tick' } } }, /entry or exit/);
    rejects({ id: 'd', initial: 'a', states: { a: { after: { 1000: 'b' } }, b: {} } }, /"after"/);
    rejects(
      { id: 'o', initial: 'a', states: { a: { initial: 'x', states: { x: { type: 'final' } }, onDone: 'b' }, b: {} } },
      /"onDone"/,
    );
  });

  it('rejects inline guards, parameterised guards, wildcard events and nested final states', () => {
    rejects({ id: 'g', initial: 'a', states: { a: { on: { 'door.push': { guard: () => true, target: 'b' } } }, b: {} } }, /inline or parameterised guard/);
    rejects(
      { id: 'q', initial: 'a', states: { a: { on: { 'door.push': { guard: { type: 'isOpen', params: {} }, target: 'b' } } }, b: {} } },
      /inline or parameterised guard/,
    );
    rejects({ id: 'w', initial: 'a', states: { a: { on: { 'door.*': 'b' } }, b: {} } }, /event "door\.\*"/);
    rejects({ id: 'n', initial: 'a', states: { a: { initial: 'x', states: { x: { type: 'final' } } } } }, /nested final/);
  });

  it('rejects transitions on the root and eventless transitions without a target', () => {
    rejects({ id: 'r', initial: 'a', on: { 'door.push': '.b' }, states: { a: {}, b: {} } }, /root or a final state/);
    rejects({ id: 't', initial: 'a', states: { a: { always: { actions: 'tick' } } } }, /eventless transition/);
  });
});
