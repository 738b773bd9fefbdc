// The tables of the printable proposal, as plain TableSpecs (drawn by render/data-table.tsx): bodies with
// seats, parties' seats per body, budget holders, departments, and the derived facts of the proposal
// against today's organisation, rows that differ marked with ≠.
import { deriveFacts, type DerivedFacts } from '@/domain/derived-facts';
import type { Model } from '@/domain/model-schema';
import { distributeSeats } from '@/domain/seat-distribution';
import type { I18n } from '@/render/i18n/language';
import type { TableCell, TableSpec } from '@/render/table-spec';
import { combineStatuses, figureStatuses, valueStatus, type FigureStatuses } from '@/domain/value-status';

/** Lots in the seat tables are drawn from the same seed as on the model page and in Compare. */
const SEAT_SEED = 1;

export function bodiesTable(model: Model, i18n: I18n): TableSpec {
  const { t, pick } = i18n;
  const names = new Map(model.bodies.map((b) => [b.id, pick(b.name) || b.id]));
  return {
    caption: t('draft.proposal.bodies.caption'),
    rowHeader: t('model.body.name'),
    columns: [
      { header: t('model.body.parent') },
      { header: t('draft.proposal.seats'), numeric: true },
      { header: t('model.body.meetings'), numeric: true },
      { header: t('draft.body.delegation') },
    ],
    rows: model.bodies.map((b, i) => ({
      key: `${i}-${b.id}`,
      header: pick(b.name) || b.id,
      // The kind under the name, not in a column of its own, so the table fits an A4 page.
      help: t(`kind.${b.kind}`),
      cells: [
        b.parent === undefined ? '–' : (names.get(b.parent) ?? b.parent),
        {
          text: t('compare.seats.cell', { members: b.members, substitutes: b.substitutes }),
          status: combineStatuses([valueStatus(model, b, 'members'), valueStatus(model, b, 'substitutes')]),
        },
        { text: String(b.meetingsPerYear), csv: b.meetingsPerYear, status: valueStatus(model, b, 'meetingsPerYear') },
        [
          b.delegation?.matters ? t('draft.proposal.delegation.matters') : '',
          b.delegation?.budgetDeviations ? t('draft.proposal.delegation.budget') : '',
        ]
          .filter(Boolean)
          .join(', ') || '–',
      ],
    })),
  };
}

/** Seats per party in every body, from KF's current mandates; undefined when KF has no party data. */
export function partySeatsTable(model: Model, i18n: I18n): TableSpec | undefined {
  const { t, pick } = i18n;
  const seats = distributeSeats(model, SEAT_SEED);
  if (!seats.available) return undefined;
  const names = new Map(model.bodies.map((b) => [b.id, pick(b.name) || b.id]));
  const parties = seats.parties.map((p) => p.party);
  return {
    caption: t('draft.proposal.parties.caption'),
    rowHeader: t('model.body.name'),
    columns: parties.map((party) => ({ header: party, numeric: true })),
    rows: [
      { key: 'council', header: t('compare.seats.council'), cells: parties.map((party) => seats.council.parties[party] ?? 0) },
      ...seats.bodies.map((body) => ({
        key: body.bodyId,
        header: names.get(body.bodyId) ?? body.bodyId,
        cells: parties.map((party) =>
          t('compare.seats.cell', { members: body.members[party] ?? 0, substitutes: body.substitutes[party] ?? 0 }),
        ),
      })),
      {
        key: 'total',
        header: t('compare.seats.total'),
        cells: seats.parties.map((p) => t('compare.seats.cell', { members: p.members, substitutes: p.substitutes })),
      },
    ],
  };
}

