// "Gör om till kommunstyrelse med utskott": a committee organisation made into a board organisation in one
// edit (DESIGN §11, seed 002 point 1–2). Each chosen nämnd becomes an utskott under the kommunstyrelse (or
// joins another nämnd's utskott), the frames of its service areas go to the kommunstyrelse, the utskott
// prepares them, its förvaltning comes to serve the kommunstyrelse (units inside it the utskott), and its
// delegation of individual cases moves to the utskott. Every frame and förvaltning moved is marked as the
// officials' own value ("Eget värde"), not as what the source documented. A nämnd marked "keep" (a joint committee shared with
// a neighbour, say) stays as it is. Pure; one immer recipe, so one undo takes it all back.
import type { Body, Model, Text } from '@/domain/model-schema';
import type { ModelRecipe } from './model-edits';
import { uniqueId } from './model-edits';

/** What happens to one nämnd: `keep` it, make it a `new` utskott with this name, or `join` another's. */
export type CommitteeChoice = { kind: 'keep' } | { kind: 'new'; name: Text } | { kind: 'join'; committeeId: string };

/** The nämnder that can become utskott: committees (not the valnämnd), in model order. */
export function convertibleCommittees(model: Model): Body[] {
  return model.bodies.filter((b) => b.kind === 'committee');
}

/** "Utbildningsnämnden" → "Utbildningsutskottet", "Tekniska nämnden" → "Tekniska utskottet". */
export function utskottName(committee: Text): Text {
  const sv = committee.sv.replace(/nämnden\b/i, 'utskottet').replace(/nämnd\b/i, 'utskott');
  const en = committee.en.replace(/committee\b/i, 'subcommittee');
  return { sv: sv === committee.sv ? `Utskottet för ${committee.sv.toLowerCase()}` : sv, en: en === committee.en ? `${committee.en} subcommittee` : en };
}

/** The default choice: a joint committee is kept, every other nämnd becomes an utskott of its own. */
export function defaultChoices(model: Model): Record<string, CommitteeChoice> {
  return Object.fromEntries(
    convertibleCommittees(model).map((c) => [c.id, (c.sharedWith?.length ?? 0) > 0 ? { kind: 'keep' } : { kind: 'new', name: utskottName(c.name) }]),
  );
}

/** Whether the model can be converted: it has a kommunstyrelse and at least one nämnd to convert. */
export function canConvertToBoard(model: Model): boolean {
  return model.bodies.some((b) => b.kind === 'executiveBoard') && convertibleCommittees(model).length > 0;
}

export function convertToBoard(choices: Readonly<Record<string, CommitteeChoice>>): ModelRecipe {
  return (model) => {
    const board = model.bodies.find((b) => b.kind === 'executiveBoard');
    if (!board) return;
    // Resolve `join` chains to the nämnd whose utskott is made (a join to a kept nämnd, or a cycle, keeps).
    const target = (id: string, seen = new Set<string>()): string | undefined => {
      const choice = choices[id];
      if (!choice || choice.kind === 'keep' || seen.has(id)) return undefined;
      if (choice.kind === 'new') return id;
      seen.add(id);
      return target(choice.committeeId, seen);
    };
    const committees = model.bodies.filter((b) => b.kind === 'committee' && target(b.id) !== undefined);
    if (committees.length === 0) return;
    const taken = new Set(model.bodies.map((b) => b.id));
    const utskottOf = new Map<string, string>();
    for (const committee of committees) {
      const owner = target(committee.id) as string;
      if (utskottOf.has(owner)) continue;
      const choice = choices[owner] as Extract<CommitteeChoice, { kind: 'new' }>;
      const id = uniqueId(choice.name.sv, taken);
      taken.add(id);
      utskottOf.set(owner, id);
      model.bodies.push({
        id,
        kind: 'subcommittee',
        name: { ...choice.name },
        parent: board.id,
        members: 5,
        substitutes: 5,
        meetingsPerYear: committee.meetingsPerYear,
        delegation: { matters: true, budgetDeviations: false },
        status: 'example',
      });
    }
    const gone = new Set(committees.map((c) => c.id));
    // A nämnd's own utskott (its arbetsutskott) goes with it; what it prepared goes to the new utskott.
    const partOf = new Map<string, string>();
    for (const body of model.bodies) if (body.parent !== undefined && gone.has(body.parent) && body.kind !== 'committee') partOf.set(body.id, body.parent);
    const heirOf = (id: string): string | undefined => {
      const committee = gone.has(id) ? id : partOf.get(id);
      return committee === undefined ? undefined : utskottOf.get(target(committee) as string);
    };
    for (const committee of committees) {
      const utskott = model.bodies.find((b) => b.id === heirOf(committee.id));
      const laws = committee.delegation?.individualCases ?? [];
      if (utskott && laws.length > 0) {
        const merged = new Set([...(utskott.delegation?.individualCases ?? []), ...laws]);
        utskott.delegation = { matters: true, budgetDeviations: false, ...utskott.delegation, individualCases: ['SoL', 'LVU', 'LSS'].filter((l) => merged.has(l as 'SoL')) as typeof laws };
      }
    }
    for (const area of model.serviceAreas) {
      const fromHolder = heirOf(area.budgetHolder);
      const fromPreparer = heirOf(area.preparedBy);
      // A frame moved to the board is the officials' own choice, no longer what the source documented.
      if (fromHolder !== undefined && area.budgetHolder !== board.id) {
        area.budgetHolder = board.id;
        area.facts = { ...area.facts, budgetHolder: { status: 'own' } };
      }
      if (fromPreparer !== undefined) area.preparedBy = fromPreparer;
      else if (fromHolder !== undefined) area.preparedBy = fromHolder;
    }
    for (const unit of model.departments) {
      const heir = heirOf(unit.reportsTo);
      if (heir === undefined) continue;
      // A förvaltning answers to the board that now holds its frames; a unit inside it to the utskott.
      const next = unit.kind === 'area' || unit.kind === 'unit' ? heir : board.id;
      if (next === unit.reportsTo) continue;
      unit.reportsTo = next;
      unit.facts = { ...unit.facts, reportsTo: { status: 'own' } };
    }
    model.bodies = model.bodies.filter((b) => !gone.has(b.id) && !partOf.has(b.id));
    for (const goal of model.goals ?? []) {
      const heir = heirOf(goal.owner);
      if (heir !== undefined) goal.owner = heir;
    }
  };
}
