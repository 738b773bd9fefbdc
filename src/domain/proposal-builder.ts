// Builds the officials' proposal (DESIGN §11) from a draft: the proposed decision (att-clauses generated
// from the draft unless the officials have edited them), background and assignment (the working group's
// minutes, seed 002), the organisation chosen against today's and the alternatives, the political
// organisation with charters in outline and delegation including individual cases, the administrative
// organisation, consequences for democracy, economy and the simulated budget process, work environment
// and MBL, a dated timetable, the steering documents to update together, and the evaluation plan.
// Pure and deterministic: the same input gives the same document in the browser and on the command line.
import { unitsInTreeOrder } from './administration-tree';
import { evaluationPlan } from './evaluation-plan';
import { deriveFacts, isDepartmentLevel, type DerivedFacts } from './derived-facts';
import type { Body, BodyKind, Model, UnitKind } from './model-schema';
import { politicalCost, type PoliticalCost } from './political-cost';
import type { Block, BudgetConsequences, DocCell, Inline, ProposalDocument } from './proposal-document';
import { valueStatus, type FactOwner } from './value-status';
import { sayer, type ProposalWordKey, type Say } from './proposal-wording';
import { addMonths, reorganisationTimetable, type TimetableStepKey } from './reorganisation-timetable';
import { distributeSeats, type SeatDistribution } from './seat-distribution';
import { seatLotRange, type Range } from './seat-lot-outcomes';

/** Lots are drawn from the same seed as on the model page and in Compare. */
const SEAT_SEED = 1;

export interface ProposalInput {
  model: Model;
  lang: 'sv' | 'en';
  /** The draft's title (the document's heading). */
  title: string;
  /** ISO date the document is made (YYYY-MM-DD). */
  date: string;
  /** ISO date the new organisation takes effect (1 January after an election). */
  termStart: string;
  /** Today's organisation, to compare with. */
  today?: Model;
  /** Other organisations considered (other drafts, shipped proposals). */
  alternatives?: readonly Model[];
  budget?: BudgetConsequences;
  /** Att-clauses the officials have written over the generated ones. */
  clauses?: readonly string[];
  /** Error count of the draft's validation; a document with errors says so first. */
  errors?: number;
}

interface Ctx {
  say: Say;
  lang: 'sv' | 'en';
  model: Model;
  facts: DerivedFacts;
  seats: SeatDistribution;
  cost: PoliticalCost;
  name(body: Body | undefined): string;
  bodyById: Map<string, Body>;
  number(value: number, decimals?: number): string;
  date(iso: string): string;
  list(items: readonly string[]): string;
  examples: number;
  ex(text: string, example: boolean): DocCell;
}

const KIND_WORD: Record<BodyKind, ProposalWordKey> = {
  council: 'kindCouncil',
  executiveBoard: 'kindExecutiveBoard',
  committee: 'kindCommittee',
  subcommittee: 'kindSubcommittee',
  draftingCommittee: 'kindDraftingCommittee',
  electionCommittee: 'kindElectionCommittee',
};

const LEVEL_WORD: Record<UnitKind, ProposalWordKey> = {
  director: 'levelDirector',
  department: 'levelDepartment',
  area: 'levelArea',
  unit: 'levelUnit',
  staff: 'levelStaff',
};

/** Whether a value of the model is an example (value-status.ts: its own status, its object's, the model's). */
export function isExampleFact(model: Model, owner: FactOwner | undefined, field?: string): boolean {
  return valueStatus(model, owner, field) === 'example';
}

function context(model: Model, lang: 'sv' | 'en'): Ctx {
  const say = sayer(lang);
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const bodyById = new Map(model.bodies.map((b) => [b.id, b]));
  const ctx: Ctx = {
    say,
    lang,
    model,
    facts: deriveFacts(model),
    seats: distributeSeats(model, SEAT_SEED),
    cost: politicalCost(model),
    bodyById,
    name: (body) => (body ? (lang === 'sv' ? body.name.sv : body.name.en || body.name.sv) || body.id : '–'),
    number: (value, decimals = 0) =>
      new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value),
    date: (iso) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
    list: (items) => {
      if (items.length <= 1) return items[0] ?? '';
      return say('listAnd', { first: items.slice(0, -1).join(', '), last: items[items.length - 1] ?? '' });
    },
    examples: 0,
    ex: (text, example) => {
      if (example) ctx.examples++;
      return example ? { text, example: true } : { text };
    },
  };
  return ctx;
}

const pick = (lang: 'sv' | 'en', text: { sv: string; en: string }) => (lang === 'sv' ? text.sv : text.en || text.sv);

function heading(level: 1 | 2 | 3, text: string, id: string): Block {
  return { kind: 'heading', level, text, id };
}

function paragraph(...parts: Inline[]): Block {
  return { kind: 'paragraph', parts };
}

function areasOf(model: Model, field: 'budgetHolder' | 'preparedBy', bodyId: string, lang: 'sv' | 'en'): string[] {
  return model.serviceAreas.filter((a) => a[field] === bodyId).map((a) => pick(lang, a.name) || a.id);
}

