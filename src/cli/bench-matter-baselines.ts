// Baselines the benchmark (src/cli/bench.ts) measures the matter engine against (issue 4):
// - the plain approach: one XState actor per matter (createActor), events sent in order from the same
//   event queue — it must give exactly the same outcome as the compiled engine;
// - the floor: a hand-written loop over the same event queue (same arrivals, same meetings, the same
//   officials' drafting draws, agendas with the same capacity) that does no state logic at all: every
//   matter is drafted once and handled at one meeting of its first preparing body.
import { createActor, type Actor } from 'xstate';
import { DAYS_IN_YEAR } from '@/domain/meeting-calendar';
import { MATTER_EVENT_TYPES, matterMachine, type MatterEvent } from '@/machines/matter';
import { createEventQueue } from '@/simulation/event-queue';
import { keyedUniform } from '@/simulation/keyed-draw';
import { prepareMatterFlow } from '@/simulation/matter-flow-setup';
import {
  compiledMatterMachine,
  simulateMattersWith,
  type MatterFlowInput,
  type MatterOutcome,
  type MatterStepper,
} from '@/simulation/matter-flow';

/** Pre-built event objects, so the baseline spends its time in XState rather than in allocation. */
const EVENTS: readonly MatterEvent[] = MATTER_EVENT_TYPES.map((type) => ({ type }));

function createActorStepper(): MatterStepper {
  const actors: Actor<typeof matterMachine>[] = [];
  const stateOf = (actor: Actor<typeof matterMachine>): number =>
    compiledMatterMachine.stateIndexOfValue(actor.getSnapshot().value);
  return {
    start(id, input) {
      const actor = createActor(matterMachine, { input }).start();
      actors[id] = actor;
      return stateOf(actor);
    },
    send(id, _state, event) {
      const actor = actors[id] as Actor<typeof matterMachine>;
      actor.send(EVENTS[event] as MatterEvent);
      return stateOf(actor);
    },
    decisionsTaken(id) {
      return (actors[id] as Actor<typeof matterMachine>).getSnapshot().context.decisionsTaken;
    },
  };
}

/** The plain approach: one XState actor per matter. Same outcome as simulateMatters. */
export function runMattersWithActors(input: MatterFlowInput): MatterOutcome {
  return simulateMattersWith(prepareMatterFlow(input), createActorStepper());
}

export interface FloorOutcome {
  count: number;
  /** Matters handled at a meeting of their first preparing body. */
  handled: number;
  carriedOver: number;
}

/** The floor: the same event sources and workload, no state logic. */
export function runMattersFloor(input: MatterFlowInput): FloorOutcome {
  const setup = prepareMatterFlow(input);
  const { meetingDay, meetingBody, arrivalDay, route, capacity, matterKey, drawSeed, paperDeadlineDays } = setup;
  const bodyCount = setup.meetingDays.length;
  const count = arrivalDay.length;
  const meetingCount = meetingDay.length;
  const minDays = setup.preparationMinDays;
  const rate = 1 / setup.preparationMeanExtraDays;
  const readyDays: number[][] = setup.meetingDays.map(() => []);
  const heads = new Int32Array(bodyCount);
  const queue = createEventQueue<number>();

  let handled = 0;
  let carriedOver = 0;
  let nextMeetingIndex = 0;
  let nextArrival = 0;
  for (;;) {
    const meetingAt = nextMeetingIndex < meetingCount ? (meetingDay[nextMeetingIndex] ?? Infinity) : Infinity;
    const arrivalAt = nextArrival < count ? (arrivalDay[nextArrival] ?? Infinity) : Infinity;
    const queuedAt = queue.size > 0 ? (queue.peekDay() ?? Infinity) : Infinity;
    if (meetingAt <= arrivalAt && meetingAt <= queuedAt) {
      if (meetingAt >= DAYS_IN_YEAR) break;
      const body = meetingBody[nextMeetingIndex++] ?? 0;
      const ready = readyDays[body] as number[];
      const head = heads[body] ?? 0;
      let end = head;
      while (end < ready.length && (ready[end] ?? DAYS_IN_YEAR) <= meetingAt - paperDeadlineDays) end++;
      const take = Math.min(end - head, capacity);
      handled += take;
      carriedOver += end - head - take;
      heads[body] = head + take;
    } else if (arrivalAt <= queuedAt) {
      const id = nextArrival++;
      const done = arrivalAt + minDays - Math.log(1 - keyedUniform(drawSeed, matterKey[id] ?? 0, 0)) / rate;
      if (done < DAYS_IN_YEAR) queue.push(done, id);
    } else {
      const id = queue.popItem() ?? 0;
      const body = route[id]?.preparer[0] ?? -1;
      if (body >= 0) (readyDays[body] as number[]).push(queuedAt);
    }
  }
  return { count, handled, carriedOver };
}
