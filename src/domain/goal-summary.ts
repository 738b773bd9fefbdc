// How many goals an organisation has and who owns them (DESIGN §12), for the Compare view, the proposal
// and the evaluation plan: one row per owning body in the model's body order, with whether it is past
// Helsingborg's three goals per nämnd (seed 004).
import { GOAL_LIMITED_KINDS, GOALS_PER_COMMITTEE_PRACTICE } from './goal-rules';
import type { BodyKind, Goal, Model, Text } from './model-schema';

export interface GoalOwner {
  bodyId: string;
  name: Text;
  kind: BodyKind;
  goals: Goal[];
  /** A nämnd (or the executive board) with more goals than Helsingborg's practice allows. */
  overPractice: boolean;
}

export interface GoalSummary {
  /** False when the model file says nothing about goals (no `goals` field), as opposed to zero goals. */
  described: boolean;
  total: number;
  owners: GoalOwner[];
  /** Goals whose owner is not a body of the model (validation reports them as errors). */
  unowned: number;
  limit: number;
}

export function goalSummary(model: Model): GoalSummary {
  const goals = model.goals ?? [];
  const owners: GoalOwner[] = [];
  let unowned = 0;
  const byId = new Map(model.bodies.map((body) => [body.id, body]));
  for (const body of model.bodies) {
    const own = goals.filter((goal) => goal.owner === body.id);
    if (own.length === 0) continue;
    owners.push({
      bodyId: body.id,
      name: body.name,
      kind: body.kind,
      goals: own,
      overPractice: GOAL_LIMITED_KINDS.has(body.kind) && own.length > GOALS_PER_COMMITTEE_PRACTICE,
    });
  }
  for (const goal of goals) if (!byId.has(goal.owner)) unowned++;
  return { described: model.goals !== undefined, total: goals.length, owners, unowned, limit: GOALS_PER_COMMITTEE_PRACTICE };
}