// ---- the proposed decision --------------------------------------------------------------------------

/** The att-clauses generated from the draft (what the officials start from and may rewrite). */
export function generatedClauses(input: Pick<ProposalInput, 'model' | 'lang' | 'termStart' | 'today'>): string[] {
  const ctx = context(input.model, input.lang);
  const { say, model, name, list, date, lang } = ctx;
  const start = date(input.termStart);
  const clauses: string[] = [];
  const board = model.bodies.find((b) => b.kind === 'executiveBoard');
  const seatsOf = (b: Body) => say('attSeats', { name: name(b), members: b.members, substitutes: b.substitutes });
  const committees = model.bodies.filter((b) => b.kind === 'committee' || b.kind === 'electionCommittee');
  if (board) {
    const parts = model.bodies.filter((b) => b.parent === board.id && b.kind === 'subcommittee');
    clauses.push(
      say('attBoard', {
        start,
        members: board.members,
        substitutes: board.substitutes,
        parts: parts.length > 0 ? say('attBoardParts', { parts: list(parts.map(seatsOf)) }) : '',
      }),
    );
  }
  if (committees.length > 0) clauses.push(say('attCommittees', { start, committees: list(committees.map(seatsOf)) }));
  for (const holder of ctx.facts.budgetHolders) {
    const areas = areasOf(model, 'budgetHolder', holder.bodyId, lang);
    if (areas.length > 0) clauses.push(say('attFrames', { holder: name(ctx.bodyById.get(holder.bodyId)), areas: list(areas) }));
  }
  for (const body of model.bodies) {
    if (body.kind !== 'subcommittee') continue;
    const areas = areasOf(model, 'preparedBy', body.id, lang);
    if (areas.length > 0) clauses.push(say('attPrepare', { body: name(body), areas: list(areas) }));
  }
  for (const body of model.bodies) {
    const laws = body.delegation?.individualCases ?? [];
    if (laws.length > 0) clauses.push(say('attIndividual', { body: name(body), laws: list([...laws]) }));
  }
  for (const body of model.bodies) {
    if (body.kind === 'draftingCommittee') clauses.push(say('attDrafting', { body: name(body), parent: name(ctx.bodyById.get(body.parent ?? '')) }));
  }
  if (input.today) {
    const names = new Set(model.bodies.map((b) => b.name.sv.trim().toLowerCase()));
    const ending = input.today.bodies.filter((b) => b.kind !== 'council' && !names.has(b.name.sv.trim().toLowerCase()));
    const todayName = (b: Body) => (lang === 'sv' ? b.name.sv : b.name.en || b.name.sv) || b.id;
    if (ending.length > 0) clauses.push(say('attEnds', { bodies: list(ending.map(todayName)), end: dayBefore(input.termStart, ctx) }));
  }
  const departments = model.departments.filter(isDepartmentLevel).map((d) => pick(lang, d.name) || d.id);
  if (departments.length > 0) clauses.push(say('attAdministration', { departments: list(departments) }));
  clauses.push(say('attDocuments', { date: date(addMonths(input.termStart, -12)) }));
  clauses.push(say('attEvaluation', { date: date(addMonths(input.termStart, 48)) }));
  return clauses;
}

function dayBefore(iso: string, ctx: Ctx): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return ctx.date(d.toISOString().slice(0, 10));
}

// ---- sections ---------------------------------------------------------------------------------------

function alternativesSection(ctx: Ctx, input: ProposalInput): Block[] {
  const { say, number } = ctx;
  const others = [...(input.today ? [input.today] : []), ...(input.alternatives ?? []).filter((m) => m !== input.today)];
  const models = [input.model, ...others];
  const facts = models.map((m) => (m === input.model ? ctx.facts : deriveFacts(m)));
  const costs = models.map((m) => (m === input.model ? ctx.cost : politicalCost(m)));
  const row = (label: string, cell: (i: number) => DocCell): DocCell[] => [{ text: label }, ...models.map((_, i) => cell(i))];
  const plain = (text: string): DocCell => ({ text });
  return [
    heading(2, say('hAlternatives'), 'alternatives'),
    paragraph(say('alternativesIntro')),
    {
      kind: 'table',
      id: 'table-alternatives',
      caption: say('alternativesCaption'),
      header: [say('colFact'), say('colProposal'), ...others.map((m) => pick(ctx.lang, m.name))],
      numeric: models.map(() => true),
      rows: [
        row(say('factKind'), (i) => plain(say(facts[i]!.organisationKind === 'committees' ? 'kindCommittees' : 'kindBoard'))),
        row(say('factBodies'), (i) => plain(number(facts[i]!.bodies.total))),
        row(say('factSeats'), (i) => plain(`${facts[i]!.seats.ordinary} / ${facts[i]!.seats.substitute}`)),
        row(say('factPersons'), (i) => plain(number(facts[i]!.persons.total))),
        row(say('factHolders'), (i) => plain(number(facts[i]!.budgetHolders.length))),
        row(say('factNeff'), (i) => plain(number(facts[i]!.effectiveBudgetHolders, 2))),
        row(say('factMeetings'), (i) => plain(number(facts[i]!.meetings.perYear))),
        row(say('factCost'), (i) => ctx.ex(number(costs[i]!.totals.totalSek), costs[i]!.example.annualFees || costs[i]!.example.meetingFees)),
      ],
    },
  ];
}

