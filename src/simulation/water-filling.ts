// Where a cut falls (DESIGN §4.2): the cut of `target` MSEK over some areas that loses the least benefit,
// with area a's benefit b_a·ln(x_a) at its current level x_a and at most room_a to cut. The optimum of
// max Σ b_a ln(x_a − c_a) subject to Σ c_a = target, 0 ≤ c_a ≤ room_a is "water-filling":
// c_a = clamp(x_a − b_a·t, 0, room_a) for the level t at which the cuts sum to the target, so every area
// cut but not to its limit ends with the same marginal benefit b_a / (x_a − c_a) = 1/t. Pure; the total
// cut is exactly min(target, Σ room) (property-tested in tests/property/water-filling.test.ts).

/**
 * Writes the cuts into `out` (length ≥ n) and returns their sum, min(target, Σ room). `level` must be
 * positive where `benefit` is; an area with no room is never cut.
 */
export function waterFill(
  level: ArrayLike<number>,
  benefit: ArrayLike<number>,
  room: ArrayLike<number>,
  target: number,
  out: Float64Array,
): number {
  const n = level.length;
  let totalRoom = 0;
  for (let i = 0; i < n; i++) totalRoom += Math.max(0, room[i] ?? 0);
  if (!(target > 0) || totalRoom <= 0) {
    for (let i = 0; i < n; i++) out[i] = 0;
    return 0;
  }
  if (target >= totalRoom) {
    for (let i = 0; i < n; i++) out[i] = Math.max(0, room[i] ?? 0);
    return totalRoom;
  }
  const cutAt = (t: number, i: number): number =>
    Math.min(Math.max(0, room[i] ?? 0), Math.max(0, (level[i] ?? 0) - (benefit[i] ?? 0) * t));
  const sumAt = (t: number): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += cutAt(t, i);
    return sum;
  };
  // Σ cut is non-increasing in t: Σ room at t = 0, 0 once t ≥ max x_a / b_a.
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    const b = benefit[i] ?? 0;
    if (b > 0) hi = Math.max(hi, (level[i] ?? 0) / b);
  }
  if (hi === 0) {
    // No area has benefit: cut in proportion to room.
    for (let i = 0; i < n; i++) out[i] = (Math.max(0, room[i] ?? 0) * target) / totalRoom;
    return target;
  }
  for (let iteration = 0; iteration < 100 && hi - lo > 1e-15 * hi; iteration++) {
    const mid = (lo + hi) / 2;
    if (sumAt(mid) > target) lo = mid;
    else hi = mid;
  }
  // At `lo` the cuts reach the target from above; take back the excess from the areas still moving with
  // t (those strictly inside their bounds), in proportion to their benefit, which keeps them at one
  // marginal benefit and makes the total exact.
  let sum = 0;
  let movingBenefit = 0;
  for (let i = 0; i < n; i++) {
    const c = cutAt(lo, i);
    out[i] = c;
    sum += c;
    if (c > 0 && c < Math.max(0, room[i] ?? 0)) movingBenefit += benefit[i] ?? 0;
  }
  const excess = sum - target;
  if (excess !== 0 && movingBenefit > 0) {
    sum = 0;
    for (let i = 0; i < n; i++) {
      const c = out[i] ?? 0;
      if (c > 0 && c < Math.max(0, room[i] ?? 0)) out[i] = Math.max(0, c - (excess * (benefit[i] ?? 0)) / movingBenefit);
      sum += out[i] ?? 0;
    }
  }
  // Any rounding left over goes to the largest cut, so the total is exactly the target.
  if (sum !== target) {
    let largest = 0;
    for (let i = 1; i < n; i++) if ((out[i] ?? 0) > (out[largest] ?? 0)) largest = i;
    out[largest] = Math.max(0, (out[largest] ?? 0) + (target - sum));
  }
  return target;
}
