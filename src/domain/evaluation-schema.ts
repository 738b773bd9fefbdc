// The shape of a KommunKompassen profile file (models/evaluations/*.json, DESIGN §12): one evaluation of
// one municipality in one year: who evaluated it, the sources, and the eight areas with their scores and
// scored sub-questions (each with its maximum). Every score carries a status (`documented`: from a cited
// report; `example`: entered to illustrate) and, where documented, the place in the source it comes from.
// Defined once with valibot; it gives the TypeScript types and, through scripts/write-json-schema.ts,
// `models/evaluation.schema.json`. Rules that relate the parts (sums, maxima, references) live in
// evaluation-rules.ts.
import * as v from 'valibot';
import { AREA_COUNT, AREA_MAX, PROFILE_MAX } from './kommunkompassen';
import { IdSchema, SourceSchema, StatusSchema, TextSchema } from './model-schema';

const Score = (max: number) => v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(max));
const SourceIds = v.pipe(v.array(IdSchema), v.maxLength(20));
/** Where in the source a value stands, e.g. "avsnitt 4, tabell för område 1, rad 1.2". */
const Location = v.pipe(v.string(), v.minLength(1), v.maxLength(300));

export const SubQuestionSchema = v.strictObject({
  /** "4.2": area number, a dot, the question's number within the area. */
  id: v.pipe(v.string(), v.regex(/^[1-8]\.[1-9][0-9]?$/, 'sub-question id like 4.2')),
  question: TextSchema,
  /** Points achieved ("Uppnått"); reports print them rounded to whole points. */
  score: Score(AREA_MAX),
  /** Most points the question can give ("Max"). */
  max: v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(AREA_MAX)),
  /** The share printed beside the score ("Procent"), computed in the report from the unrounded score. */
  percent: v.optional(Score(100)),
  status: StatusSchema,
  sources: v.optional(SourceIds),
  at: v.optional(Location),
});

export const QuoteSchema = v.strictObject({
  /** The source's own words, exactly, in the language it is written in. */
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  /** An English translation (the tool's, not the source's), shown to readers of the English interface. */
  translationEn: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  /** The sub-question the quote speaks to, when it is one (e.g. "5.2"). */
  subQuestion: v.optional(v.pipe(v.string(), v.regex(/^[1-8]\.[1-9][0-9]?$/, 'sub-question id like 4.2'))),
  source: IdSchema,
  at: Location,
});

export const EvaluationAreaSchema = v.strictObject({
  /** 1–8, the KommunKompassen main area (names in src/domain/kommunkompassen.ts). */
  area: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(AREA_COUNT)),
  /** The area's score out of 100, as the report's summary gives it. */
  score: Score(AREA_MAX),
  /** The total printed under the area's sub-question table, when the report prints one that differs
   *  from `score` (both are roundings of the same unrounded sum). */
  tableTotal: v.optional(Score(AREA_MAX)),
  status: StatusSchema,
  sources: v.optional(SourceIds),
  at: v.optional(Location),
  /** Why the figures are as they are, e.g. how the report rounds. */
  note: v.optional(TextSchema),
  subQuestions: v.pipe(v.array(SubQuestionSchema), v.maxLength(12)),
  quotes: v.optional(v.pipe(v.array(QuoteSchema), v.maxLength(10))),
});

export const EvaluationSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: IdSchema,
  framework: v.picklist(['kommunkompassen']),
  municipality: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  year: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
  /** Month of the evaluation, 1–12, when known. */
  month: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
  /** Who evaluated, e.g. "SKL (Leif Eldås, Henrik Bergström)". */
  evaluator: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  status: StatusSchema,
  sources: v.pipe(v.array(SourceSchema), v.maxLength(50)),
  /** The total the report prints (out of 800); must equal the sum of the area scores. */
  total: v.optional(Score(PROFILE_MAX)),
  totalAt: v.optional(Location),
  note: v.optional(TextSchema),
  areas: v.pipe(v.array(EvaluationAreaSchema), v.maxLength(AREA_COUNT)),
});

export type SubQuestion = v.InferOutput<typeof SubQuestionSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type EvaluationArea = v.InferOutput<typeof EvaluationAreaSchema>;
export type Evaluation = v.InferOutput<typeof EvaluationSchema>;
