// `describe <model> [--json]`: the derived facts of one organisation (DESIGN §2).
import { deriveFacts } from '@/domain/derived-facts';
import type { ValueStatus } from '@/domain/model-schema';
import { figureStatuses, overallStatus } from '@/domain/value-status';
import { CliInputError, type CliIo } from './cli-io';
import type { ParsedArgs } from './cli-args';
import { loadModelArgument } from './model-argument';

export function runDescribeCommand({ positionals, values, lang }: ParsedArgs, io: CliIo): number {
  const [arg] = positionals;
  if (arg === undefined || positionals.length > 1) {
    throw new CliInputError('Ange en modell: describe <modell>', 'Give one model: describe <model>');
  }
  const model = loadModelArgument(arg, io);
  const facts = deriveFacts(model);
  const statuses = figureStatuses(model);
  const overall = overallStatus(model);
  if (values.json) {
    io.out(JSON.stringify({ model: model.id, name: model.name, status: model.status, overallStatus: overall, statuses, ...facts }, null, 2));
    return 0;
  }
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
  const rows: [string, string][] = [
    [sv ? 'Organisation' : 'Organisation', `${model.name[lang]} (${model.id}), ${kind}`],
    [sv ? 'Status' : 'Status', overallWords[overall]],
    [sv ? 'Platser i fullmäktige' : 'Council seats', `${facts.councilSeats.ordinary} + ${facts.councilSeats.substitute}${mark(statuses.councilSeats)}`],
    [sv ? 'Politiska organ' : 'Political bodies', `${facts.bodies.total}${mark(statuses.bodies)}`],
    [
      sv ? 'Platser utom KF (ledamöter/ersättare/totalt)' : 'Seats except KF (members/substitutes/total)',
      `${facts.seats.ordinary} / ${facts.seats.substitute} / ${facts.seats.total}${mark(statuses.seats)}`,
    ],
    [sv ? 'Minsta antal personer' : 'Minimum persons', `${facts.persons.total}${mark(statuses.persons)}`],
    [
      sv ? 'Budgetansvariga organ' : 'Budget holders',
      `${facts.budgetHolders.length}${mark(statuses.budgetHolders)}: ${facts.budgetHolders.map((h) => `${h.bodyId} ${number(h.share * 100, 1)} %`).join(', ')}${mark(statuses.totalNetCostMsek)}`,
    ],
    [sv ? 'Effektivt antal budgetansvariga' : 'Effective budget holders', `${number(facts.effectiveBudgetHolders, 2)}${mark(statuses.effectiveBudgetHolders)}`],
    [sv ? 'Kontaktytor politik–förvaltning' : 'Political–administrative interfaces', `${facts.interfaces.count}${mark(statuses.interfaces)}`],
    [sv ? 'Sammanträden per år' : 'Meetings per year', `${facts.meetings.perYear}${mark(statuses.meetings)}`],
    [sv ? 'Nettokostnad' : 'Net cost', `${number(facts.totalNetCostMsek, 1)} ${sv ? 'mnkr' : 'MSEK'}${mark(statuses.totalNetCostMsek)}`],
    [
      sv ? 'Arvoden för sammanträden per år' : 'Meeting fees per year',
      `${number(facts.meetingCost.sekPerYear)} ${sv ? 'kr' : 'SEK'}${mark(statuses.meetingCost)}`,
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  io.out(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
  return 0;
}