function politicalSection(ctx: Ctx): Block[] {
  const { say, model, name, list, lang } = ctx;
  const summary = model.bodies.map((b) => `${name(b)} ${b.members}+${b.substitutes}`).join(', ');
  const blocks: Block[] = [
    heading(2, say('hPolitical'), 'political'),
    { kind: 'chart', chart: 'political', caption: say('politicalChartCaption'), alt: say('politicalChartAlt', { summary }), tableId: 'table-bodies' },
    {
      kind: 'table',
      id: 'table-bodies',
      caption: say('bodiesCaption'),
      header: [say('colBody'), say('colKind'), say('colUnder'), say('colMembers'), say('colSubstitutes'), say('colMeetings')],
      numeric: [false, false, true, true, true],
      rows: model.bodies.map((b) => {
        // One marker after the name when all three figures are examples, else one after each example.
        const fields = ['members', 'substitutes', 'meetingsPerYear'] as const;
        const examples = fields.map((field) => isExampleFact(model, b, field));
        const all = examples.every(Boolean);
        return [
          ctx.ex(name(b), all),
          { text: say(KIND_WORD[b.kind]) },
          { text: b.parent ? name(ctx.bodyById.get(b.parent)) : '–' },
          ...fields.map((field, i) => ctx.ex(String(b[field]), !all && examples[i] === true)),
        ];
      }),
    },
    heading(3, say('hCharters'), 'charters'),
    paragraph(say('chartersIntro')),
  ];
  for (const body of model.bodies) {
    const holds = areasOf(model, 'budgetHolder', body.id, lang);
    const prepares = areasOf(model, 'preparedBy', body.id, lang);
    const parent = name(ctx.bodyById.get(body.parent ?? ''));
    const decides =
      body.kind === 'council'
        ? say('decidesCouncil')
        : body.kind === 'executiveBoard'
          ? holds.length > 0
            ? say('decidesBoard', { areas: list(holds) })
            : say('decidesBoardNoAreas')
          : body.kind === 'committee'
            ? holds.length > 0
              ? say('decidesCommittee', { areas: list(holds) })
              : say('decidesCommitteeNone')
            : body.kind === 'subcommittee'
              ? say('decidesSubcommittee', { parent })
              : body.kind === 'draftingCommittee'
                ? say('decidesDrafting', { parent })
                : say('decidesElection');
    const d = body.delegation;
    const delegated = [
      d?.matters ? say('delegationMatters') : '',
      d?.budgetDeviations ? say('delegationBudget') : '',
      d?.urgentByChair ? say('delegationChair') : '',
      d?.toOfficials ? say('delegationOfficials') : '',
    ].filter(Boolean);
    const laws = d?.individualCases ?? [];
    blocks.push({
      kind: 'list',
      ordered: false,
      lead: [{ text: name(body), strong: true }, ` (${say(KIND_WORD[body.kind])})`],
      items: [
        [{ text: `${say('charterDecides')}: `, strong: true }, decides],
        [{ text: `${say('charterPrepares')}: `, strong: true }, prepares.length > 0 ? list(prepares) : say('preparesNone')],
        ...(body.kind === 'council' ? [] : [[{ text: `${say('charterDelegation')}: `, strong: true }, delegated.length > 0 ? delegated.join('; ') : say('delegationNone')] as Inline[]]),
        ...(body.kind === 'council' || body.kind === 'draftingCommittee'
          ? []
          : [[{ text: `${say('charterIndividual')}: `, strong: true }, laws.length > 0 ? list([...laws]) : say('individualNone')] as Inline[]]),
      ],
    });
  }
  if (!model.bodies.some((b) => (b.delegation?.individualCases?.length ?? 0) > 0)) {
    blocks.push({ kind: 'paragraph', parts: [say('individualNobody')], tone: 'warning' });
  }
  blocks.push(heading(3, say('hDrafting'), 'drafting'));
  const drafting = model.bodies.filter((b) => b.kind === 'draftingCommittee');
  blocks.push(
    drafting.length === 0
      ? paragraph(say('draftingNone'))
      : {
          kind: 'list',
          ordered: false,
          items: drafting.map((b) => [say('draftingItem', { body: name(b), parent: name(ctx.bodyById.get(b.parent ?? '')), members: b.members, substitutes: b.substitutes })]),
        },
  );
  return blocks;
}

