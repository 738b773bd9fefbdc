// Derived facts of an organisation model (DESIGN §2, §4.4): the numbers shown wherever a model is shown —
// bodies, seats, persons needed, budget holders and their effective number, political–administrative
// interfaces, meetings and the political meeting cost. Pure and without randomness; it never throws on a
// schema-valid model, and references that do not resolve are skipped (validation reports them).
import {
  BODY_KINDS,
  DEFAULT_COST_PARAMETERS,
  type Body,
  type BodyKind,
  type CostParameters,
  type Model,
} from './model-schema';
import { meetingCalendar } from './meeting-calendar';

export interface SeatCount {
  ordinary: number;
  substitute: number;
  total: number;
}

export interface BudgetHolder {
  bodyId: string;
  netCostMsek: number;
  /** Share of the total net cost of all areas whose holder resolves (0–1). */
  share: number;
}

export type OrganisationKind = 'committees' | 'boardWithSubcommittees';

export interface DerivedFacts {
  bodies: { total: number; byKind: Record<BodyKind, number> };
  /** Seats on every body except KF. */
  seats: SeatCount;
  /** KF's own seats. */
  councilSeats: SeatCount;
  /** See `minimumPersons` for the definition. */
  persons: { bodies: number; council: number; total: number };
  totalNetCostMsek: number;
  budgetHolders: BudgetHolder[];
  /** n_eff = 1 / Σ s_h²; 1 = one whole-municipality budget; 0 when there is no net cost to hold. */
  effectiveBudgetHolders: number;
  /** Distinct political body – department pairs that meet in daily work (see `politicalInterfaces`). */
  interfaces: { count: number; pairs: { bodyId: string; departmentId: string }[] };
  meetings: {
    /** Σ meetingsPerYear over all bodies, KF included. */
    perYear: number;
    /** Distinct calendar days on which at least one body meets (meeting-calendar.ts). */
    calendarDays: number;
    /** Person-meetings a year: Σ meetings × (members + substitutes × substituteAttendance). */
    attendances: number;
  };
  meetingCost: {
    sekPerYear: number;
    parameters: CostParameters;
    /** True when the arvode parameters are example values (the model gives none, or marks them so). */
    example: boolean;
  };
  organisationKind: OrganisationKind;
  /** Paths of references that did not resolve and were skipped, e.g. `serviceAreas[2].budgetHolder`. */
  skipped: string[];
}

export function bodyById(model: Model): Map<string, Body> {
  const map = new Map<string, Body>();
  for (const body of model.bodies) if (!map.has(body.id)) map.set(body.id, body);
  return map;
}

/** The bodies whose `parent` is `bodyId` (an utskott's nämnd, a nämnd's KF), in model order. */
export function childrenOf(model: Model, bodyId: string): Body[] {
  return model.bodies.filter((body) => body.parent === bodyId);
}

/** Net cost per body over the areas whose `field` names a body of the model. */
function costBy(model: Model, field: 'budgetHolder' | 'preparedBy'): { cost: Map<string, number>; total: number } {
  const bodies = bodyById(model);
  const cost = new Map<string, number>();
  let total = 0;
  for (const area of model.serviceAreas) {
    const bodyId = area[field];
    if (!bodies.has(bodyId)) continue;
    const net = Number.isFinite(area.netCostMsek) && area.netCostMsek > 0 ? area.netCostMsek : 0;
    cost.set(bodyId, (cost.get(bodyId) ?? 0) + net);
    total += net;
  }
  return { cost, total };
}

function sharesOf({ cost, total }: { cost: Map<string, number>; total: number }): Map<string, number> {
  const shares = new Map<string, number>();
  for (const [bodyId, net] of cost) shares.set(bodyId, total > 0 ? net / total : 0);
  return shares;
}

/** Each budget holder's share of the total net cost (0 for every holder when the total is 0). */
export function budgetHolderShares(model: Model): Map<string, number> {
  return sharesOf(costBy(model, 'budgetHolder'));
}

/** Each preparing body's (utskott or committee) share of the net cost it prepares. */
export function preparerShares(model: Model): Map<string, number> {
  return sharesOf(costBy(model, 'preparedBy'));
}

/**
 * Effective number of budget holders, n_eff = 1 / Σ s_h² (the inverse Herfindahl index of the holders'
 * shares of net cost): 1 for one whole-municipality budget, n for n equal silos. With no net cost at all
 * (no areas, or all at 0 MSEK) there is nothing to hold and the function returns 0.
 */
export function effectiveNumber(shares: Iterable<number>): number {
  let sumOfSquares = 0;
  for (const share of shares) sumOfSquares += share * share;
  return sumOfSquares > 0 ? 1 / sumOfSquares : 0;
}

function seatCount(bodies: readonly Body[]): SeatCount {
  const ordinary = bodies.reduce((sum, b) => sum + b.members, 0);
  const substitute = bodies.reduce((sum, b) => sum + b.substitutes, 0);
  return { ordinary, substitute, total: ordinary + substitute };
}

/**
 * Minimum distinct persons the organisation needs, defined as DESIGN §2 implies:
 * - every ordinary and substitute seat on a body that is not KF and not an utskott needs its own person
 *   (one seat per person across nämnder, styrelse, beredningar and authority committees);
 * - utskott seats add no persons: an utskott's members and substitutes are chosen by its nämnd among the
 *   nämnd's own ledamöter and ersättare (Kommunallagen (2017:725) 6 kap.);
 * - KF is counted separately (`council` = its members + substitutes), because KF members often also sit
 *   on nämnder; `total` = bodies + council assumes none do, `bodies` alone assumes all nämnd seats could be
 *   held by KF members and substitutes.
 */
