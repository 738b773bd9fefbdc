// The rules of a KommunKompassen profile that relate its parts (the shape is evaluation-schema.ts's job):
// each of the eight areas once; sub-question ids that belong to their area and appear once; no score above
// its maximum; maxima that add up to the area's 100; sub-scores and printed shares that agree with the area
// score within the rounding a report uses; a printed total equal to the sum of the areas; sources that
// exist. They read the input leniently, so they also run on a file that fails the schema.
//
// Rounding: a report prints each sub-score rounded to a whole point and each share rounded to a whole
// per cent, both computed from unrounded points (seed 003, section 4: 1.2 shows 12 of 20 and 61 %). So
// the rounded sub-scores of an area with n questions may differ from its score by up to n/2, and the shares
// (each off by at most half a per cent of its maximum) give the unrounded sum to within half a point, which
// the area score rounds once more: within one point in all.
import { AREA_COUNT, AREA_MAX, AREA_NUMBERS, kompassArea } from './kommunkompassen';
import type { RuleFindings } from './rule-wording';
import { isPlainRecord, ownValue } from './schema-issues';
import { errorIssue, formatIssuePath, warningIssue, type PathSegment } from './validation-issue';

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const text = (value: unknown): value is string => typeof value === 'string';
const path = (...segments: PathSegment[]) => formatIssuePath(segments);
const points = (value: number): string => String(Math.round(value * 100) / 100);
const pointsSv = (value: number): string => points(value).replace('.', ',');

/** Checks every cross-rule on a (possibly malformed) profile value. */
export function checkEvaluationRules(input: unknown): RuleFindings {
  const findings: RuleFindings = { errors: [], warnings: [] };
  if (!isPlainRecord(input)) return findings;
  const sources = ownValue(input, 'sources');
  const sourceIds = new Set<string>();
  let sourcesComplete = Array.isArray(sources);
  if (Array.isArray(sources)) {
    for (const source of sources) {
      const id = isPlainRecord(source) ? ownValue(source, 'id') : undefined;
      if (text(id)) sourceIds.add(id);
      else sourcesComplete = false;
    }
  }
  const checkSource = (id: unknown, where: string) => {
    if (!text(id) || !sourcesComplete || sourceIds.has(id)) return;
    findings.errors.push(
      errorIssue(where, 'evaluation.source-unknown', {
        sv: `Källan \`${id.slice(0, 64)}\` finns inte bland profilens källor (sources).`,
        en: `The source \`${id.slice(0, 64)}\` is not among the profile's sources.`,
      }),
    );
  };
  const checkSourceList = (owner: Record<string, unknown>, at: PathSegment[]) => {
    const list = ownValue(owner, 'sources');
    if (!Array.isArray(list)) return;
    list.forEach((id, index) => checkSource(id, path(...at, 'sources', index)));
  };

  const areas = ownValue(input, 'areas');
  if (!Array.isArray(areas)) return findings;
  const seen = new Map<number, number>();
  let sum = 0;
  let sumComplete = true;
  areas.forEach((area, index) => {
    if (!isPlainRecord(area)) {
      sumComplete = false;
      return;
    }
    const number = ownValue(area, 'area');
    const score = ownValue(area, 'score');
    if (finite(score)) sum += score;
    else sumComplete = false;
    if (finite(number) && Number.isInteger(number) && number >= 1 && number <= AREA_COUNT) {
      const first = seen.get(number);
      if (first !== undefined) {
        findings.errors.push(
          errorIssue(path('areas', index, 'area'), 'evaluation.area-duplicate', {
            sv: `Område ${number} finns två gånger (areas[${first}] och areas[${index}]); varje område ska finnas en gång.`,
            en: `Area ${number} appears twice (areas[${first}] and areas[${index}]); each area must appear once.`,
          }),
        );
      } else seen.set(number, index);
    }
    checkSourceList(area, ['areas', index]);
    checkArea(area, index, finite(number) ? number : undefined, finite(score) ? score : undefined, findings, checkSource, checkSourceList);
  });

  const missing = AREA_NUMBERS.filter((number) => !seen.has(number));
  if (missing.length > 0 && areas.every(isPlainRecord)) {
    const names = missing.map((number) => `${number} (${kompassArea(number)?.name.sv ?? ''})`).join(', ');
    const namesEn = missing.map((number) => `${number} (${kompassArea(number)?.name.en ?? ''})`).join(', ');
    findings.errors.push(
      errorIssue('areas', 'evaluation.area-missing', {
        sv: `Profilen saknar ${missing.length === 1 ? 'område' : 'områdena'} ${names}. En profil har alla åtta områden; skriv 0 där kommunen fick 0 poäng.`,
        en: `The profile lacks ${missing.length === 1 ? 'area' : 'areas'} ${namesEn}. A profile has all eight areas; write 0 where the municipality scored 0.`,
      }),
    );
  }

  const total = ownValue(input, 'total');
  if (finite(total) && sumComplete && Math.abs(total - sum) > 1e-9) {
    findings.errors.push(
      errorIssue('total', 'evaluation.total', {
        sv: `Totalen är ${pointsSv(total)}, men områdenas poäng summerar till ${pointsSv(sum)}.`,
        en: `The total is ${points(total)}, but the area scores add up to ${points(sum)}.`,
      }),
    );
  }
  return findings;
}

