// `describe <model> [<model B>] [--json]`: the derived facts of one organisation (DESIGN §2), or of two
// side by side, in the same rows, each figure marked by its own status.
import { deriveFacts } from '@/domain/derived-facts';
import type { Model, ValueStatus } from '@/domain/model-schema';
import { figureStatuses, overallStatus } from '@/domain/value-status';
import { CliInputError, type CliIo } from './cli-io';
import type { Lang, ParsedArgs } from './cli-args';
import { loadModelArgument } from './model-argument';

/** One row: a label and the lines of its value. */
type Row = [string, string[]];

function factsJson(model: Model) {
  return { model: model.id, name: model.name, status: model.status, overallStatus: overallStatus(model), statuses: figureStatuses(model), ...deriveFacts(model) };
}

/** The rows of one organisation; `stacked` puts each budget holder on a line of its own (side by side). */
function describeRows(model: Model, lang: Lang, stacked: boolean): Row[] {
  const facts = deriveFacts(model);
  const statuses = figureStatuses(model);
  const overall = overallStatus(model);
  const sv = lang === 'sv';
  const number = (n: number, digits = 0) =>
    n.toLocaleString(sv ? 'sv-SE' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const kind = {
    committees: sv ? 'nämndorganisation' : 'committee organisation',
    boardWithSubcommittees: sv ? 'kommunstyrelse med utskott' : 'executive board with subcommittees',
  }[facts.organisationKind];
  // Each figure says its own status; a documented figure needs no mark.
  const mark = (status: ValueStatus): string =>
    status === 'example' ? (sv ? ' (exempel)' : ' (example)') : status === 'own' ? (sv ? ' (eget värde)' : ' (own value)') : '';
  const overallWords = {
    documented: sv ? 'belagd' : 'documented',
    partly: sv ? 'delvis belagd: varje siffra märkt för sig' : 'partly documented: each figure labelled on its own',
    example: sv ? 'exempel' : 'example',
    draft: sv ? 'utkast' : 'draft',
  };
  const holders = facts.budgetHolders.map((h) => `${h.bodyId} ${number(h.share * 100, 1)} %`);
  const bodyName = (id: string) => model.bodies.find((b) => b.id === id)?.name[lang] || id;
  const holderLines = stacked
    ? [
        `${facts.budgetHolders.length}${mark(statuses.budgetHolders)}`,
        ...facts.budgetHolders.map((h) => `· ${bodyName(h.bodyId)} ${number(h.share * 100, 1)} %${mark(statuses.totalNetCostMsek)}`),
      ]
    : [`${facts.budgetHolders.length}${mark(statuses.budgetHolders)}: ${holders.join(', ')}${mark(statuses.totalNetCostMsek)}`];
  const one = (label: string, value: string): Row => [label, [value]];
  return [
    one(sv ? 'Organisation' : 'Organisation', stacked ? `${model.name[lang]} (${model.id})` : `${model.name[lang]} (${model.id}), ${kind}`),
    ...(stacked ? [one(sv ? 'Slag' : 'Kind', kind)] : []),
    one(sv ? 'Status' : 'Status', overallWords[overall]),
    one(sv ? 'Platser i fullmäktige' : 'Council seats', `${facts.councilSeats.ordinary} + ${facts.councilSeats.substitute}${mark(statuses.councilSeats)}`),
    one(sv ? 'Politiska organ' : 'Political bodies', `${facts.bodies.total}${mark(statuses.bodies)}`),
    one(
      sv ? 'Platser utom KF (ledamöter/ersättare/totalt)' : 'Seats except KF (members/substitutes/total)',
      `${facts.seats.ordinary} / ${facts.seats.substitute} / ${facts.seats.total}${mark(statuses.seats)}`,
    ),
    one(sv ? 'Minsta antal personer' : 'Minimum persons', `${facts.persons.total}${mark(statuses.persons)}`),
    [sv ? 'Budgetansvariga organ' : 'Budget holders', holderLines],
    one(sv ? 'Effektivt antal budgetansvariga' : 'Effective budget holders', `${number(facts.effectiveBudgetHolders, 2)}${mark(statuses.effectiveBudgetHolders)}`),
    one(sv ? 'Kontaktytor politik–förvaltning' : 'Political–administrative interfaces', `${facts.interfaces.count}${mark(statuses.interfaces)}`),
    one(sv ? 'Sammanträden per år' : 'Meetings per year', `${facts.meetings.perYear}${mark(statuses.meetings)}`),
    one(sv ? 'Nettokostnad' : 'Net cost', `${number(facts.totalNetCostMsek, 1)} ${sv ? 'mnkr' : 'MSEK'}${mark(statuses.totalNetCostMsek)}`),
    one(sv ? 'Arvoden för sammanträden per år' : 'Meeting fees per year', `${number(facts.meetingCost.sekPerYear)} ${sv ? 'kr' : 'SEK'}${mark(statuses.meetingCost)}`),
  ];
}

/** Length as a terminal shows it (a character, not a UTF-16 unit). */
const widthOf = (text: string) => [...text].length;
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - widthOf(text)));

export function runDescribeCommand({ positionals, values, lang }: ParsedArgs, io: CliIo): number {
  if (positionals.length === 0 || positionals.length > 2) {
    throw new CliInputError(
      'Ange en modell, eller två att visa sida vid sida: describe <modell> [<modell B>]',
      'Give one model, or two to show side by side: describe <model> [<model B>]',
    );
  }
  const models = positionals.map((arg) => loadModelArgument(arg, io));
  const [first, second] = models;
  if (!first) return 2;
  if (!second) {
    if (values.json) {
      io.out(JSON.stringify(factsJson(first), null, 2));
      return 0;
    }
    const rows = describeRows(first, lang, false);
    const width = Math.max(...rows.map(([label]) => widthOf(label)));
    io.out(rows.map(([label, lines]) => `${pad(label, width)}  ${lines.join(' ')}`).join('\n'));
    return 0;
  }
  if (values.json) {
    io.out(JSON.stringify({ models: models.map(factsJson) }, null, 2));
    return 0;
  }
  // Side by side: the same rows for both, each value in its own column, multi-line values stacked.
  const a = describeRows(first, lang, true);
  const b = describeRows(second, lang, true);
  const labelWidth = Math.max(...a.map(([label]) => widthOf(label)));
  const columnWidth = Math.max(...a.flatMap(([, lines]) => lines.map(widthOf)));
  const out: string[] = [];
  a.forEach(([label, left], r) => {
    const right = b[r]?.[1] ?? [];
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      out.push(`${pad(i === 0 ? label : '', labelWidth)}  ${pad(left[i] ?? '', columnWidth)}  ${right[i] ?? ''}`.trimEnd());
    }
  });
  io.out(out.join('\n'));
  return 0;
}
