// The rules of DESIGN §2 that relate parts of a model to each other (the shape is model-schema.ts's job).
// They read the input leniently, so they also run on a file that fails the schema: every rule checks
// the parts that are well-formed and skips what it cannot read (the schema issue already names that).
// All rules together are linear in the size of the model, since the editor runs them on every keystroke.
import { checkAdministration } from './administration-rules';
import { checkUniqueIds, checkCouncilAndBoard, checkParentTree, checkSeats } from './body-rules';
import { checkDelegation } from './delegation-rules';
import { checkGoals } from './goal-rules';
import { type LooseBody, type LooseModel, readLooseModel } from './loose-model';
import { type BodyKind } from './model-schema';
import { checkValueSources } from './value-status-rules';
import { bodyLabel, kindOf, nameLabel, quote, type RuleFindings } from './rule-wording';
import { isPlainRecord } from './schema-issues';
import { errorIssue, warningIssue } from './validation-issue';

/** Checks every cross-reference and organisational rule on a (possibly malformed) model value. */
export function checkModelRules(input: unknown): RuleFindings {
  const findings: RuleFindings = { errors: [], warnings: [] };
  if (!isPlainRecord(input)) return findings;
  const model = readLooseModel(input);
  checkUniqueIds(model, findings);
  checkCouncilAndBoard(model, findings);
  checkParentTree(model, findings);
  checkSeats(model, findings);
  checkServiceAreas(model, findings);
  checkAdministration(model, findings);
  checkDelegation(model, findings);
  checkParties(model, findings);
  checkSourceReferences(model, findings);
  checkValueSources(input, findings);
  checkGoals(input, model, findings);
  return findings;
}

/** Kinds that can own a frame (budgetram) granted by the council. */
const FRAME_HOLDER_KINDS: ReadonlySet<BodyKind> = new Set(['executiveBoard', 'committee', 'electionCommittee']);

function checkServiceAreas(model: LooseModel, findings: RuleFindings): void {
  const { bodyById } = model;
  if (model.areasListed && model.areas.length === 0) {
    findings.warnings.push(
      warningIssue('serviceAreas', 'model.no-service-areas', {
        sv: 'Modellen har inga verksamheter; budgetåret har då inga kostnader att simulera.',
        en: 'The model has no service areas; the budget year then has no costs to simulate.',
      }),
    );
  }
  const framesHeld = new Map<LooseBody, number>();
  for (const area of model.areas) {
    const areaName = nameLabel(area);
    const holder = area.budgetHolder === undefined ? undefined : bodyById.get(area.budgetHolder);
    if (area.budgetHolder !== undefined && holder === undefined && model.bodyIdsComplete) {
      findings.errors.push(
        errorIssue(`${area.path}.budgetHolder`, 'area.budget-holder-unknown', {
          sv: `Verksamheten ${areaName.sv} har budgetansvarig ${quote(area.budgetHolder)}, men inget organ har det id:t.`,
          en: `Service area ${areaName.en} has budget holder ${quote(area.budgetHolder)}, but no body has that id.`,
        }),
      );
    }
    if (holder?.kind !== undefined && !FRAME_HOLDER_KINDS.has(holder.kind)) {
      findings.errors.push(
        errorIssue(`${area.path}.budgetHolder`, 'area.budget-holder-kind', {
          sv: `Verksamheten ${areaName.sv} har budgetansvarig ${bodyLabel(holder).sv}, ${kindOf(holder).sv}, men bara kommunstyrelsen eller en nämnd kan få en budgetram av fullmäktige.`,
          en: `Service area ${areaName.en} has budget holder ${bodyLabel(holder).en}, a ${kindOf(holder).en}, but only the executive board or a committee can be granted a frame by the council.`,
        }),
      );
    }
    if (holder !== undefined) framesHeld.set(holder, (framesHeld.get(holder) ?? 0) + 1);

    const preparer = area.preparedBy === undefined ? undefined : bodyById.get(area.preparedBy);
    if (area.preparedBy !== undefined && preparer === undefined && model.bodyIdsComplete) {
      findings.errors.push(
        errorIssue(`${area.path}.preparedBy`, 'area.prepared-by-unknown', {
          sv: `Verksamheten ${areaName.sv} bereds av ${quote(area.preparedBy)}, men inget organ har det id:t.`,
          en: `Service area ${areaName.en} is prepared by ${quote(area.preparedBy)}, but no body has that id.`,
        }),
      );
    }
    if (preparer !== undefined && holder !== undefined && preparesFor(preparer, holder, model) === 'no') {
      findings.warnings.push(
        warningIssue(`${area.path}.preparedBy`, 'area.prepared-by-outside', {
          sv: `Verksamheten ${areaName.sv} bereds av ${bodyLabel(preparer).sv}, som varken är budgetansvarig ${bodyLabel(holder).sv} eller ett utskott eller en beredning under den. Då bereder ett organ ärenden som ett annat organ har budgeten för.`,
          en: `Service area ${areaName.en} is prepared by ${bodyLabel(preparer).en}, which is neither its budget holder ${bodyLabel(holder).en} nor a subcommittee or drafting committee under it. One body then prepares matters whose budget another body holds.`,
        }),
      );
    }

    if (area.department !== undefined && !model.departmentIds.has(area.department) && model.departmentIdsComplete) {
      findings.errors.push(
        errorIssue(`${area.path}.department`, 'area.department-unknown', {
          sv: `Verksamheten ${areaName.sv} hör till förvaltningen ${quote(area.department)}, men ingen förvaltning har det id:t.`,
          en: `Service area ${areaName.en} belongs to department ${quote(area.department)}, but no department has that id.`,
        }),
      );
    }
  }
  for (const [holder, count] of framesHeld) {
    if (holder.meetingsPerYear !== 0) continue;
    findings.warnings.push(
      warningIssue(`${holder.path}.meetingsPerYear`, 'body.no-meetings-holds-frame', {
        sv: `${bodyLabel(holder).sv} har budgetansvar för ${count} ${count === 1 ? 'verksamhet' : 'verksamheter'} men inga sammanträden under året, och kan då inte besluta om avvikelser.`,
        en: `${bodyLabel(holder).en} holds the budget of ${count} service ${count === 1 ? 'area' : 'areas'} but has no meetings in the year, so it cannot decide on deviations.`,
      }),
    );
  }
}

