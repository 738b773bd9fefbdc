// The political cost of an organisation per year (DESIGN §4.4, §11): yearly fees (årsarvoden) for chairs
// and vice chairs, meeting fees, and compensation for lost income, body by body. No randomness. Every
// value that does not come from the model's own cost parameters is an example value — a municipality's
// arvodesreglemente decides the real ones — and the result says which figures are examples, so a
// document can mark each one.
import type { Body, BodyKind, CostParameters, Model } from './model-schema';
import { DEFAULT_COST_PARAMETERS } from './model-schema';

/** Example arvode values (SEK), used where the model gives none. Ranges seen in small municipalities'
 *  arvodesreglementen are wide; these are only there so the table has a size, and are shown as examples:
 *  KS chair (often a full-time kommunalråd) 300 000–900 000, a nämnd chair 50 000–250 000, an utskott
 *  chair 30 000–150 000, KF and valnämnd chairs 10 000–80 000; vice chair 25–50 % of the chair;
 *  lost income 800–2 000 per attendance, claimed by 20–60 % of those attending. */
export const EXAMPLE_ARVODE = {
  chairAnnualFeeSek: {
    council: 40_000,
    executiveBoard: 600_000,
    committee: 120_000,
    subcommittee: 80_000,
    draftingCommittee: 0,
    electionCommittee: 20_000,
  } satisfies Record<BodyKind, number>,
  viceChairShare: 0.3,
  lostIncomePerAttendanceSek: 1_200,
  lostIncomeClaimShare: 0.4,
} as const;

export interface BodyCost {
  bodyId: string;
  /** Chair's and vice chair's yearly fees together. */
  annualFeesSek: number;
  meetingFeesSek: number;
  lostIncomeSek: number;
  totalSek: number;
}

export interface PoliticalCost {
  bodies: BodyCost[];
  totals: Omit<BodyCost, 'bodyId'>;
  /** Which parts are example values (true) or come from the model's own documented parameters (false). */
  example: { annualFees: boolean; meetingFees: boolean; lostIncome: boolean };
  parameters: {
    feePerMeetingSek: number;
    substituteAttendance: number;
    chairAnnualFeeSek: Record<BodyKind, number>;
    viceChairShare: number;
    lostIncomePerAttendanceSek: number;
    lostIncomeClaimShare: number;
    reference?: string;
  };
}

function chairFee(kind: BodyKind, own: CostParameters['chairAnnualFeeSek']): number {
  return own?.[kind] ?? EXAMPLE_ARVODE.chairAnnualFeeSek[kind];
}

export function politicalCost(model: Model): PoliticalCost {
  const own = model.costParameters;
  const base = own ?? DEFAULT_COST_PARAMETERS;
  const documented = own !== undefined && own.status === 'documented';
  const chairAnnualFeeSek = Object.fromEntries(
    (Object.keys(EXAMPLE_ARVODE.chairAnnualFeeSek) as BodyKind[]).map((kind) => [kind, chairFee(kind, own?.chairAnnualFeeSek)]),
  ) as Record<BodyKind, number>;
  const parameters = {
    feePerMeetingSek: base.feePerMeetingSek,
    substituteAttendance: base.substituteAttendance,
    chairAnnualFeeSek,
    viceChairShare: own?.viceChairShare ?? EXAMPLE_ARVODE.viceChairShare,
    lostIncomePerAttendanceSek: own?.lostIncomePerAttendanceSek ?? EXAMPLE_ARVODE.lostIncomePerAttendanceSek,
    lostIncomeClaimShare: own?.lostIncomeClaimShare ?? EXAMPLE_ARVODE.lostIncomeClaimShare,
    ...(own?.reference ? { reference: own.reference } : {}),
  };
  const bodies = model.bodies.map((body: Body): BodyCost => {
    const attendances = body.meetingsPerYear * (body.members + body.substitutes * parameters.substituteAttendance);
    const chair = chairAnnualFeeSek[body.kind];
    const annualFeesSek = Math.round(chair * (1 + parameters.viceChairShare));
    const meetingFeesSek = Math.round(attendances * parameters.feePerMeetingSek);
    const lostIncomeSek = Math.round(attendances * parameters.lostIncomeClaimShare * parameters.lostIncomePerAttendanceSek);
    return { bodyId: body.id, annualFeesSek, meetingFeesSek, lostIncomeSek, totalSek: annualFeesSek + meetingFeesSek + lostIncomeSek };
  });
  const totals = bodies.reduce(
    (sum, b) => ({
      annualFeesSek: sum.annualFeesSek + b.annualFeesSek,
      meetingFeesSek: sum.meetingFeesSek + b.meetingFeesSek,
      lostIncomeSek: sum.lostIncomeSek + b.lostIncomeSek,
      totalSek: sum.totalSek + b.totalSek,
    }),
    { annualFeesSek: 0, meetingFeesSek: 0, lostIncomeSek: 0, totalSek: 0 },
  );
  return {
    bodies,
    totals,
    example: {
      annualFees: !documented || own?.chairAnnualFeeSek === undefined || own.viceChairShare === undefined,
      meetingFees: !documented,
      lostIncome: !documented || own?.lostIncomePerAttendanceSek === undefined || own.lostIncomeClaimShare === undefined,
    },
    parameters,
  };
}
