// A robustness result as a story or the CLI asks for it (DESIGN §7: every figure in a story is computed
// at show time): the statement — sentence, detail, box and its coverage and density — for a named
// measure and a named pair of organisations, in either order, and a model's short name (the part of its
// name before the colon) as sentences use it. Pure.
import type { Model, Text } from '@/domain/model-schema';
import { measureById } from './headline-measures';
import type { RobustnessResult } from './robustness-design';
import type { MeasureAnalysis } from './robustness-analysis';
import { robustnessStatement, type RobustnessStatement } from './robustness-sentence';

export function shortModelName(model: Pick<Model, 'name'>): Text {
  const cut = (name: string) => {
    const colon = name.indexOf(':');
    return colon > 0 ? name.slice(0, colon) : name;
  };
  return { sv: cut(model.name.sv), en: cut(model.name.en) };
}

export interface StatementQuery {
  /** A headline measure id (headline-measures.ts), e.g. "daysToCover". */
  measure: string;
  /** Organisation ids; the first is named first in the sentence when it leads. */
  first: string;
  second: string;
}

/** The analysis of a measure for a pair, whichever order the pair was run in. */
export function analysisFor(result: RobustnessResult, query: StatementQuery): { analysis: MeasureAnalysis; swapped: boolean } | undefined {
  const a = result.organisations.indexOf(query.first);
  const b = result.organisations.indexOf(query.second);
  if (a < 0 || b < 0 || a === b) return undefined;
  const [low, high] = a < b ? [a, b] : [b, a];
  const analysis = result.analyses.find((entry) => entry.measureId === query.measure && entry.pair[0] === low && entry.pair[1] === high);
  return analysis ? { analysis, swapped: a > b } : undefined;
}

/**
 * The statement for a named measure and pair, or undefined when the result has no such measure or pair.
 * `names` gives each organisation's name by id (shortModelName of its model).
 */
export function statementFor(result: RobustnessResult, query: StatementQuery, names: Readonly<Record<string, Text>>): RobustnessStatement | undefined {
  const found = analysisFor(result, query);
  const measure = measureById(query.measure);
  if (found === undefined || measure === undefined) return undefined;
  const [first, second] = found.analysis.pair.map((index) => {
    const id = result.organisations[index] ?? '';
    return names[id] ?? { sv: id, en: id };
  }) as [Text, Text];
  return robustnessStatement(found.analysis, measure, result.dimensions, [first, second]);
}