function administrationSection(ctx: Ctx): Block[] {
  const { say, model, lang, name } = ctx;
  const blocks: Block[] = [heading(2, say('hAdministration'), 'administration')];
  if (model.departments.length === 0) return [...blocks, paragraph(say('administrationNone'))];
  const byId = new Map(model.departments.map((d) => [d.id, d]));
  blocks.push(paragraph(say('administrationIntro')));
  blocks.push({
    kind: 'chart',
    chart: 'administrative',
    caption: say('administrationChartCaption'),
    alt: say('administrationChartAlt', { count: model.departments.length }),
    tableId: 'table-units',
  });
  blocks.push({
    kind: 'table',
    id: 'table-units',
    caption: say('unitsCaption'),
    header: [say('colUnit'), say('colLevel'), say('colUnder'), say('colServes'), say('colAreas')],
    numeric: [false, false, false, false],
    rows: unitsInTreeOrder(model.departments).map(({ unit, depth }) => [
      { text: `${'  '.repeat(depth)}${pick(lang, unit.name) || unit.id}` },
      { text: say(LEVEL_WORD[unit.kind ?? 'department']) },
      { text: unit.parent ? pick(lang, byId.get(unit.parent)?.name ?? { sv: unit.parent, en: unit.parent }) : say('topLevel') },
      { text: name(ctx.bodyById.get(unit.reportsTo)) },
      { text: model.serviceAreas.filter((a) => a.department === unit.id).map((a) => pick(lang, a.name) || a.id).join(', ') || '–' },
    ]),
  });
  return blocks;
}

function democracySection(ctx: Ctx, input: ProposalInput): Block[] {
  const { say, model, number, name, lang } = ctx;
  const blocks: Block[] = [heading(3, say('hDemocracy'), 'democracy'), paragraph(say('democracyIntro'))];
  const models = input.today ? [model, input.today] : [model];
  const seatsOf = (m: Model) => (m === model ? ctx.seats : distributeSeats(m, SEAT_SEED));
  const factsOf = (m: Model) => (m === model ? ctx.facts : deriveFacts(m));
  const largest = (m: Model): { party: string; seats: number; total: number; mandates: number; council: number } | undefined => {
    const s = seatsOf(m);
    if (!s.available) return undefined;
    const sorted = [...s.parties].sort((a, b) => b.councilSeats - a.councilSeats || a.party.localeCompare(b.party));
    const top = sorted[0];
    if (!top) return undefined;
    const total = s.parties.reduce((sum, p) => sum + p.members, 0);
    return { party: top.party, seats: top.members, total, mandates: top.councilSeats, council: s.council.seats };
  };
  const ksShare = (m: Model) => {
    const f = factsOf(m);
    const board = m.bodies.find((b) => b.kind === 'executiveBoard');
    return f.budgetHolders.find((h) => h.bodyId === board?.id)?.share ?? 0;
  };
  // A figure the lot moves says so, with the range over every outcome of the lots (seat-lot-outcomes.ts).
  const lotsOf = (m: Model) => seatLotRange(m, seatsOf(m));
  const withLot = (m: Model, value: string, pickRange: (r: ReturnType<typeof lotsOf>) => Range | undefined, digits = 0) => {
    const lots = lotsOf(m);
    if (!lots.dependsOnLot) return value;
    if (!lots.complete) return say('lotOnly', { value });
    const range = pickRange(lots);
    if (!range || range.min === range.max) return value;
    return say('lotRange', { value, min: number(range.min, digits), max: number(range.max, digits) });
  };
  const lotsCount = (m: Model) => seatsOf(m).bodies.reduce((sum, b) => sum + b.lots.length, 0);
  const row = (label: string, cell: (m: Model) => string) => [{ text: label }, ...models.map((m) => ({ text: cell(m) }))];
  blocks.push({
    kind: 'table',
    id: 'table-democracy',
    caption: say('democracyCaption'),
    header: [say('colFact'), say('colProposal'), ...(input.today ? [pick(lang, input.today.name)] : [])],
    numeric: models.map(() => true),
    rows: [
      row(say('demPositions'), (m) => number(factsOf(m).seats.total)),
      row(say('demOrdinary'), (m) => number(factsOf(m).seats.ordinary)),
      row(say('demPersons'), (m) => number(factsOf(m).persons.total)),
      row(say('demGallagher'), (m) => {
        const g = seatsOf(m).gallagherIndex;
        return g === undefined ? '–' : withLot(m, number(g, 1), (r) => r.gallagherIndex, 1);
      }),
      row(say('demLargest'), (m) => {
        const l = largest(m);
        return l ? say('demLargestCell', { party: l.party, seats: l.seats, total: l.total, mandates: l.mandates, council: l.council }) : '–';
      }),
      row(say('demWhole'), (m) => (seatsOf(m).available ? number(seatsOf(m).totals.wholeBudgetView) : '–')),
      row(say('demKsShare'), (m) => `${number(ksShare(m) * 100)} %`),
      row(say('demLots'), (m) => number(lotsCount(m))),
    ],
  });
  const seats = ctx.seats;
  if (!seats.available) {
    blocks.push(paragraph(say('partiesNone')));
  } else {
    const parties = seats.parties.map((p) => p.party);
    const councilExample = isExampleFact(model, model.council, 'parties');
    blocks.push({
      kind: 'table',
      id: 'table-parties',
      caption: say('partiesCaption'),
      header: [say('colBody'), ...parties],
      numeric: parties.map(() => true),
      rows: [
        [ctx.ex(say('councilRow'), councilExample), ...parties.map((p) => ({ text: String(seats.council.parties[p] ?? 0) }))],
        ...seats.bodies.map((b) => [
          { text: name(ctx.bodyById.get(b.bodyId)) },
          ...parties.map((p) => ({ text: `${b.members[p] ?? 0} + ${b.substitutes[p] ?? 0}` })),
        ]),
        [{ text: say('totalRow') }, ...seats.parties.map((p) => ({ text: `${p.members} + ${p.substitutes}` }))],
      ],
      totalRows: [seats.bodies.length + 1],
    });
    const lots = seats.bodies.flatMap((b) => b.lots.map((lot) => ({ b, lot })));
    blocks.push(
      lots.length === 0
        ? paragraph(say('lotsNone'))
        : {
            kind: 'list',
            ordered: false,
            items: lots.map(({ b, lot }) => [
              say('lotItem', {
                body: name(ctx.bodyById.get(b.bodyId)),
                parties: ctx.list(lot.tiedGroups),
                what: say(lot.decided === 'seat' ? 'lotSeat' : 'lotOrder'),
                election: say(lot.election === 'members' ? 'lotMembers' : 'lotSubstitutes'),
              }),
            ]),
          },
    );
    const l = largest(model);
    if (l) {
      blocks.push(
        paragraph(
          say('concentration', {
            share: `${number(ksShare(model) * 100)} %`,
            party: l.party,
            seats: l.seats,
            total: l.total,
            mandates: l.mandates,
            council: l.council,
          }),
        ),
      );
    }
  }
  const board = model.bodies.find((b) => b.kind === 'executiveBoard');
  if (board && board.substitutes <= board.members) {
    blocks.push(paragraph(say('substitutesOption', { members: board.members, substitutes: board.substitutes })));
  }
  return blocks;
}

