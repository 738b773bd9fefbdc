// The dated timetable of a reorganisation, counted back from the start of the new term (1 January after
// a general election, when the new nämnder take office) — DESIGN §11. Norsjö's advice to the Ånge working
// group (seed 002) sets its length: it takes at least two years to set the reorganisation, all
// delegations and steering documents are updated at the same time, and the organisation is given four
// years before it is evaluated. Pure date arithmetic on ISO dates (YYYY-MM-DD, no time zone).

/** Norsjö: "Tar minst två år att sätta omorganisationen" (seed 002). */
export const PREPARATION_MONTHS = 24;
/** Norsjö: "Ge den politiska organisationen 4 år innan utvärdering och förändring" (seed 002). */
export const EVALUATION_MONTHS = 48;
/** Swedish general elections are held every four years; 2022 was one. */
const ELECTION_CYCLE_YEARS = 4;
const A_KNOWN_ELECTION_YEAR = 2022;

export type TimetableStepKey =
  | 'direction'
  | 'drafting'
  | 'baseline'
  | 'consultation'
  | 'hearing'
  | 'organisationDecision'
  | 'documents'
  | 'administration'
  | 'election'
  | 'newCouncil'
  | 'elections'
  | 'start'
  | 'midMeasure'
  | 'evaluation';

export interface TimetableStep {
  key: TimetableStepKey;
  /** ISO date the step is due by (or takes place on). */
  date: string;
  /** ISO date the step starts, when it is a period. */
  from?: string;
  /** The date is already past on the day the timetable was made. */
  past: boolean;
}

export interface Timetable {
  termStart: string;
  electionDay: string;
  steps: TimetableStep[];
  /** Months from `today` to the start of term, and whether that is shorter than Norsjö's two years. */
  monthsAvailable: number;
  shorterThanAdvised: boolean;
}

function parse(iso: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso.slice(0, 20)}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `iso` moved by whole months (the day clamped to the month's length). */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = parse(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return format(year, month, Math.min(d, last));
}

export function monthsBetween(fromIso: string, toIso: string): number {
  const a = parse(fromIso);
  const b = parse(toIso);
  return (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
}

export function isElectionYear(year: number): boolean {
  return (((year - A_KNOWN_ELECTION_YEAR) % ELECTION_CYCLE_YEARS) + ELECTION_CYCLE_YEARS) % ELECTION_CYCLE_YEARS === 0;
}

/** Election day: the second Sunday of September. */
export function electionDay(year: number): string {
  const first = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - first) % 7);
  return format(year, 9, firstSunday + 7);
}

/** The first start of term (1 January after an election) at least two years after `today`. */
export function nextTermStart(today: string): string {
  for (let year = parse(today).y; ; year++) {
    if (!isElectionYear(year)) continue;
    const start = format(year + 1, 1, 1);
    if (monthsBetween(today, start) >= PREPARATION_MONTHS) return start;
  }
}

/** The timetable back from `termStart` (normally 1 January after an election), seen from `today`. */
export function reorganisationTimetable(termStart: string, today: string): Timetable {
  const year = parse(termStart).y - 1;
  const election = electionDay(year);
  const at = (months: number) => addMonths(termStart, months);
  const raw: Omit<TimetableStep, 'past'>[] = [
    { key: 'direction', date: at(-PREPARATION_MONTHS) },
    { key: 'drafting', from: at(-PREPARATION_MONTHS), date: at(-19) },
    { key: 'consultation', from: at(-20), date: at(-18) },
    { key: 'hearing', date: at(-18) },
    { key: 'organisationDecision', date: at(-16) },
    { key: 'documents', from: at(-16), date: at(-12) },
    { key: 'baseline', date: at(-12) },
    { key: 'administration', from: at(-12), date: at(-1) },
    { key: 'election', date: election },
    { key: 'newCouncil', date: format(year, 10, 15) },
    { key: 'elections', from: format(year, 10, 15), date: format(year, 12, 31) },
    { key: 'start', date: termStart },
    { key: 'midMeasure', date: at(24) },
    { key: 'evaluation', date: at(EVALUATION_MONTHS) },
  ];
  const steps = raw
    .map((step) => ({ ...step, past: step.date < today }))
    .sort((a, b) => (a.from ?? a.date).localeCompare(b.from ?? b.date));
  const monthsAvailable = monthsBetween(today, termStart);
  return { termStart, electionDay: election, steps, monthsAvailable, shorterThanAdvised: monthsAvailable < PREPARATION_MONTHS };
}
