// The space of assumptions a robustness analysis samples (DESIGN §4.6): each dimension is one contested
// assumption of the ledger with its range (min/max for numbers and whole numbers, the list of choices for
// a choice, false/true for a yes/no), and a point of the space is one value per dimension. The analysis is
// built on this small interface, not on the ledger's own types, so any source of assumptions — the
// engine's ledger, a test's synthetic model — can be sampled the same way. Pure.
import type { Text } from '@/domain/model-schema';

export type DimensionKind = 'number' | 'integer' | 'boolean' | 'choice';
export type PointValue = number | boolean | string;
/** One value per dimension id. */
export type SamplePoint = Readonly<Record<string, PointValue>>;

export interface ParameterDimension {
  id: string;
  kind: DimensionKind;
  /** Lowest value (numbers and whole numbers); 0 for yes/no and choices. */
  min: number;
  /** Highest value (numbers and whole numbers); 1 for yes/no, choices.length − 1 for choices. */
  max: number;
  /** The values of a choice, in the order the ledger lists them. */
  choices?: readonly string[];
  /** Plain label for users, e.g. "Hur mycket ledamöterna ser till hela kommunen (κ)". */
  label: Text;
  /** Unit as shown after a value ("dagar", "gånger per år"); empty for none. */
  unit?: Text;
  /** Decimals to show a value with. */
  digits?: number;
  /** How a sentence names it mid-sentence ("κ", "antalet ärenden per sammanträde"); the label otherwise. */
  term?: Text;
  /** The term is a subject with its verb ("kommunstyrelsen sammanträder"), so a range follows it directly
   *  ("… sammanträder högst 7 gånger om året") instead of after "är". */
  termIsClause?: boolean;
  /** A yes/no dimension's two states as clauses ("utskotten har delegation" / "utskotten saknar delegation"). */
  yesNo?: { yes: Text; no: Text };
  /** A share shown in per cent (0.005 → "0,5 %"). */
  percent?: boolean;
  /** Plain names of a choice's values. */
  choiceLabels?: Readonly<Record<string, Text>>;
}

export type ParameterSpace = readonly ParameterDimension[];

/** How a user narrows the space: a dimension fixed at one value, or given a narrower range. */
export type Restriction = { fixed: PointValue } | { min: number; max: number };

/** Applies a point of the space to a scenario (the engine's ledger supplies this). */
export type ApplyPoint<S> = (scenario: S, point: SamplePoint) => S;

/** Number of distinct values of a discrete dimension; Infinity for a number. */
export function levelCount(dimension: ParameterDimension): number {
  switch (dimension.kind) {
    case 'number':
      return Number.POSITIVE_INFINITY;
    case 'integer':
      return Math.floor(dimension.max) - Math.ceil(dimension.min) + 1;
    case 'boolean':
      return 2;
    case 'choice':
      return dimension.choices?.length ?? 0;
  }
}

/**
 * The value at position u ∈ [0, 1) of a dimension: linear for numbers; discrete dimensions split [0, 1)
 * into equal parts, one per value, so a stratified u gives every value its fair share.
 */
export function valueAt(dimension: ParameterDimension, u: number): PointValue {
  const clamped = Math.min(Math.max(u, 0), 1 - Number.EPSILON);
  switch (dimension.kind) {
    case 'number':
      return dimension.min + clamped * (dimension.max - dimension.min);
    case 'integer': {
      const low = Math.ceil(dimension.min);
      return low + Math.floor(clamped * levelCount(dimension));
    }
    case 'boolean':
      return clamped >= 0.5;
    case 'choice': {
      const choices = dimension.choices ?? [];
      return choices[Math.floor(clamped * choices.length)] ?? choices[0] ?? '';
    }
  }
}

/** A value as a number for sorting and boxes: itself, 0/1 for no/yes, the index of a choice. */
export function numericValue(dimension: ParameterDimension, value: PointValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return Math.max(0, (dimension.choices ?? []).indexOf(value));
}

/** The value a numeric code stands for (inverse of numericValue). */
export function valueOfCode(dimension: ParameterDimension, code: number): PointValue {
  if (dimension.kind === 'boolean') return code >= 0.5;
  if (dimension.kind === 'choice') return dimension.choices?.[Math.round(code)] ?? '';
  if (dimension.kind === 'integer') return Math.round(code);
  return code;
}

