// The roles the process machines read from an organisation model (DESIGN §5: "which body acts in each
// step is read from the organisation"): per service area who holds its frame, who prepares and who
// decides its matters, and which bodies prepare and decide matters for the council. Pure; areas whose
// references do not resolve are left out (validate-model.ts reports them).
import { bodyById, organisationKind, type OrganisationKind } from '@/domain/derived-facts';
import type { Body, Model } from '@/domain/model-schema';

export interface AreaRoles {
  areaId: string;
  /** The body that owns the area's frame (budgetram). */
  budgetHolder: string;
  /** The utskott or committee that prepares the area's matters. */
  preparer: string;
  /** The department (förvaltning) whose officials prepare the area's matters. */
  department: string;
  /**
   * The preparer decides the area's ordinary matters itself: it holds the frame (a committee deciding
   * in its own area) or the frame holder has delegated ordinary matters to it (`delegation.matters`; a
   * nämnd may let an utskott decide a matter or a group of matters on its behalf, Kommunallagen
   * (2017:725) 6 kap. 37 §, as SKR and Ånge kommun's page on delegationsordningar describe it).
   */
  preparerDecides: boolean;
  /** The body that decides the area's ordinary matters: the preparer when it decides, else the holder. */
  decider: string;
  /** May the preparer decide budget deviation measures by delegation (or as the holder itself)? */
  preparerDecidesDeviations: boolean;
  netCostMsek: number;
}

export interface OrganisationRoles {
  kind: OrganisationKind;
  /** KF, the body of kind `council`; undefined only in an invalid model. */
  council: string | undefined;
  /** KS, the body of kind `executiveBoard`; undefined when the model has none. */
  executiveBoard: string | undefined;
  /** The body that prepares council matters before KF decides them: KS (DESIGN §1, "prepares KF matters"). */
  councilPreparer: string | undefined;
  /** Areas in model order. */
  areas: AreaRoles[];
  areaById: ReadonlyMap<string, AreaRoles>;
  /** Distinct budget holders in model order. */
  budgetHolders: string[];
  /** KS and every body under it (its utskott and KS-beredningar): the concentration of DESIGN §4.3b. */
  executiveBoardGroup: string[];
  /** Decided matters of a subcommittee with delegation are reported to its parent body (anmälan). */
  reportsTo: ReadonlyMap<string, string>;
}

function isUnder(bodies: Map<string, Body>, body: Body, ancestorId: string): boolean {
  const seen = new Set<string>();
  for (let current: Body | undefined = body; current !== undefined; current = bodies.get(current.parent ?? '')) {
    if (current.id === ancestorId) return true;
    if (seen.has(current.id)) return false;
    seen.add(current.id);
  }
  return false;
}

export function organisationRoles(model: Model): OrganisationRoles {
  const bodies = bodyById(model);
  const council = model.bodies.find((body) => body.kind === 'council')?.id;
  const executiveBoard = model.bodies.find((body) => body.kind === 'executiveBoard')?.id;
  const departments = new Set(model.departments.map((department) => department.id));

  const areas: AreaRoles[] = [];
  for (const area of model.serviceAreas) {
    const preparer = bodies.get(area.preparedBy);
    const holder = bodies.get(area.budgetHolder);
    if (preparer === undefined || holder === undefined || !departments.has(area.department)) continue;
    const isHolder = preparer.id === holder.id;
    const preparerDecides = isHolder || preparer.delegation?.matters === true;
    areas.push({
      areaId: area.id,
      budgetHolder: holder.id,
      preparer: preparer.id,
      department: area.department,
      preparerDecides,
      decider: preparerDecides ? preparer.id : holder.id,
      preparerDecidesDeviations: isHolder || preparer.delegation?.budgetDeviations === true,
      netCostMsek: area.netCostMsek,
    });
  }

  const reportsTo = new Map<string, string>();
  for (const body of model.bodies) {
    if (body.kind === 'subcommittee' && body.parent !== undefined && bodies.has(body.parent)) {
      reportsTo.set(body.id, body.parent);
    }
  }

  return {
    kind: organisationKind(model),
    council,
    executiveBoard,
    councilPreparer: executiveBoard,
    areas,
    areaById: new Map(areas.map((area) => [area.areaId, area])),
    budgetHolders: [...new Set(areas.map((area) => area.budgetHolder))],
    executiveBoardGroup:
      executiveBoard === undefined
        ? []
        : model.bodies.filter((body) => isUnder(bodies, body, executiveBoard)).map((body) => body.id),
    reportsTo,
  };
}