function economySection(ctx: Ctx, input: ProposalInput): Block[] {
  const { say, model, number, name, cost, lang } = ctx;
  const p = cost.parameters;
  const pct = (x: number) => `${number(x * 100)} %`;
  const blocks: Block[] = [heading(3, say('hEconomy'), 'economy'), paragraph(say('economyIntro'))];
  const anyExample = cost.example.annualFees || cost.example.meetingFees || cost.example.lostIncome;
  blocks.push(
    anyExample
      ? {
          kind: 'paragraph',
          tone: 'note',
          parts: [
            {
              text: say('economyExample', {
                ks: number(p.chairAnnualFeeSek.executiveBoard),
                committee: number(p.chairAnnualFeeSek.committee),
                subcommittee: number(p.chairAnnualFeeSek.subcommittee),
                vice: pct(p.viceChairShare),
                fee: number(p.feePerMeetingSek),
                attendance: pct(p.substituteAttendance),
                lost: number(p.lostIncomePerAttendanceSek),
                claim: pct(p.lostIncomeClaimShare),
              }),
              example: true,
            },
          ],
        }
      : paragraph(say('economyCited', { reference: p.reference ?? '' })),
  );
  if (anyExample) ctx.examples++;
  const today = input.today ? politicalCost(input.today) : undefined;
  // The marker sits in a column's header when the column's values are examples (in the proposal or today's).
  const plain = (text: string): DocCell => ({ text });
  const rows: DocCell[][] = cost.bodies.map((b) => [
    plain(name(ctx.bodyById.get(b.bodyId))),
    plain(number(b.annualFeesSek)),
    plain(number(b.meetingFeesSek)),
    plain(number(b.lostIncomeSek)),
    plain(number(b.totalSek)),
  ]);
  const totalRows = [rows.length];
  rows.push([plain(say('costTotal')), ...[cost.totals.annualFeesSek, cost.totals.meetingFeesSek, cost.totals.lostIncomeSek, cost.totals.totalSek].map((v) => plain(number(v)))]);
  const columnExample = [cost.example.annualFees, cost.example.meetingFees, cost.example.lostIncome, anyExample];
  if (today && input.today) {
    const todayName = pick(lang, input.today.name);
    const t = today.totals;
    rows.push([plain(say('costToday', { today: todayName })), ...[t.annualFeesSek, t.meetingFeesSek, t.lostIncomeSek, t.totalSek].map((v) => plain(number(v)))]);
    const diff = (a: number, b: number) => `${a - b > 0 ? '+' : ''}${number(a - b)}`;
    rows.push([
      plain(say('costDifference', { today: todayName })),
      plain(diff(cost.totals.annualFeesSek, t.annualFeesSek)),
      plain(diff(cost.totals.meetingFeesSek, t.meetingFeesSek)),
      plain(diff(cost.totals.lostIncomeSek, t.lostIncomeSek)),
      plain(diff(cost.totals.totalSek, t.totalSek)),
    ]);
    columnExample[0] ||= today.example.annualFees;
    columnExample[1] ||= today.example.meetingFees;
    columnExample[2] ||= today.example.lostIncome;
    columnExample[3] ||= today.example.annualFees || today.example.meetingFees || today.example.lostIncome;
  }
  ctx.examples += columnExample.filter(Boolean).length;
  blocks.push({
    kind: 'table',
    id: 'table-cost',
    caption: say('costCaption'),
    header: [say('colBody'), say('colAnnual'), say('colMeetingFees'), say('colLostIncome'), say('colTotal')],
    headerExample: [false, ...columnExample],
    numeric: [true, true, true, true],
    rows,
    totalRows,
  });
  blocks.push({
    kind: 'table',
    id: 'table-frames',
    caption: say('framesCaption'),
    header: [say('colHolder'), say('colAreas'), say('colNetCost'), say('colShare')],
    numeric: [false, true, true],
    rows: ctx.facts.budgetHolders.map((h) => {
      const areas = model.serviceAreas.filter((a) => a.budgetHolder === h.bodyId);
      const example = areas.some((a) => isExampleFact(model, a, 'netCostMsek'));
      return [
        { text: name(ctx.bodyById.get(h.bodyId)) },
        { text: areas.map((a) => pick(lang, a.name) || a.id).join(', ') },
        ctx.ex(number(h.netCostMsek, 1), example),
        { text: `${number(h.share * 100)} %` },
      ];
    }),
  });
  return blocks;
}

