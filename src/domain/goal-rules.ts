// Checks a model's goals (DESIGN §12): every goal is owned by a body of the model, and a nämnd (the
// executive board included) with more than three goals gets a warning. The three is Helsingborg's
// practice of trust-based steering (seed 004: "En nämnd får ha maximalt tre mål och de ska bara ha med
// uppdraget att göra"), not a rule of law, and the warning says so. Reads the input leniently, never throws.
import type { LooseModel } from './loose-model';
import type { BodyKind, Text } from './model-schema';
import { bodyLabel, quote, type RuleFindings } from './rule-wording';
import { isPlainRecord, ownValue } from './schema-issues';
import { errorIssue, formatIssuePath, warningIssue } from './validation-issue';

/** Helsingborg's limit: at most three goals per nämnd (seed 004). A practice the tool warns against
 *  exceeding; it changes no simulated number. */
export const GOALS_PER_COMMITTEE_PRACTICE = 3;

export const GOAL_PRACTICE_SOURCE: Text = {
  sv: 'Helsingborgs tillitsbaserade styrning (seed 004): högst tre mål per nämnd, bara om uppdraget och bara där en förändring önskas; staden gick från ett hundratal mål till 19.',
  en: "Helsingborg's trust-based steering (seed 004): at most three goals per committee, only about its mission and only where change is wanted; the city went from about a hundred goals to 19.",
};

/** The bodies the practice speaks of: a nämnd, which in law includes the executive board. */
export const GOAL_LIMITED_KINDS: ReadonlySet<BodyKind> = new Set(['executiveBoard', 'committee']);

export function checkGoals(input: Record<string, unknown>, model: LooseModel, findings: RuleFindings): void {
  const goals = ownValue(input, 'goals');
  if (!Array.isArray(goals)) return;
  const counts = new Map<string, number>();
  goals.forEach((goal, index) => {
    if (!isPlainRecord(goal)) return;
    const owner = ownValue(goal, 'owner');
    const sources = ownValue(goal, 'sources');
    if (Array.isArray(sources) && model.sourceIdsComplete) {
      sources.forEach((id, s) => {
        if (typeof id !== 'string' || model.sourceIds.has(id)) return;
        findings.errors.push(
          errorIssue(formatIssuePath(['goals', index, 'sources', s]), 'source.unknown', {
            sv: `Källan ${quote(id)} finns inte bland modellens \`sources\`.`,
            en: `Source ${quote(id)} is not among the model's \`sources\`.`,
          }),
        );
      });
    }
    if (typeof owner !== 'string') return;
    counts.set(owner, (counts.get(owner) ?? 0) + 1);
    if (model.bodyIdsComplete && !model.bodyById.has(owner)) {
      findings.errors.push(
        errorIssue(formatIssuePath(['goals', index, 'owner']), 'goal.owner-unknown', {
          sv: `Målet ägs av ${quote(owner)}, men inget organ har det id:t.`,
          en: `The goal is owned by ${quote(owner)}, but no body has that id.`,
        }),
      );
    }
  });
  for (const [owner, count] of counts) {
    const body = model.bodyById.get(owner);
    if (body?.kind === undefined || !GOAL_LIMITED_KINDS.has(body.kind) || count <= GOALS_PER_COMMITTEE_PRACTICE) continue;
    const label = bodyLabel(body);
    findings.warnings.push(
      warningIssue('goals', 'goal.more-than-three', {
        sv: `${label.sv} har ${count} mål. Helsingborg låter varje nämnd ha högst tre mål, bara om uppdraget och bara där en förändring önskas (seed 004). Det är en arbetsform, inte ett krav i lag.`,
        en: `${label.en} has ${count} goals. Helsingborg lets each committee have at most three goals, only about its mission and only where change is wanted (seed 004). This is a practice, not a requirement of law.`,
      }),
    );
  }
}
