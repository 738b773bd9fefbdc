// The numbers the Compare view puts side by side, computed once per model: derived facts with the
// example arvode values chosen in the view (the same for every model, so the comparison is fair), the
// seats between parties, and the seats that give a view of the whole budget.
import { deriveFacts, type DerivedFacts } from '@/domain/derived-facts';
import type { Model } from '@/domain/model-schema';
import { distributeSeats, wholeBudgetBodySeats, type SeatDistribution } from '@/domain/seat-distribution';
import { seatLotRange, type SeatLotRange } from '@/domain/seat-lot-outcomes';
import { figureStatuses, type FigureStatuses } from '@/domain/value-status';

/** Lots are drawn from this seed, as on the model page, so both show the same seats. */
export const SEAT_SEED = 1;

export interface CompareCosts {
  feePerMeetingSek: number;
  substituteAttendance: number;
}

export interface ModelFigures {
  model: Model;
  facts: DerivedFacts;
  seats: SeatDistribution;
  /** Every outcome the lots of `seats` can give: ranges for the figures a lot moves. */
  lots: SeatLotRange;
  /** KF's ordinary seats plus every seat on KS and its utskott (DESIGN §3), with or without party data. */
  wholeBudgetSeats: number;
  /** KF's ordinary seats plus every seat on the other bodies. */
  allSeats: number;
  /** Each derived figure's status, from the statuses of the values it is computed from. */
  statuses: FigureStatuses;
}

export function modelFigures(model: Model, costs: CompareCosts): ModelFigures {
  const withCosts: Model = {
    ...model,
    costParameters: {
      feePerMeetingSek: costs.feePerMeetingSek,
      substituteAttendance: costs.substituteAttendance,
      status: 'example',
    },
  };
  const facts = deriveFacts(withCosts);
  const seats = distributeSeats(model, SEAT_SEED);
  return {
    model,
    facts,
    seats,
    lots: seatLotRange(model, seats),
    wholeBudgetSeats: facts.councilSeats.ordinary + wholeBudgetBodySeats(model),
    allSeats: facts.councilSeats.ordinary + facts.seats.total,
    statuses: figureStatuses(withCosts),
  };
}

/** True when the values differ between the models compared (one model never "differs"). */
export function differs(values: readonly (string | number | null | undefined)[]): boolean {
  return values.length > 1 && values.some((v) => v !== values[0]);
}