function processSteps(ctx: Ctx): Block[] {
  const { say, model, name, list, lang } = ctx;
  const board = model.bodies.find((b) => b.kind === 'executiveBoard');
  const council = model.bodies.find((b) => b.kind === 'council');
  const holders = ctx.facts.budgetHolders.map((h) => name(ctx.bodyById.get(h.bodyId)));
  const holderText = holders.length > 0 ? list(holders) : say('noHolders');
  const preparers = [...new Set(model.serviceAreas.map((a) => a.preparedBy))].flatMap((id) => {
    const body = ctx.bodyById.get(id);
    return body ? [body] : [];
  });
  const details = preparers.map((b) => `${name(b)} (${areasOf(model, 'preparedBy', b.id, lang).join(', ')})`).join('; ');
  const delegated = model.bodies.filter((b) => b.delegation?.budgetDeviations && b.kind !== 'council').map((b) => name(b));
  const rows: [ProposalWordKey, string, string][] = [
    ['procFramesWhen', name(board), say('procFrames', { holders: holderText })],
    ['procPrepareWhen', list(preparers.map((b) => name(b))) || name(board), say('procPrepare', { details })],
    ['procAdoptWhen', name(council), say('procAdopt', { holders: holderText })],
    ['procAllocateWhen', holderText, say('procAllocate')],
    ['procDeviationsWhen', list([...new Set([...holders, ...delegated])]) || name(board), say('procDeviations', { board: name(board), council: name(council) })],
    ['procFollowUpWhen', name(board), say('procFollowUp', { council: name(council) })],
    ['procAnnualWhen', name(board), say('procAnnual', { council: name(council) })],
  ];
  return [
    heading(3, say('hProcessSteps'), 'process-steps'),
    {
      kind: 'table',
      id: 'table-process',
      caption: say('processCaption'),
      header: [say('colWhen'), say('colWho'), say('colWhat')],
      numeric: [false, false],
      rows: rows.map(([when, who, what]) => [{ text: say(when) }, { text: who }, { text: what }]),
    },
  ];
}

function budgetSection(ctx: Ctx, input: ProposalInput): Block[] {
  const { say, number, lang } = ctx;
  const blocks: Block[] = [...processSteps(ctx), heading(3, say('hBudgetProcess'), 'budget-process')];
  const budget = input.budget;
  const todayName = input.today ? pick(lang, input.today.name) : '–';
  if (!budget || !input.today) return [...blocks, { kind: 'paragraph', parts: [say('budgetPending')], tone: 'note' }];
  blocks.push(paragraph(say('budgetIntro', { today: todayName, years: number(budget.years), scenario: pick(lang, budget.scenario), seed: budget.seed })));
  const cell = (s: { median: number; p10: number; p90: number }, decimals: number, unit: string) =>
    say('rangeCell', { median: number(s.median, decimals), p10: number(s.p10, decimals), p90: number(s.p90, decimals), unit });
  blocks.push({
    kind: 'table',
    id: 'table-budget',
    caption: say('budgetCaption', { today: todayName }),
    header: [say('colFigure'), say('colProposal'), say('colTodayName', { today: todayName }), say('colBetter')],
    numeric: [true, true, true],
    rows: budget.figures.map((f) => [
      { text: pick(lang, f.label) },
      { text: cell(f.proposal, f.decimals, pick(lang, f.unit)) },
      { text: cell(f.today, f.decimals, pick(lang, f.unit)) },
      { text: `${number(f.betterShare * 100)} %` },
    ]),
  });
  blocks.push(heading(3, say('hAssumptions'), 'assumptions'));
  blocks.push({ kind: 'list', ordered: false, items: budget.assumptions.map((a) => [pick(lang, a)]) });
  return blocks;
}

