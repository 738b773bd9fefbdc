// Checked reads of arrays the engine indexes (typed arrays and lists of plans): an index out of range is
// a defect in the engine, so it throws instead of reading `undefined` and quietly turning it into 0 —
// the way a rule reading the wrong array would otherwise pass unnoticed.

export function read(array: ArrayLike<number>, index: number): number {
  const value = array[index];
  if (value === undefined) throw new RangeError(`engine read out of range: index ${index} of ${array.length}`);
  return value;
}

export function item<T>(array: readonly T[], index: number): T {
  const value = array[index];
  if (value === undefined) throw new RangeError(`engine read out of range: index ${index} of ${array.length}`);
  return value;
}