export function isDiscrete(dimension: ParameterDimension): boolean {
  return dimension.kind !== 'number';
}

export interface NarrowedSpace {
  /** Dimensions still sampled. */
  sampled: ParameterDimension[];
  /** Dimensions held at one value for every sample. */
  fixed: Record<string, PointValue>;
}

/**
 * The space after the user's restrictions: a fixed dimension leaves the sampling and keeps its value; a
 * narrowed one keeps its kind with the range clipped to the ledger's (a range outside it is an error the
 * caller reports). A discrete dimension narrowed to one value counts as fixed.
 */
export function narrowSpace(space: ParameterSpace, restrictions: Readonly<Record<string, Restriction>> = {}): NarrowedSpace {
  const sampled: ParameterDimension[] = [];
  const fixed: Record<string, PointValue> = {};
  for (const dimension of space) {
    const restriction = restrictions[dimension.id];
    if (restriction === undefined) {
      sampled.push(dimension);
      continue;
    }
    if ('fixed' in restriction) {
      fixed[dimension.id] = restriction.fixed;
      continue;
    }
    const min = Math.max(dimension.min, Math.min(restriction.min, restriction.max));
    const max = Math.min(dimension.max, Math.max(restriction.min, restriction.max));
    if (dimension.kind === 'choice') {
      const choices = (dimension.choices ?? []).slice(Math.ceil(min), Math.floor(max) + 1);
      if (choices.length <= 1) fixed[dimension.id] = choices[0] ?? dimension.choices?.[0] ?? '';
      else sampled.push({ ...dimension, choices, min: 0, max: choices.length - 1 });
      continue;
    }
    const narrowed = { ...dimension, min, max };
    if (dimension.kind !== 'number' && levelCount(narrowed) <= 1) fixed[dimension.id] = valueOfCode(dimension, min);
    else if (dimension.kind === 'number' && max <= min) fixed[dimension.id] = min;
    else sampled.push(narrowed);
  }
  return { sampled, fixed };
}

/** Checks a restriction against a dimension; returns a bilingual reason when it does not fit. */
export function restrictionProblem(dimension: ParameterDimension, restriction: Restriction): Text | undefined {
  const range = `${dimension.min}–${dimension.max}`;
  if ('fixed' in restriction) {
    const value = restriction.fixed;
    if (dimension.kind === 'boolean' && typeof value !== 'boolean') {
      return { sv: `${dimension.id} ska vara ja eller nej.`, en: `${dimension.id} must be yes or no.` };
    }
    if (dimension.kind === 'choice' && !(dimension.choices ?? []).includes(String(value))) {
      const list = (dimension.choices ?? []).join(', ');
      return { sv: `${dimension.id} ska vara ett av: ${list}.`, en: `${dimension.id} must be one of: ${list}.` };
    }
    if (dimension.kind === 'number' || dimension.kind === 'integer') {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < dimension.min || value > dimension.max) {
        return { sv: `${dimension.id} ska ligga mellan ${range}.`, en: `${dimension.id} must lie within ${range}.` };
      }
      if (dimension.kind === 'integer' && !Number.isInteger(value)) {
        return { sv: `${dimension.id} ska vara ett heltal.`, en: `${dimension.id} must be a whole number.` };
      }
    }
    return undefined;
  }
  if (dimension.kind === 'boolean' || dimension.kind === 'choice') {
    return { sv: `${dimension.id} kan bara låsas till ett värde, inte ges ett intervall.`, en: `${dimension.id} can only be fixed to one value, not given a range.` };
  }
  if (!Number.isFinite(restriction.min) || !Number.isFinite(restriction.max) || restriction.min > restriction.max) {
    return { sv: `Intervallet för ${dimension.id} ska skrivas lägst:högst.`, en: `The range of ${dimension.id} must be written low:high.` };
  }
  if (restriction.min < dimension.min || restriction.max > dimension.max) {
    return { sv: `Intervallet för ${dimension.id} ska ligga inom ${range}.`, en: `The range of ${dimension.id} must lie within ${range}.` };
  }
  return undefined;
}