function workSection(ctx: Ctx): Block[] {
  const { say, model, name, list } = ctx;
  const served = [...new Set(model.bodies.filter((b) => b.kind !== 'council').map((b) => name(b)))];
  return [
    heading(3, say('hWorkEnvironment'), 'work-environment'),
    paragraph(say('workIntro')),
    {
      kind: 'list',
      ordered: false,
      checklist: true,
      items: [
        [say('workMbl')],
        [say('workRisk')],
        [say('workManagers', { count: model.departments.length })],
        [say('workStaff')],
        [say('workOfficials', { bodies: list(served) })],
      ],
    },
  ];
}

const STEP_WORD: Record<TimetableStepKey, ProposalWordKey> = {
  direction: 'stepDirection',
  drafting: 'stepDrafting',
  baseline: 'stepBaseline',
  consultation: 'stepConsultation',
  hearing: 'stepHearing',
  organisationDecision: 'stepOrganisationDecision',
  documents: 'stepDocuments',
  administration: 'stepAdministration',
  election: 'stepElection',
  newCouncil: 'stepNewCouncil',
  elections: 'stepElections',
  start: 'stepStart',
  midMeasure: 'stepMidMeasure',
  evaluation: 'stepEvaluation',
};

const STEP_WHO: Record<TimetableStepKey, ProposalWordKey> = {
  direction: 'whoCouncil',
  drafting: 'whoManagement',
  baseline: 'whoManagement',
  consultation: 'whoEmployer',
  hearing: 'whoBoard',
  organisationDecision: 'whoCouncil',
  documents: 'whoCouncil',
  administration: 'whoManagement',
  election: 'whoVoters',
  newCouncil: 'whoCouncil',
  elections: 'whoCouncil',
  start: 'whoAll',
  midMeasure: 'whoBoard',
  evaluation: 'whoCouncil',
};

function timetableSection(ctx: Ctx, input: ProposalInput): Block[] {
  const { say, date } = ctx;
  const table = reorganisationTimetable(input.termStart, input.date);
  const blocks: Block[] = [heading(2, say('hTimetable'), 'timetable'), paragraph(say('timetableIntro', { start: date(input.termStart) }))];
  if (table.shorterThanAdvised) {
    blocks.push({ kind: 'paragraph', tone: 'warning', parts: [say('timetableShort', { months: Math.max(0, table.monthsAvailable), start: date(input.termStart) })] });
  }
  blocks.push({
    kind: 'table',
    id: 'table-timetable',
    caption: say('timetableCaption'),
    header: [say('colWhen'), say('colWhat'), say('colWho')],
    numeric: [false, false],
    rows: table.steps.map((step) => [
      { text: `${step.from ? `${date(step.from)} – ` : ''}${date(step.date)}${step.past ? ` ${say('pastMark')}` : ''}` },
      { text: say(STEP_WORD[step.key]) },
      { text: say(STEP_WHO[step.key]) },
    ]),
  });
  return blocks;
}

function documentsSection(ctx: Ctx): Block[] {
  const { say, model, name, list, lang } = ctx;
  const items: string[] = [];
  for (const body of model.bodies) {
    if (body.kind !== 'executiveBoard' && body.kind !== 'committee' && body.kind !== 'electionCommittee') continue;
    const parts = model.bodies.filter((b) => b.parent === body.id && b.kind === 'subcommittee').map((b) => name(b));
    items.push(parts.length > 0 ? say('docCharterParts', { body: name(body), parts: list(parts) }) : say('docCharter', { body: name(body) }));
    items.push(parts.length > 0 ? say('docDelegationParts', { body: name(body), parts: list(parts) }) : say('docDelegation', { body: name(body) }));
  }
  for (const body of model.bodies) {
    const laws = body.delegation?.individualCases ?? [];
    if (laws.length > 0) items.push(say('docDelegationIndividual', { body: name(body), laws: list([...laws]) }));
  }
  for (const body of model.bodies) {
    if (body.kind === 'draftingCommittee') items.push(say('docDrafting', { body: name(body), parent: name(ctx.bodyById.get(body.parent ?? '')) }));
  }
  const council = model.bodies.find((b) => b.kind === 'council');
  items.push(say('docProcedure', { council: name(council) }));
  items.push(say('docFees'));
  for (const body of model.bodies) {
    if ((body.sharedWith?.length ?? 0) > 0) items.push(say('docJoint', { body: name(body), with: list(body.sharedWith ?? []) }));
  }
  const holders = ctx.facts.budgetHolders.map((h) => name(ctx.bodyById.get(h.bodyId)));
  items.push(say('docBudget', { holders: holders.length > 0 ? list(holders) : say('noHolders') }));
  items.push(say('docControl'));
  if (model.departments.some((d) => d.kind === 'director')) items.push(say('docDirector'));
  const departments = model.departments.filter(isDepartmentLevel).map((d) => pick(lang, d.name) || d.id);
  if (departments.length > 0) items.push(say('docAdministration', { departments: departments.join(', ') }));
  return [heading(2, say('hDocuments'), 'documents'), paragraph(say('documentsIntro')), { kind: 'list', ordered: false, checklist: true, items: items.map((i) => [i]) }];
}