function checkArea(
  area: Record<string, unknown>,
  index: number,
  number: number | undefined,
  score: number | undefined,
  findings: RuleFindings,
  checkSource: (id: unknown, where: string) => void,
  checkSourceList: (owner: Record<string, unknown>, at: PathSegment[]) => void,
): void {
  const subQuestions = ownValue(area, 'subQuestions');
  const quotes = ownValue(area, 'quotes');
  const ids = new Set<string>();
  if (Array.isArray(quotes)) {
    quotes.forEach((quote, q) => {
      if (!isPlainRecord(quote)) return;
      checkSource(ownValue(quote, 'source'), path('areas', index, 'quotes', q, 'source'));
    });
  }
  if (!Array.isArray(subQuestions) || subQuestions.length === 0) return;
  let scoreSum = 0;
  let maxSum = 0;
  let shareSum = 0;
  let complete = true;
  let sharesComplete = true;
  subQuestions.forEach((question, q) => {
    if (!isPlainRecord(question)) {
      complete = false;
      sharesComplete = false;
      return;
    }
    const at: PathSegment[] = ['areas', index, 'subQuestions', q];
    checkSourceList(question, at);
    const id = ownValue(question, 'id');
    if (text(id)) {
      if (ids.has(id)) {
        findings.errors.push(
          errorIssue(path(...at, 'id'), 'evaluation.sub-question-duplicate', {
            sv: `Delfrågan ${id.slice(0, 12)} finns två gånger i område ${number ?? '?'}.`,
            en: `Sub-question ${id.slice(0, 12)} appears twice in area ${number ?? '?'}.`,
          }),
        );
      }
      ids.add(id);
      const prefix = Number(id.split('.')[0]);
      if (number !== undefined && /^[1-8]\./.test(id) && prefix !== number) {
        findings.errors.push(
          errorIssue(path(...at, 'id'), 'evaluation.sub-question-area', {
            sv: `Delfrågan ${id.slice(0, 12)} hör till område ${prefix}, men står under område ${number}.`,
            en: `Sub-question ${id.slice(0, 12)} belongs to area ${prefix}, but stands under area ${number}.`,
          }),
        );
      }
    }
    const subScore = ownValue(question, 'score');
    const max = ownValue(question, 'max');
    const percent = ownValue(question, 'percent');
    const label = text(id) ? id.slice(0, 12) : `[${q}]`;
    if (finite(subScore) && finite(max) && subScore > max) {
      findings.errors.push(
        errorIssue(path(...at, 'score'), 'evaluation.sub-question-over-max', {
          sv: `Delfrågan ${label} har ${pointsSv(subScore)} poäng, men högst ${pointsSv(max)} är möjligt.`,
          en: `Sub-question ${label} has ${points(subScore)} points, but at most ${points(max)} is possible.`,
        }),
      );
    }
    if (finite(subScore)) scoreSum += subScore;
    else complete = false;
    if (finite(max)) maxSum += max;
    else complete = false;
    if (finite(percent) && finite(max)) {
      shareSum += (percent / 100) * max;
      if (finite(subScore) && Math.abs((percent / 100) * max - subScore) > 0.5 + 0.005 * max + 1e-9) {
        findings.warnings.push(
          warningIssue(path(...at, 'percent'), 'evaluation.percent', {
            sv: `Delfrågan ${label} har ${pointsSv(subScore)} av ${pointsSv(max)} poäng, men andelen ${pointsSv(percent)} % ger ${pointsSv((percent / 100) * max)} poäng; avrundning förklarar högst en halv poäng.`,
            en: `Sub-question ${label} has ${points(subScore)} of ${points(max)} points, but the share ${points(percent)} % gives ${points((percent / 100) * max)} points; rounding explains at most half a point.`,
          }),
        );
      }
    } else sharesComplete = false;
  });
  if (!complete) return;
  const areaLabel = number ?? `[${index}]`;
  if (Math.abs(maxSum - AREA_MAX) > 1e-9) {
    findings.warnings.push(
      warningIssue(path('areas', index, 'subQuestions'), 'evaluation.max-sum', {
        sv: `Delfrågorna i område ${areaLabel} ger tillsammans högst ${pointsSv(maxSum)} poäng; i KommunKompassen ger varje område högst ${AREA_MAX}.`,
        en: `The sub-questions of area ${areaLabel} give at most ${points(maxSum)} points together; in KommunKompassen each area gives at most ${AREA_MAX}.`,
      }),
    );
  }
  if (score === undefined) return;
  const allowance = subQuestions.length / 2;
  if (Math.abs(scoreSum - score) > allowance + 1e-9) {
    findings.warnings.push(
      warningIssue(path('areas', index, 'score'), 'evaluation.sub-question-sum', {
        sv: `Område ${areaLabel} har ${pointsSv(score)} poäng, men delfrågorna summerar till ${pointsSv(scoreSum)}. Avrundade delpoäng förklarar högst ${pointsSv(allowance)} poängs skillnad.`,
        en: `Area ${areaLabel} has ${points(score)} points, but its sub-questions add up to ${points(scoreSum)}. Rounded sub-scores explain a difference of at most ${points(allowance)} points.`,
      }),
    );
  } else if (sharesComplete && Math.abs(shareSum - score) > 1 + 1e-9) {
    findings.warnings.push(
      warningIssue(path('areas', index, 'score'), 'evaluation.share-sum', {
        sv: `Område ${areaLabel} har ${pointsSv(score)} poäng, men delfrågornas andelar ger ${pointsSv(shareSum)}; avrundning förklarar högst en poäng.`,
        en: `Area ${areaLabel} has ${points(score)} points, but the sub-questions' shares give ${points(shareSum)}; rounding explains at most one point.`,
      }),
    );
  }
}