export function minimumPersons(model: Model): { bodies: number; council: number; total: number } {
  const council = seatCount(model.bodies.filter((b) => b.kind === 'council')).total;
  const bodies = seatCount(model.bodies.filter((b) => b.kind !== 'council' && b.kind !== 'subcommittee')).total;
  return { bodies, council, total: bodies + council };
}

/** A förvaltning (or sektor) rather than the kommundirektör, a staff function or a unit inside a
 *  förvaltning: the level of the administration that the political charts and interface counts use. */
export function isDepartmentLevel(unit: Model['departments'][number]): boolean {
  return unit.kind === undefined || unit.kind === 'department';
}

/**
 * Political–administrative interfaces: the distinct (political body, department) pairs that must work
 * together — each department with the body it reports to (`departments[].reportsTo`), and each service
 * area's preparing body with the area's department (`serviceAreas[].preparedBy` → `department`).
 * Pairs whose body or department does not resolve are skipped. Only förvaltningar count (see
 * `isDepartmentLevel`): the kommundirektör, staff and the units inside a förvaltning work through it.
 */
export function politicalInterfaces(
  model: Model,
  skipped: string[] = [],
): { bodyId: string; departmentId: string }[] {
  const bodies = bodyById(model);
  const departments = new Set(model.departments.map((d) => d.id));
  const seen = new Set<string>();
  const pairs: { bodyId: string; departmentId: string }[] = [];
  const add = (bodyId: string, departmentId: string, path: string): void => {
    if (!bodies.has(bodyId) || !departments.has(departmentId)) {
      skipped.push(path);
      return;
    }
    const key = `${bodyId}\u0000${departmentId}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push({ bodyId, departmentId });
  };
  model.departments.forEach((d, i) => {
    if (isDepartmentLevel(d)) add(d.reportsTo, d.id, `departments[${i}].reportsTo`);
  });
  model.serviceAreas.forEach((a, i) => add(a.preparedBy, a.department, `serviceAreas[${i}].preparedBy`));
  return pairs;
}

/**
 * 'boardWithSubcommittees' when the executive board holds more than half of the net cost's frames (the
 * whole-municipality budget is the rule; a small authority committee such as Dorotea's miljö- och
 * byggnämnd beside it does not make it a committee organisation); 'committees' otherwise. A model without
 * frames is judged by structure: any committee makes it a committee organisation.
 */
export function organisationKind(model: Model): OrganisationKind {
  const bodies = bodyById(model);
  const shares = budgetHolderShares(model);
  if (shares.size === 0) {
    return model.bodies.some((b) => b.kind === 'committee') ? 'committees' : 'boardWithSubcommittees';
  }
  let boardShare = 0;
  for (const [holder, share] of shares) if (bodies.get(holder)?.kind === 'executiveBoard') boardShare += share;
  return boardShare > 0.5 ? 'boardWithSubcommittees' : 'committees';
}

/** Person-meetings a year of one body: every member, and the expected share of substitutes, attend. */
function attendances(body: Body, substituteAttendance: number): number {
  return body.meetingsPerYear * (body.members + body.substitutes * substituteAttendance);
}

export function deriveFacts(model: Model): DerivedFacts {
  const skipped: string[] = [];
  const bodies = bodyById(model);

  const byKind = Object.fromEntries(BODY_KINDS.map((kind) => [kind, 0])) as Record<BodyKind, number>;
  for (const body of model.bodies) byKind[body.kind] += 1;

  model.serviceAreas.forEach((area, i) => {
    if (!bodies.has(area.budgetHolder)) skipped.push(`serviceAreas[${i}].budgetHolder`);
  });
  const holderCost = costBy(model, 'budgetHolder');
  const shares = sharesOf(holderCost);
  const budgetHolders: BudgetHolder[] = model.bodies
    .filter((b) => holderCost.cost.has(b.id) && bodies.get(b.id) === b)
    .map((b) => ({ bodyId: b.id, netCostMsek: holderCost.cost.get(b.id) ?? 0, share: shares.get(b.id) ?? 0 }));

  const pairs = politicalInterfaces(model, skipped);

  const parameters = model.costParameters ?? DEFAULT_COST_PARAMETERS;
  const totalAttendances = model.bodies.reduce((sum, b) => sum + attendances(b, parameters.substituteAttendance), 0);
  const calendarDays = new Set<number>();
  for (const days of meetingCalendar(model).values()) for (const day of days) calendarDays.add(day);

  return {
    bodies: { total: model.bodies.length, byKind },
    seats: seatCount(model.bodies.filter((b) => b.kind !== 'council')),
    councilSeats: seatCount(model.bodies.filter((b) => b.kind === 'council')),
    persons: minimumPersons(model),
    totalNetCostMsek: holderCost.total,
    budgetHolders,
    effectiveBudgetHolders: effectiveNumber(shares.values()),
    interfaces: { count: pairs.length, pairs },
    meetings: {
      perYear: model.bodies.reduce((sum, b) => sum + b.meetingsPerYear, 0),
      calendarDays: calendarDays.size,
      attendances: totalAttendances,
    },
    meetingCost: {
      sekPerYear: totalAttendances * parameters.feePerMeetingSek,
      parameters,
      example: parameters.status === 'example',
    },
    organisationKind: organisationKind(model),
    skipped,
  };
}