function evaluationSection(ctx: Ctx, input: ProposalInput): Block[] {
  const { say, date, lang, model } = ctx;
  const plan = evaluationPlan(model, { startOfTerm: input.termStart });
  const blocks: Block[] = [
    heading(2, say('hEvaluation'), 'evaluation'),
    paragraph(say('evaluationIntro')),
    {
      kind: 'table',
      id: 'table-evaluation',
      caption: say('evaluationCaption'),
      header: [say('colWhen'), say('colWhat'), say('colWhy')],
      numeric: [false, false],
      rows: plan.measurements.map((m) => [
        { text: `${say(m.timing === 'before' ? 'evalBefore' : 'evalFrom', { date: date(m.date) })}${m.optional ? ` ${say('evalOptional')}` : ''}` },
        { text: pick(lang, m.title) },
        { text: pick(lang, m.why) },
      ]),
    },
    heading(3, say('hIndicators'), 'indicators'),
    {
      kind: 'list',
      ordered: false,
      items: plan.indicators.map((indicator) => [{ text: `${pick(lang, indicator.name)}: `, strong: true }, pick(lang, indicator.why)]),
    },
    heading(3, say('goalsHeading'), 'goals'),
  ];
  if (!plan.goals.described || plan.goals.owners.length === 0) {
    blocks.push(paragraph(say('goalsNone', { limit: plan.goals.limit })));
  } else {
    blocks.push({
      kind: 'list',
      ordered: false,
      items: plan.goals.owners.map((owner) => [
        { text: `${pick(lang, owner.name)}: `, strong: true },
        owner.goals.map((g) => pick(lang, g.text)).join('; '),
        ...(owner.overPractice ? [` (${say('goalsOver', { limit: plan.goals.limit })})`] : []),
      ]),
    });
  }
  return blocks;
}

export function buildProposal(input: ProposalInput): ProposalDocument {
  const ctx = context(input.model, input.lang);
  const { say, model, lang } = ctx;
  const marker = say('exampleMarker');
  const generated = generatedClauses(input);
  const edited = input.clauses !== undefined && input.clauses.length > 0 && input.clauses.join('\n') !== generated.join('\n');
  const blocks: Block[] = [];
  if ((input.errors ?? 0) > 0) blocks.push({ kind: 'paragraph', tone: 'warning', parts: [say('invalid', { errors: input.errors ?? 0 })] });
  blocks.push({ kind: 'paragraph', tone: 'note', parts: [say('exampleLegend', { marker })] });
  blocks.push(heading(2, say('hDecision'), 'decision'));
  blocks.push({ kind: 'clauses', intro: say('decisionIntro'), items: edited ? [...(input.clauses ?? [])] : generated, edited });
  if (edited) blocks.push({ kind: 'paragraph', tone: 'note', parts: [say('decisionEdited')] });
  blocks.push(heading(2, say('hBackground'), 'background'));
  blocks.push(paragraph(say('background1')), paragraph(say('background2')), paragraph(say('background3')));
  if (pick(lang, model.description)) blocks.push(paragraph(pick(lang, model.description)));
  blocks.push({ kind: 'paragraph', tone: 'note', parts: [say('backgroundSource')] });
  blocks.push(...alternativesSection(ctx, input));
  blocks.push(...politicalSection(ctx));
  blocks.push(...administrationSection(ctx));
  blocks.push(heading(2, say('hConsequences'), 'consequences'));
  blocks.push(...democracySection(ctx, input));
  blocks.push(...economySection(ctx, input));
  blocks.push(...budgetSection(ctx, input));
  blocks.push(...workSection(ctx));
  blocks.push(...timetableSection(ctx, input));
  blocks.push(...documentsSection(ctx));
  blocks.push(...evaluationSection(ctx, input));
  if (model.sources.length > 0) {
    blocks.push(heading(2, say('hSources'), 'sources'));
    blocks.push({
      kind: 'list',
      ordered: false,
      items: model.sources.map((s) => [{ text: s.reference || s.id, strong: true }, pick(lang, s.says) ? `: ${pick(lang, s.says)}` : '']),
    });
  }
  const name = pick(lang, model.name) || model.id;
  return {
    lang,
    title: input.title.trim() || name,
    kicker: say('kicker', { municipality: model.municipality }),
    meta: [say('metaDate', { date: ctx.date(input.date) }), say('metaCase'), say('metaStatus', { name })],
    blocks,
    exampleMarker: marker,
    exampleCount: ctx.examples,
  };
}
