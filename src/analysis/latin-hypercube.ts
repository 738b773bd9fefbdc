// Latin hypercube sampling (McKay, Beckman & Conover 1979): n points in the unit cube [0, 1)^d such that
// every dimension, cut into n equal strata, has exactly one point in each stratum. Every assumption is
// thereby tried over its whole range with n points, and all of them together, rather than one at a time.
// Each dimension gets its own random order of strata (a Fisher–Yates shuffle) and a random position inside
// each stratum, all drawn from the project's seeded PRNG, so a design is reproducible from (n, d, seed).
import { createPrng } from '@/domain/prng';
import { valueAt, type ParameterDimension, type SamplePoint } from './parameter-space';

/** Row-major unit coordinates: point i, dimension j at [i·d + j]. */
export function latinHypercube(samples: number, dimensions: number, seed: number): Float64Array {
  const n = Math.max(0, Math.floor(samples));
  const d = Math.max(0, Math.floor(dimensions));
  const unit = new Float64Array(n * d);
  const prng = createPrng(seed).fork('latin-hypercube');
  const order = new Int32Array(n);
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const k = prng.int(i + 1);
      const swap = order[i] ?? 0;
      order[i] = order[k] ?? 0;
      order[k] = swap;
    }
    for (let i = 0; i < n; i++) unit[i * d + j] = ((order[i] ?? 0) + prng.next()) / n;
  }
  return unit;
}

export interface SampleDesign {
  /** The sampled dimensions, in column order. */
  dimensions: readonly ParameterDimension[];
  /** Values held for every sample (dimensions the user fixed). */
  fixed: Readonly<Record<string, SamplePoint[string]>>;
  /** Unit coordinates, row-major (samples × dimensions). */
  unit: Float64Array;
  /** Each sample as values, fixed ones included. */
  points: SamplePoint[];
}

/** A Latin hypercube over the dimensions, turned into values (discrete ones in equal shares). */
export function sampleDesign(
  dimensions: readonly ParameterDimension[],
  fixed: Readonly<Record<string, SamplePoint[string]>>,
  samples: number,
  seed: number,
): SampleDesign {
  const d = dimensions.length;
  const unit = latinHypercube(samples, d, seed);
  const n = d === 0 ? Math.max(0, Math.floor(samples)) : unit.length / d;
  const points: SamplePoint[] = [];
  for (let i = 0; i < n; i++) {
    const point: Record<string, SamplePoint[string]> = { ...fixed };
    dimensions.forEach((dimension, j) => {
      point[dimension.id] = valueAt(dimension, unit[i * d + j] ?? 0);
    });
    points.push(point);
  }
  return { dimensions, fixed, unit, points };
}