export function holdersTable(model: Model, facts: DerivedFacts, i18n: I18n): TableSpec {
  const { t, pick, number } = i18n;
  return {
    caption: t('draft.proposal.holders.caption'),
    rowHeader: t('facts.budgetHolders'),
    columns: [
      { header: t('orgChart.column.areas') },
      { header: `${t('facts.netCost')} (${t('unit.msek')})`, numeric: true },
      { header: t('draft.proposal.share'), numeric: true },
    ],
    rows: facts.budgetHolders.map((holder) => {
      const body = model.bodies.find((b) => b.id === holder.bodyId);
      return {
        key: holder.bodyId,
        header: body ? pick(body.name) || body.id : holder.bodyId,
        cells: [
          model.serviceAreas
            .filter((a) => a.budgetHolder === holder.bodyId)
            .map((a) => pick(a.name) || a.id)
            .join(', '),
          {
            text: number(holder.netCostMsek, 1),
            csv: holder.netCostMsek,
            status: combineStatuses(
              model.serviceAreas.filter((a) => a.budgetHolder === holder.bodyId).map((a) => valueStatus(model, a, 'netCostMsek')),
            ),
          },
          `${number(holder.share * 100, 0)} %`,
        ],
      };
    }),
  };
}

export function departmentsTable(model: Model, i18n: I18n): TableSpec {
  const { t, pick } = i18n;
  const names = new Map(model.bodies.map((b) => [b.id, pick(b.name) || b.id]));
  return {
    caption: t('draft.proposal.departments.caption'),
    rowHeader: t('draft.proposal.department'),
    columns: [{ header: t('draft.department.reportsTo') }, { header: t('draft.proposal.department.areas') }],
    rows: model.departments.map((d, i) => ({
      key: `${i}-${d.id}`,
      header: pick(d.name) || d.id,
      cells: [
        names.get(d.reportsTo) ?? d.reportsTo,
        model.serviceAreas
          .filter((a) => a.department === d.id)
          .map((a) => pick(a.name) || a.id)
          .join(', ') || '–',
      ],
    })),
  };
}

export function factsComparisonTable(proposal: Model, today: Model, i18n: I18n): TableSpec {
  const { t, pick, number } = i18n;
  const both = [deriveFacts(proposal), deriveFacts(today)];
  // The proposal is a draft: its typed values are the user's own, and each figure says so.
  const statuses = [figureStatuses(proposal), figureStatuses(today)];
  const row = (key: string, header: string, cell: (f: DerivedFacts) => TableCell, help?: string, figure?: keyof FigureStatuses) => {
    const cells = both.map((facts, i) => {
      const status = figure === undefined ? undefined : statuses[i]?.[figure];
      return status === undefined ? cell(facts) : { ...cell(facts), status };
    });
    const values = cells.map((c) => String(c.csv ?? c.text));
    return { key, header, cells, differs: values[0] !== values[1], ...(help ? { help } : {}) };
  };
  const count = (value: number): TableCell => ({ text: number(value), csv: value });
  return {
    caption: t('draft.proposal.comparison.caption', { today: pick(today.name) }),
    rowHeader: t('compare.facts.fact'),
    columns: [{ header: t('draft.proposal.comparison.proposal'), numeric: true }, { header: pick(today.name), numeric: true }],
    rows: [
      row('kind', t('facts.kind'), (f) => ({ text: t(`facts.kind.${f.organisationKind}`) })),
      row('bodies', t('facts.bodies'), (f) => count(f.bodies.total), undefined, 'bodies'),
      row('seats', t('facts.seats'), (f) => ({ text: `${f.seats.ordinary} / ${f.seats.substitute} / ${f.seats.total}` }), undefined, 'seats'),
      row('persons', t('facts.persons'), (f) => count(f.persons.total), t('facts.persons.help'), 'persons'),
      row('holders', t('facts.budgetHolders'), (f) => count(f.budgetHolders.length), undefined, 'budgetHolders'),
      row(
        'neff',
        t('facts.nEff'),
        (f) => ({ text: number(f.effectiveBudgetHolders, 2), csv: Math.round(f.effectiveBudgetHolders * 100) }),
        undefined,
        'effectiveBudgetHolders',
      ),
      row('interfaces', t('facts.interfaces'), (f) => count(f.interfaces.count), undefined, 'interfaces'),
      row('meetings', t('facts.meetings'), (f) => count(f.meetings.perYear), undefined, 'meetings'),
      row(
        'netcost',
        `${t('facts.netCost')} (${t('unit.msek')})`,
        (f) => ({ text: number(f.totalNetCostMsek, 1), csv: Math.round(f.totalNetCostMsek * 10) }),
        undefined,
        'totalNetCostMsek',
      ),
    ],
  };
}
