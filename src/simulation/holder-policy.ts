// How a budget holder handles its money in the year (DESIGN §4.2), as one policy object instead of checks
// scattered through the engine. A holder's forecast is kept per budget unit: a committee is one unit
// (silo rules); KS holding frames splits them into sectors, one per preparing body (whole rules). Within
// a holder, the share `offered` of one unit's surplus is available for another unit's deficit (ω in the
// year: 1 = KS nets perfectly, 0 = utskott defend their sectors as committees do); between holders
// nothing is, until KF moves frames at the interim report.
import type { OrganisationRoles } from '@/machines/organisation-roles';
import type { Assumptions } from './assumption-ledger';

export type PolicyKind = 'silo' | 'whole';

export interface HolderPolicy {
  kind: PolicyKind;
  /** Share of one unit's surplus offered to the holder's other units in the year. */
  offered: number;
}

/** Whole rules when KS holds the frame (its preparing bodies are its sectors), silo rules for any other holder. */
export function holderPolicy(roles: OrganisationRoles, holder: string, assumptions: Assumptions): HolderPolicy {
  return holder === roles.executiveBoard ? { kind: 'whole', offered: assumptions.omegaInYear } : { kind: 'silo', offered: 0 };
}

/**
 * The holder's netted position from its units' balances (positive = surplus): the deficits it must
 * cover after the offered part of the surpluses has gone to them, and the surplus left idle.
 * `gap` > 0 is what a decision has to cover; with one unit it is minus that unit's balance.
 */
export interface NettedPosition {
  deficits: number;
  surpluses: number;
  /** Surplus used for deficits within the holder: min(offered × surpluses, deficits). */
  netted: number;
  /** deficits − netted − (for one unit: its surplus): what a decision must cover (≤ 0: none). */
  gap: number;
  /** Surplus left idle while a deficit remains somewhere in this holder or elsewhere. */
  idleSurplus: number;
  /** Deficit left after the netting within the holder. */
  openDeficit: number;
}

export function nettedPosition(policy: HolderPolicy, balances: ArrayLike<number>, units: readonly number[]): NettedPosition {
  let deficits = 0;
  let surpluses = 0;
  for (const u of units) {
    const b = balances[u] as number;
    if (b > 0) surpluses += b;
    else deficits -= b;
  }
  const share = units.length <= 1 ? 1 : policy.offered;
  const netted = Math.min(share * surpluses, deficits);
  return {
    deficits,
    surpluses,
    netted,
    gap: units.length <= 1 ? deficits - surpluses : deficits - share * surpluses,
    idleSurplus: surpluses - netted,
    openDeficit: deficits - netted,
  };
}
