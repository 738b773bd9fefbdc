// The year-end forecast of one service area after k closed months (DESIGN §4.2): spending so far, plus
// the remaining plan scaled by the drift the accounts show, believed only as far as its credibility
// allows, plus the rest of any cost shock already seen. Credibility is Bühlmann's Z = k / (k + K) with
// K = (σ_a / τ)²: σ_a is the area's monthly noise (share of plan) and τ the prior spread of a real cost
// trend (`forecastTrendSd` in the ledger). So an area with noisy months needs many of them before its
// drift is taken as a trend, and pure noise is not extrapolated as one.

/** Bühlmann's K for an area: how many months of drift weigh as much as the prior. */
export function credibilityMonths(sigma: number, trendSd: number): number {
  if (!(trendSd > 0)) return Number.POSITIVE_INFINITY;
  const ratio = sigma / trendSd;
  return ratio * ratio;
}

/**
 * Forecast of area `a`'s spending for the year. `planByMonth`, `actual` and `shockByMonth` are
 * area-major (area × 12 + month); `spent` is spending so far; the shock's own monthly amount from
 * `shockFromMonth` on is expected to continue to December once seen (cost shocks are known commitments).
 */
export function forecastArea(
  a: number,
  monthsClosed: number,
  planByMonth: Float64Array,
  actual: Float64Array,
  shockByMonth: Float64Array,
  spentSoFar: number,
  credibilityK: number,
): number {
  const row = a * 12;
  let pastPlan = 0;
  let drift = 0;
  let shockSeen = 0;
  for (let m = 0; m < monthsClosed; m++) {
    const p = planByMonth[row + m] as number;
    const shock = shockByMonth[row + m] as number;
    pastPlan += p;
    drift += (actual[row + m] as number) - shock - p;
    if (m === monthsClosed - 1) shockSeen = shock;
  }
  const z = monthsClosed / (monthsClosed + credibilityK);
  const rate = pastPlan > 0 ? (drift / pastPlan) * (Number.isFinite(z) ? z : 0) : 0;
  let rest = 0;
  for (let m = monthsClosed; m < 12; m++) rest += planByMonth[row + m] as number;
  return spentSoFar + rest * (1 + rate) + shockSeen * (12 - monthsClosed);
}
