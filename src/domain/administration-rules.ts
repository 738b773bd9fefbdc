// The rules of the administrative organisation (DESIGN §2, §11): each unit serves a political body that
// exists and is standing (a temporary beredning has no administration of its own; the council is served
// through its board), each unit's parent unit exists, the tree has no cycles, and the kommundirektör sits
// at its root (kommunallagen (2017:725) 7 kap.: the board appoints a director who leads the employees).
// Messages name units and bodies by name, so an official can act on them without reading ids.
import { type LooseDepartment, type LooseModel } from './loose-model';
import { UNIT_KINDS } from './model-schema';
import { nameLabel, quote, type RuleFindings } from './rule-wording';
import { errorIssue, warningIssue } from './validation-issue';

const UNIT_KIND_SET: ReadonlySet<string> = new Set(UNIT_KINDS);

export function checkAdministration(model: LooseModel, findings: RuleFindings): void {
  const byId = new Map<string, LooseDepartment>();
  for (const unit of model.departments) if (unit.id !== undefined && !byId.has(unit.id)) byId.set(unit.id, unit);
  for (const unit of model.departments) {
    const label = nameLabel(unit);
    checkServedBody(model, unit, label, findings);
    if (unit.parent !== undefined && !byId.has(unit.parent) && model.departmentIdsComplete) {
      findings.errors.push(
        errorIssue(`${unit.path}.parent`, 'department.parent-unknown', {
          sv: `${label.sv} ligger under ${quote(unit.parent)}, men ingen enhet i förvaltningsorganisationen har det id:t.`,
          en: `${label.en} sits under ${quote(unit.parent)}, but no unit of the administration has that id.`,
        }),
      );
    }
    if (unit.kind === 'director' && unit.parent !== undefined) {
      findings.errors.push(
        errorIssue(`${unit.path}.parent`, 'department.director-parent', {
          sv: `${label.sv} är kommundirektör och ska stå överst i förvaltningsorganisationen, inte under en annan enhet.`,
          en: `${label.en} is the kommundirektör (chief executive) and must be at the top of the administration, not under another unit.`,
        }),
      );
    }
    if ((unit.kind === 'area' || unit.kind === 'unit') && unit.parent === undefined) {
      findings.warnings.push(
        warningIssue(`${unit.path}.parent`, 'department.level-without-parent', {
          sv: `${label.sv} är ${unit.kind === 'area' ? 'ett verksamhetsområde' : 'en enhet'} men ligger inte under någon förvaltning.`,
          en: `${label.en} is ${unit.kind === 'area' ? 'a service area unit' : 'a unit'} but does not sit under any department.`,
        }),
      );
    }
  }
  checkCycles(model.departments, byId, findings);
  const directors = model.departments.filter((unit) => unit.kind === 'director');
  const usesTree = model.departments.some((unit) => unit.parent !== undefined || (unit.kind !== undefined && UNIT_KIND_SET.has(unit.kind)));
  if (usesTree && directors.length === 0) {
    findings.warnings.push(
      warningIssue('departments', 'department.no-director', {
        sv: 'Förvaltningsorganisationen har ingen kommundirektör. Kommunstyrelsen ska utse en direktör som leder de anställda (kommunallagen 7 kap.).',
        en: 'The administration has no kommundirektör. The executive board must appoint a director who leads the employees (Local Government Act, ch. 7).',
      }),
    );
  }
  if (directors.length > 1) {
    const second = directors[1] as LooseDepartment;
    findings.warnings.push(
      warningIssue(`${second.path}.kind`, 'department.several-directors', {
        sv: `Förvaltningsorganisationen har ${directors.length} kommundirektörer (${directors.map((d) => nameLabel(d).sv).join(', ')}); det ska finnas en.`,
        en: `The administration has ${directors.length} chief executives (${directors.map((d) => nameLabel(d).en).join(', ')}); there should be one.`,
      }),
    );
  }
}

function checkServedBody(model: LooseModel, unit: LooseDepartment, label: { sv: string; en: string }, findings: RuleFindings): void {
  if (unit.reportsTo === undefined) return;
  const body = model.bodyById.get(unit.reportsTo);
  if (body === undefined) {
    if (!model.bodyIdsComplete) return;
    findings.errors.push(
      errorIssue(`${unit.path}.reportsTo`, 'department.reports-to-unknown', {
        sv: `${label.sv} betjänar ${quote(unit.reportsTo)}, men inget politiskt organ har det id:t.`,
        en: `${label.en} serves ${quote(unit.reportsTo)}, but no political body has that id.`,
      }),
    );
    return;
  }
  const bodyName = nameLabel(body);
  if (body.kind === 'draftingCommittee') {
    findings.errors.push(
      errorIssue(`${unit.path}.reportsTo`, 'department.serves-drafting-committee', {
        sv: `${label.sv} betjänar ${bodyName.sv}, som är en tillfällig beredning. En förvaltning eller enhet ska betjäna ett stående organ: kommunstyrelsen, en nämnd eller ett utskott.`,
        en: `${label.en} serves ${bodyName.en}, a temporary drafting committee. A department or unit must serve a standing body: the executive board, a committee or a subcommittee.`,
      }),
    );
  } else if (body.kind === 'council') {
    findings.warnings.push(
      warningIssue(`${unit.path}.reportsTo`, 'department.serves-council', {
        sv: `${label.sv} betjänar ${bodyName.sv} direkt. Förvaltningen lyder vanligen under kommunstyrelsen eller en nämnd; fullmäktige har ingen egen förvaltning.`,
        en: `${label.en} serves ${bodyName.en} directly. The administration usually answers to the executive board or a committee; the council has no administration of its own.`,
      }),
    );
  }
}

/** Each cycle of parent links reported once, at the unit where it is first met. */
function checkCycles(units: readonly LooseDepartment[], byId: Map<string, LooseDepartment>, findings: RuleFindings): void {
  const done = new Set<LooseDepartment>();
  for (const start of units) {
    const onPath: LooseDepartment[] = [];
    const seen = new Set<LooseDepartment>();
    let unit: LooseDepartment | undefined = start;
    while (unit && !done.has(unit)) {
      if (seen.has(unit)) {
        const cycle = onPath.slice(onPath.indexOf(unit));
        const names = cycle.map((u) => nameLabel(u));
        findings.errors.push(
          errorIssue(`${unit.path}.parent`, 'department.parent-cycle', {
            sv: `Förvaltningsorganisationen går i en cirkel: ${[...names, names[0]].map((n) => n?.sv).join(' → ')}. Någon av dem måste ligga under en annan enhet eller stå överst.`,
            en: `The administration goes round in a circle: ${[...names, names[0]].map((n) => n?.en).join(' → ')}. One of them must sit under another unit or at the top.`,
          }),
        );
        break;
      }
      seen.add(unit);
      onPath.push(unit);
      unit = unit.parent === undefined ? undefined : byId.get(unit.parent);
    }
    for (const visited of onPath) done.add(visited);
  }
}
