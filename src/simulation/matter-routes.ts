// What a matter run needs from the model alone (DESIGN §4.3): the bodies, their meeting calendars merged in
// time order, the budget follow-up items on each body's agenda, and every matter's route with body ids
// resolved to indices. Computed once per model object and set of calendar assumptions (models are not
// mutated), so a thousand simulated years pay for it once.
import type { Model } from '@/domain/model-schema';
import { matterInputFor, type MatterInput, type MatterKind } from '@/machines/matter';
import { organisationRoles, type OrganisationRoles } from '@/machines/organisation-roles';
import type { Assumptions } from './assumption-ledger';
import { hasBudgetDelegation } from './budget-year-plan';
import { modelCalendar } from './model-calendar';

/** A matter route with body names resolved to indices, shared by all matters of the same kind and areas. */
export interface ResolvedRoute {
  input: MatterInput;
  kind: number;
  preparer: Int32Array;
  decider: Int32Array;
  reportsTo: Int32Array;
  councilPreparer: number;
  council: number;
}

export const MATTER_KINDS: readonly MatterKind[] = ['singleArea', 'crossArea', 'council', 'individual'];
export const INDIVIDUAL_KIND = MATTER_KINDS.indexOf('individual');

/** What a run needs from the model alone; computed once per model object (models are not mutated). */
export interface MatterFlowStatics {
  roles: OrganisationRoles;
  bodyIds: string[];
  meetingDays: number[][];
  /** Every meeting of the year in time order (ties in model order of the bodies): day and body index. */
  meetingDay: Float64Array;
  meetingBody: Int32Array;
  areaCount: number;
  /** Area indices in the order of their ids: arrivals pick areas by this order, not the model's. */
  areaOrder: Int32Array;
  /** Routes of single-area, council and individual matters per area index; null when the model cannot route one. */
  singleRoutes: (ResolvedRoute | null)[];
  councilRoutes: (ResolvedRoute | null)[];
  individualRoutes: (ResolvedRoute | null)[];
  /** Budget-follow-up agenda items per meeting of each body (budget units it decides or prepares). */
  followUps: Float64Array;
  /** Route of a cross-area matter over area indices `first` and `second`. */
  crossRoute(first: number, second: number): ResolvedRoute | null;
  /** Route of a matter of `kind` over the given area ids (not cached: for a single matter). */
  routeOf(kind: MatterKind, areas: readonly string[]): ResolvedRoute | null;
}

const staticsCache = new WeakMap<Model, Map<string, MatterFlowStatics>>();

export function matterFlowStatics(model: Model, assumptions: Assumptions): MatterFlowStatics {
  const key = `${assumptions.meetingDayOfMonth}/${assumptions.chainStepDays}/${assumptions.budgetDelegation}/${assumptions.followUpItems}`;
  let byKey = staticsCache.get(model);
  const cached = byKey?.get(key);
  if (cached !== undefined) return cached;
  const roles = organisationRoles(model);
  const bodyIds = model.bodies.map((body) => body.id);
  const bodyIndex = new Map(bodyIds.map((id, index) => [id, index]));
  const calendar = modelCalendar(model, assumptions);
  const meetingDays = bodyIds.map((id) => [...(calendar.get(id) ?? [])]);
  // Same-day meetings never depend on each other (the paper deadline is at least a day); they are
  // ordered by body id so the model's order of bodies does not matter.
  const meetings = meetingDays
    .flatMap((days, body) => days.map((day) => ({ day, body, id: bodyIds[body] ?? '' })))
    .sort((x, y) => x.day - y.day || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  // Budget follow-up on the agenda: each budget unit (a committee, or a sector of KS per preparing body)
  // takes `followUpItems` at the meetings of the body that decides on it and of an utskott preparing it.
  const followUps = new Float64Array(bodyIds.length);
  const units = new Set<string>();
  for (const area of roles.areas) {
    const whole = area.budgetHolder === roles.executiveBoard;
    const unit = whole ? `${area.budgetHolder}/${area.preparer}` : area.budgetHolder;
    if (units.has(unit)) continue;
    units.add(unit);
    const delegated = whole && area.preparer !== area.budgetHolder && hasBudgetDelegation(model, area.preparer, assumptions);
    const decider = bodyIndex.get(delegated ? area.preparer : area.budgetHolder) ?? -1;
    if (decider >= 0) followUps[decider] = (followUps[decider] ?? 0) + assumptions.followUpItems;
    const preparer = bodyIndex.get(area.preparer) ?? -1;
    if (whole && !delegated && preparer >= 0 && preparer !== decider) followUps[preparer] = (followUps[preparer] ?? 0) + assumptions.followUpItems;
  }
  const areaIds = roles.areas.map((area) => area.areaId);
  const areaOrder = Int32Array.from(
    areaIds.map((id, i) => [id, i] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ([, i]) => i,
  );
  const index = (id: string | undefined): number => (id === undefined ? -1 : (bodyIndex.get(id) ?? -1));
  const resolve = (kind: MatterKind, areas: readonly string[]): ResolvedRoute | null => {
    const input = matterInputFor(roles, kind, areas);
    if (input === undefined) return null;
    return {
      input,
      kind: MATTER_KINDS.indexOf(kind),
      preparer: Int32Array.from(input.legs, (leg) => index(leg.preparer)),
      decider: Int32Array.from(input.legs, (leg) => index(leg.decider)),
      reportsTo: Int32Array.from(input.legs, (leg) => index(leg.reportsTo)),
      councilPreparer: index(input.councilPreparer),
      council: index(input.council),
    };
  };
  const crossRoutes = new Map<number, ResolvedRoute | null>();
  const statics: MatterFlowStatics = {
    roles,
    bodyIds,
    meetingDays,
    meetingDay: Float64Array.from(meetings, (meeting) => meeting.day),
    meetingBody: Int32Array.from(meetings, (meeting) => meeting.body),
    areaCount: areaIds.length,
    areaOrder,
    singleRoutes: areaIds.map((id) => resolve('singleArea', [id])),
    councilRoutes: areaIds.map((id) => resolve('council', [id])),
    individualRoutes: areaIds.map((id) => resolve('individual', [id])),
    followUps,
    crossRoute(first, second) {
      const key = first * areaIds.length + second;
      let route = crossRoutes.get(key);
      if (route === undefined) {
        route = resolve('crossArea', [areaIds[first] ?? '', areaIds[second] ?? '']);
        crossRoutes.set(key, route);
      }
      return route;
    },
    routeOf: resolve,
  };
  if (byKey === undefined) {
    byKey = new Map();
    staticsCache.set(model, byKey);
  }
  byKey.set(key, statics);
  return statics;
}
