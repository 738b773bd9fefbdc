// New own profiles: an empty one (eight areas at 0, no sub-questions), or one that takes the
// sub-questions and their maxima from a shipped profile (the questions of KommunKompassen's 2010 revision,
// as seed 003 lists them) with every score at 0, ready to be filled in from the municipality's report.
// Also the edits the editor makes, as pure functions on the profile.
import type { Evaluation, EvaluationArea } from '@/domain/evaluation-schema';
import { AREA_NUMBERS } from '@/domain/kommunkompassen';
import type { Status } from '@/domain/model-schema';

export const OWN_SOURCE_ID = 'egen-rapport';

export function emptyProfile(id: string, municipality: string, year: number, evaluator: string, template?: Evaluation): Evaluation {
  const areas: EvaluationArea[] = AREA_NUMBERS.map((area) => {
    const from = template?.areas.find((a) => a.area === area);
    return {
      area,
      score: 0,
      status: 'example',
      subQuestions: (from?.subQuestions ?? []).map((q) => ({ id: q.id, question: q.question, score: 0, max: q.max, status: 'example' as Status })),
    };
  });
  return { id, framework: 'kommunkompassen', municipality, year, evaluator, status: 'example', sources: [], areas };
}

/** Sets the report the profile comes from; with one, every score is documented by it, without one an example. */
export function withReference(profile: Evaluation, reference: string): Evaluation {
  const text = reference.trim().slice(0, 500);
  const status: Status = text ? 'documented' : 'example';
  const sources = text
    ? [{ id: OWN_SOURCE_ID, kind: 'public' as const, reference: text, says: { sv: 'Kommunens egen utvärderingsrapport.', en: "The municipality's own evaluation report." } }]
    : [];
  const cite = text ? { sources: [OWN_SOURCE_ID] } : {};
  return {
    ...profile,
    status,
    sources,
    areas: profile.areas.map(({ sources: _a, ...area }) => ({
      ...area,
      ...cite,
      status,
      subQuestions: area.subQuestions.map(({ sources: _q, ...q }) => ({ ...q, ...cite, status })),
    })),
  };
}

export function referenceOf(profile: Evaluation): string {
  return profile.sources.find((s) => s.id === OWN_SOURCE_ID)?.reference ?? '';
}

export function withAreaScore(profile: Evaluation, area: number, score: number): Evaluation {
  return { ...profile, areas: profile.areas.map((a) => (a.area === area ? { ...a, score } : a)) };
}

/** Sets a sub-score; the area's score follows as the sum of its sub-scores. */
export function withSubScore(profile: Evaluation, area: number, id: string, score: number): Evaluation {
  return {
    ...profile,
    areas: profile.areas.map((a) => {
      if (a.area !== area) return a;
      const subQuestions = a.subQuestions.map((q) => (q.id === id ? { ...q, score } : q));
      const sum = subQuestions.reduce((total, q) => total + q.score, 0);
      return { ...a, subQuestions, score: Math.min(100, Math.round(sum * 100) / 100) };
    }),
  };
}

export function profileTotal(profile: Evaluation): number {
  return profile.areas.reduce((total, a) => total + a.score, 0);
}

export function profileFileText(profile: Evaluation): string {
  return `${JSON.stringify({ $schema: './evaluation.schema.json', ...profile }, null, 2)}\n`;
}
