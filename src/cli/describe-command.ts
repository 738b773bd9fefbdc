// `describe <model> [--json]`: the derived facts of one organisation (DESIGN §2).
import { deriveFacts } from '@/domain/derived-facts';
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
  if (values.json) {
    io.out(JSON.stringify({ model: model.id, name: model.name, status: model.status, ...facts }, null, 2));
    return 0;
  }
  const sv = lang === 'sv';
  const number = (n: number, digits = 0) =>
    n.toLocaleString(sv ? 'sv-SE' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const kind = {
    committees: sv ? 'nämndorganisation' : 'committee organisation',
    boardWithSubcommittees: sv ? 'kommunstyrelse med utskott' : 'executive board with subcommittees',
  }[facts.organisationKind];
  const example = sv ? ' (exempelvärden)' : ' (example values)';
  const rows: [string, string][] = [
    [sv ? 'Organisation' : 'Organisation', `${model.name[lang]} (${model.id}), ${kind}`],
    [sv ? 'Status' : 'Status', model.status === 'documented' ? (sv ? 'belagd' : 'documented') : sv ? 'exempel' : 'example'],
    [sv ? 'Platser i fullmäktige' : 'Council seats', `${facts.councilSeats.ordinary} + ${facts.councilSeats.substitute}`],
    [sv ? 'Politiska organ' : 'Political bodies', String(facts.bodies.total)],
    [
      sv ? 'Platser utom KF (ledamöter/ersättare/totalt)' : 'Seats except KF (members/substitutes/total)',
      `${facts.seats.ordinary} / ${facts.seats.substitute} / ${facts.seats.total}`,
    ],
    [sv ? 'Minsta antal personer' : 'Minimum persons', String(facts.persons.total)],
    [sv ? 'Budgetansvariga organ' : 'Budget holders', facts.budgetHolders.map((h) => `${h.bodyId} ${number(h.share * 100, 1)} %`).join(', ')],
    [sv ? 'Effektivt antal budgetansvariga' : 'Effective budget holders', number(facts.effectiveBudgetHolders, 2)],
    [sv ? 'Kontaktytor politik–förvaltning' : 'Political–administrative interfaces', String(facts.interfaces.count)],
    [sv ? 'Sammanträden per år' : 'Meetings per year', String(facts.meetings.perYear)],
    [sv ? 'Nettokostnad' : 'Net cost', `${number(facts.totalNetCostMsek, 1)} ${sv ? 'mnkr' : 'MSEK'}`],
    [
      sv ? 'Arvoden för sammanträden per år' : 'Meeting fees per year',
      `${number(facts.meetingCost.sekPerYear)} ${sv ? 'kr' : 'SEK'}${facts.meetingCost.example ? example : ''}`,
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  io.out(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
  return 0;
}
