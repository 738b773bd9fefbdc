// The words of the printable proposal that follow from the model: the budget process in steps (who
// decides what, when) and the checklist of steering documents to update together. Pure: the texts come
// from the catalogue through `t`, the names from the model.
//
// The calendar is the common Swedish one (DESIGN §10, gathered from public municipal pages): frames in
// February–June, KF adopts the budget before the end of November (Kommunallagen (2017:725) 11 kap.; in an
// election year the newly elected council adopts it), interim reports per 30 April and/or 31 August
// delivered to KF within two months, a deficit restored within three years (balanskravet, KL 11 kap.).
import { deriveFacts } from '@/domain/derived-facts';
import type { Body, Model } from '@/domain/model-schema';
import type { I18n } from '@/i18n/language';

export interface ProcessStep {
  when: string;
  who: string;
  what: string;
  /** One line per body where a step differs between bodies (what each utskott prepares). */
  details: string[];
}

function names(bodies: readonly Body[], i18n: I18n): string {
  const list = bodies.map((b) => i18n.pick(b.name) || b.id);
  if (list.length <= 1) return list[0] ?? '';
  return i18n.t('draft.list.and', { first: list.slice(0, -1).join(', '), last: list[list.length - 1] ?? '' });
}

function uniqueById(bodies: readonly (Body | undefined)[]): Body[] {
  const seen = new Set<string>();
  return bodies.filter((b): b is Body => b !== undefined && !seen.has(b.id) && Boolean(seen.add(b.id)));
}

export function budgetProcessSteps(model: Model, i18n: I18n): ProcessStep[] {
  const { t, pick } = i18n;
  const byId = new Map(model.bodies.map((b) => [b.id, b]));
  const council = model.bodies.find((b) => b.kind === 'council');
  const board = model.bodies.find((b) => b.kind === 'executiveBoard');
  const councilName = council ? pick(council.name) : t('kind.council');
  const boardName = board ? pick(board.name) : t('kind.executiveBoard');
  const holders = uniqueById(deriveFacts(model).budgetHolders.map((h) => byId.get(h.bodyId)));
  const holderNames = names(holders, i18n) || t('draft.proposal.noHolders');
  const preparers = uniqueById(model.serviceAreas.map((a) => byId.get(a.preparedBy)));
  const preparation = preparers.map((body) => {
    const areas = model.serviceAreas.filter((a) => a.preparedBy === body.id).map((a) => pick(a.name) || a.id);
    return t('draft.proposal.step.prepare.detail', { body: pick(body.name) || body.id, areas: areas.join(', ') });
  });
  const delegated = model.bodies.filter((b) => b.delegation?.budgetDeviations && b.kind !== 'council');
  return [
    {
      when: t('draft.proposal.step.frames.when'),
      who: boardName,
      what: t('draft.proposal.step.frames.what', { holders: holderNames }),
      details: [],
    },
    {
      when: t('draft.proposal.step.prepare.when'),
      who: names(preparers, i18n) || boardName,
      what: t('draft.proposal.step.prepare.what'),
      details: preparation,
    },
    {
      when: t('draft.proposal.step.adopt.when'),
      who: councilName,
      what: t('draft.proposal.step.adopt.what', { holders: holderNames }),
      details: [],
    },
    {
      when: t('draft.proposal.step.allocate.when'),
      who: holderNames,
      what: t('draft.proposal.step.allocate.what'),
      details: [],
    },
    {
      when: t('draft.proposal.step.deviations.when'),
      who: names(uniqueById([...holders, ...delegated]), i18n) || boardName,
      what: t('draft.proposal.step.deviations.what', { board: boardName, council: councilName }),
      details: delegated.map((b) => t('draft.proposal.step.deviations.delegated', { body: pick(b.name) || b.id })),
    },
    {
      when: t('draft.proposal.step.followUp.when'),
      who: boardName,
      what: t('draft.proposal.step.followUp.what', { council: councilName }),
      details: [],
    },
    {
      when: t('draft.proposal.step.annual.when'),
      who: boardName,
      what: t('draft.proposal.step.annual.what', { council: councilName }),
      details: [],
    },
  ];
}

/** Kinds that get a reglemente and a delegationsordning of their own. */
const OWN_CHARTER = new Set<Body['kind']>(['executiveBoard', 'committee', 'electionCommittee']);

/** The steering documents to update together, named for this organisation's bodies. */
export function steeringDocuments(model: Model, i18n: I18n): string[] {
  const { t, pick } = i18n;
  const byId = new Map(model.bodies.map((b) => [b.id, b]));
  const name = (b: Body) => pick(b.name) || b.id;
  const council = model.bodies.find((b) => b.kind === 'council');
  const items: string[] = [];
  for (const body of uniqueById(model.bodies)) {
    if (!OWN_CHARTER.has(body.kind)) continue;
    const parts = model.bodies.filter((b) => b.parent === body.id && b.kind === 'subcommittee');
    items.push(
      parts.length > 0
        ? t('draft.checklist.charterWithParts', { body: name(body), parts: names(parts, i18n) })
        : t('draft.checklist.charter', { body: name(body) }),
    );
    items.push(
      parts.length > 0
        ? t('draft.checklist.delegationWithParts', { body: name(body), parts: names(parts, i18n) })
        : t('draft.checklist.delegation', { body: name(body) }),
    );
  }
  for (const body of uniqueById(model.bodies)) {
    if (body.kind !== 'draftingCommittee') continue;
    const parent = body.parent ? byId.get(body.parent) : undefined;
    items.push(t('draft.checklist.drafting', { body: name(body), parent: parent ? name(parent) : t('kind.council') }));
  }
  items.push(t('draft.checklist.rulesOfProcedure', { council: council ? name(council) : t('kind.council') }));
  const holders = uniqueById(deriveFacts(model).budgetHolders.map((h) => byId.get(h.bodyId)));
  items.push(t('draft.checklist.attest', { holders: names(holders, i18n) || t('draft.proposal.noHolders') }));
  items.push(t('draft.checklist.budgetCalendar'));
  if (model.departments.length > 0) {
    items.push(t('draft.checklist.administration', { departments: model.departments.map((d) => pick(d.name) || d.id).join(', ') }));
  }
  return items;
}
