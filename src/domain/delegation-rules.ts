// The rules on who decides (DESIGN §11): a temporary beredning prepares and does not decide, so decision
// delegation given to one is a warning; individual cases (myndighetsutövning under SoL, LVU, LSS) are
// decided by a standing nämnd or an utskott under it, never by the council or a beredning; and every
// municipality must have a valnämnd (vallagen (2005:837)), so a model without one gets a warning.
import { type LooseModel } from './loose-model';
import { nameLabel, type RuleFindings } from './rule-wording';
import { errorIssue, warningIssue } from './validation-issue';

export function checkDelegation(model: LooseModel, findings: RuleFindings): void {
  for (const body of model.bodies) {
    const label = nameLabel(body);
    if (body.kind === 'draftingCommittee' && body.delegated.some((flag) => flag === 'matters' || flag === 'budgetDeviations')) {
      findings.warnings.push(
        warningIssue(`${body.path}.delegation`, 'delegation.drafting-committee-decides', {
          sv: `${label.sv} är en tillfällig beredning men har fått delegation att besluta. En beredning bereder frågor; besluten fattas av kommunstyrelsen, en nämnd eller ett utskott.`,
          en: `${label.en} is a temporary drafting committee but has been delegated decisions. A drafting committee prepares questions; decisions are taken by the executive board, a committee or a subcommittee.`,
        }),
      );
    }
    if (body.individualCases.length > 0 && (body.kind === 'council' || body.kind === 'draftingCommittee')) {
      findings.errors.push(
        errorIssue(`${body.path}.delegation.individualCases`, 'delegation.individual-cases-body', {
          sv: `${label.sv} beslutar i enskilda ärenden (${body.individualCases.join(', ')}), men sådana ärenden avgörs av en nämnd, kommunstyrelsen eller ett utskott under dem, inte av fullmäktige eller en beredning.`,
          en: `${label.en} decides individual cases (${body.individualCases.join(', ')}), but such cases are decided by a committee, the executive board or a subcommittee under them, not by the council or a drafting committee.`,
        }),
      );
    }
  }
  if (model.bodyKindsComplete && model.bodies.length > 0 && !model.bodies.some((body) => body.kind === 'electionCommittee')) {
    findings.warnings.push(
      warningIssue('bodies', 'delegation.no-election-committee', {
        sv: 'Modellen har ingen valnämnd. Enligt vallagen ska det finnas en valnämnd i varje kommun.',
        en: 'The model has no election committee. Under the Elections Act every municipality must have one.',
      }),
    );
  }
}