/**
 * 'yes' for the holder itself or an utskott/beredning whose chain of parents reaches the holder;
 * 'unknown' when the chain is broken or circular (already an error, so no follow-on warning).
 */
function preparesFor(preparer: LooseBody, holder: LooseBody, model: LooseModel): 'yes' | 'no' | 'unknown' {
  if (preparer === holder) return 'yes';
  if (preparer.kind !== 'subcommittee' && preparer.kind !== 'draftingCommittee') return 'no';
  let current: LooseBody = preparer;
  // Bounded by the number of bodies so that a cycle cannot loop forever.
  for (let steps = 0; steps <= model.bodies.length; steps++) {
    if (current === holder) return 'yes';
    if (current.parent.state === 'absent') return 'no';
    const parent = current.parent.state === 'id' ? model.bodyById.get(current.parent.id) : undefined;
    if (parent === undefined) return 'unknown';
    current = parent;
  }
  return 'unknown';
}


function checkParties(model: LooseModel, findings: RuleFindings): void {
  const { parties } = model;
  const council = model.bodies.find((body) => body.kind === 'council');
  if (parties !== undefined && council?.members !== undefined) {
    const counts = [...parties.values()];
    if (counts.every((count) => count !== undefined)) {
      const total = counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
      if (total !== council.members) {
        findings.errors.push(
          errorIssue('council.parties', 'council.parties-sum', {
            sv: `Partiernas mandat i \`council.parties\` blir sammanlagt ${total}, men kommunfullmäktige ${bodyLabel(council).sv} har ${council.members} ledamöter.`,
            en: `The party seats in \`council.parties\` add up to ${total}, but the council ${bodyLabel(council).en} has ${council.members} members.`,
          }),
        );
      }
    }
  }

  // A malformed `council.parties` is already a schema error; comparing against it would only add noise.
  if (model.partiesMalformed) return;
  const cooperationOf = new Map<string, string>();
  for (const cooperation of model.cooperations) {
    if (parties?.has(cooperation.name)) {
      findings.errors.push(
        errorIssue(cooperation.path, 'cooperation.name-is-party', {
          sv: `Samverkan ${quote(cooperation.name)} har samma namn som ett parti i \`council.parties\`; ge samverkan ett eget gruppnamn.`,
          en: `Cooperation ${quote(cooperation.name)} has the same name as a party in \`council.parties\`; give the cooperation its own group name.`,
        }),
      );
    }
    for (const party of cooperation.parties) {
      if (!parties?.has(party.id)) {
        findings.errors.push(
          errorIssue(party.path, 'cooperation.party-unknown', {
            sv: `Samverkan ${quote(cooperation.name)} omfattar partiet ${quote(party.id)}, som inte finns i \`council.parties\`.`,
            en: `Cooperation ${quote(cooperation.name)} includes party ${quote(party.id)}, which is not in \`council.parties\`.`,
          }),
        );
        continue;
      }
      const earlier = cooperationOf.get(party.id);
      if (earlier !== undefined) {
        findings.errors.push(
          errorIssue(party.path, 'cooperation.party-twice', {
            sv: `Partiet ${quote(party.id)} ingår redan i samverkan ${quote(earlier)}; ett parti kan bara finnas en gång i en samverkan.`,
            en: `Party ${quote(party.id)} is already in cooperation ${quote(earlier)}; a party can be in a cooperation only once.`,
          }),
        );
        continue;
      }
      cooperationOf.set(party.id, cooperation.name);
    }
  }
}

function checkSourceReferences(model: LooseModel, findings: RuleFindings): void {
  if (!model.sourceIdsComplete) return;
  for (const reference of model.sourceReferences) {
    if (model.sourceIds.has(reference.id)) continue;
    findings.errors.push(
      errorIssue(reference.path, 'source.unknown', {
        sv: `Källan ${quote(reference.id)} finns inte bland modellens \`sources\`.`,
        en: `Source ${quote(reference.id)} is not among the model's \`sources\`.`,
      }),
    );
  }
}
