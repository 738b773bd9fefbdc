// The status of each value in a model (documented, example or the user's own) and of each derived
// figure, resolved in one place so that every view, the printed proposal and the CLI badge a figure the
// same way. The rule (model-schema.ts, header): a value's entry in its object's `facts` map wins, then the
// object's `status`, then the model's. A figure derived from several values (seats in total, n_eff, the
// meeting cost) is only as documented as its least documented input: one example value makes it an
// example; otherwise one value typed by the user makes it the user's own.
import {
  DEFAULT_COST_PARAMETERS,
  type Model,
  type Status,
  type ValueFact,
  type ValueStatus,
} from './model-schema';

/** Anything that can carry a status: a body, service area, department, the council, the cost parameters. */
export interface FactOwner {
  status?: Status;
  sources?: readonly string[];
  facts?: { readonly [field: string]: ValueFact | undefined };
}

/** The status of `owner[field]` (or of the owner itself when `field` is omitted). */
export function valueStatus(model: Pick<Model, 'status'>, owner: FactOwner | undefined, field?: string): ValueStatus {
  const fact = field === undefined ? undefined : ownFact(owner, field);
  return fact?.status ?? owner?.status ?? model.status;
}

/** The source ids that give `owner[field]`: its own in `facts`, else the owner's. */
export function valueSources(owner: FactOwner | undefined, field?: string): readonly string[] {
  const fact = field === undefined ? undefined : ownFact(owner, field);
  return fact?.sources ?? owner?.sources ?? [];
}

function ownFact(owner: FactOwner | undefined, field: string): ValueFact | undefined {
  const facts = owner?.facts;
  if (facts === undefined || !Object.prototype.hasOwnProperty.call(facts, field)) return undefined;
  return facts[field];
}

/** Least documented first: one example input makes a figure an example, then the user's own. */
const RANK: Record<ValueStatus, number> = { example: 0, own: 1, documented: 2 };

/** The status of a figure derived from values with these statuses; `documented` for none. */
export function combineStatuses(statuses: Iterable<ValueStatus>): ValueStatus {
  let result: ValueStatus = 'documented';
  for (const status of statuses) if (RANK[status] < RANK[result]) result = status;
  return result;
}

/** The status of every derived figure that deriveFacts() computes, by the same names. */
export interface FigureStatuses {
  councilSeats: ValueStatus;
  parties: ValueStatus;
  bodies: ValueStatus;
  seats: ValueStatus;
  persons: ValueStatus;
  budgetHolders: ValueStatus;
  effectiveBudgetHolders: ValueStatus;
  interfaces: ValueStatus;
  meetings: ValueStatus;
  totalNetCostMsek: ValueStatus;
  meetingCost: ValueStatus;
}

export function figureStatuses(model: Model): FigureStatuses {
  const bodies = model.bodies;
  const council = bodies.filter((b) => b.kind === 'council');
  const others = bodies.filter((b) => b.kind !== 'council');
  const of = (list: readonly FactOwner[], fields: readonly string[]) =>
    combineStatuses(list.flatMap((owner) => fields.map((field) => valueStatus(model, owner, field))));
  const seatFields = ['members', 'substitutes'];
  const cost = model.costParameters ?? DEFAULT_COST_PARAMETERS;
  const budgetHolders = of(model.serviceAreas, ['budgetHolder']);
  const netCost = of(model.serviceAreas, ['netCostMsek']);
  return {
    councilSeats: of(council, seatFields),
    parties: valueStatus(model, model.council, 'parties'),
    bodies: combineStatuses(bodies.map((b) => valueStatus(model, b))),
    seats: of(others, seatFields),
    persons: of(bodies, seatFields),
    budgetHolders,
    effectiveBudgetHolders: combineStatuses([budgetHolders, netCost]),
    // The pairs follow each area's preparer and department (the area itself) and each department's link.
    interfaces: combineStatuses([
      ...model.serviceAreas.map((area) => valueStatus(model, area)),
      of(model.departments, ['reportsTo']),
    ]),
    meetings: of(bodies, ['meetingsPerYear']),
    totalNetCostMsek: netCost,
    meetingCost: combineStatuses([
      of(bodies, ['members', 'substitutes', 'meetingsPerYear']),
      of([cost], ['feePerMeetingSek', 'substituteAttendance']),
    ]),
  };
}

/** How many of a model's values have each status; the basis of the badge for the model as a whole. */
export function statusCounts(model: Model): Record<ValueStatus, number> {
  const counts: Record<ValueStatus, number> = { documented: 0, example: 0, own: 0 };
  const add = (owner: FactOwner, fields: readonly string[]) => {
    for (const field of fields) counts[valueStatus(model, owner, field)]++;
  };
  for (const body of model.bodies) add(body, ['members', 'substitutes', 'meetingsPerYear']);
  for (const area of model.serviceAreas) add(area, ['netCostMsek', 'budgetHolder', 'flexibility', 'volatility', 'priorityWeight']);
  for (const department of model.departments) add(department, ['reportsTo']);
  if (model.council.parties !== undefined) add(model.council, ['parties']);
  add(model.costParameters ?? DEFAULT_COST_PARAMETERS, ['feePerMeetingSek', 'substituteAttendance']);
  return counts;
}

/**
 * The badge of a model as a whole: `documented` only when every value is, `example` when none is, and
 * `partly` in between. A draft is never documented as a whole: the user is still writing it.
 */
export type OverallStatus = 'documented' | 'partly' | 'example' | 'draft';

/** The id a user's draft is shown under in the other views (storage/published-draft.ts publishes it so). */
export const DRAFT_MODEL_ID = 'utkast';

export function overallStatus(model: Model, options: { draft?: boolean } = {}): OverallStatus {
  if (options.draft ?? model.id === DRAFT_MODEL_ID) return 'draft';
  const counts = statusCounts(model);
  if (counts.example === 0 && counts.own === 0) return 'documented';
  if (counts.documented === 0) return 'example';
  return 'partly';
}
