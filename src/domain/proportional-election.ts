// Proportional election of a body's seats between party groups, as fullmäktige fills a nämnd (or a nämnd
// its utskott) when enough members demand it: Kommunallagen (2017:725) 5 kap. 58 § points to Lag (2022:629)
// om proportionella val i kommuner och regioner (LPV), which replaced Lag (1992:339) om proportionellt
// valsätt on 1 July 2022.
//
// What the sources say (verified, see the report / About page):
// - LPV 2 §: an election is proportional if demanded by at least ceil(present / (seats + 1)) of those voting.
//   The tool assumes it is demanded.
// - LPV 3 §: substitutes may be elected proportionally only if the members were; they are a separate
//   election (SKR, "Fördelning av platser i nämnder", 2022: members and substitutes are elected "var för sig").
// - Prop. 2021/22:125: ballots with the same group designation and the same list of names form one
//   valsedelsgrupp, so a cooperation (valteknisk samverkan) is one joint ballot under one group name.
// - SKR, "Exempel på hur platser kan fördelas i en nämnd vid val enligt LPV" (2022): comparative figures
//   are the group's ballots divided by 1, 2, 3 … (seats already won + 1), i.e. d'Hondt; the largest figure
//   takes the next seat; equal figures are decided by lot; seats go down the group's list (19 § LPV).
//   Its worked example (31 → 7: A 17, B 5, C 5, G = D 2 + E 1 + F 1 → A 4, B 1, C 1, G 1) is a unit test.
//
// Inside a cooperation the partners' agreed list decides who takes the joint seats. The tool does not know
// that list, so by default it splits the cooperation's seats by the same method over the partners' sizes.
import { MAX_COUNT } from './model-schema';
import { createPrng, type Prng } from './prng';

export interface Lot {
  /** The seat (1-based, in the order the election hands seats out) whose holder the lot decided. */
  seatNumber: number;
  /** The groups with equal largest comparative figure, sorted by name. */
  tiedGroups: string[];
  winner: string;
  /** `order`: every tied group is seated anyway, the lot only decides which seat comes first;
   *  `seat`: there are fewer seats left than tied groups, so the lot decides who is seated. */
  decided: 'order' | 'seat';
  /** Set when the lot was drawn inside a cooperation, between its partners. */
  within?: string;
}

export interface ElectionInput {
  /** Votes per party: the number of voters for each party's ballot (KF members, or a nämnd's members). */
  votes: Record<string, number>;
  seats: number;
  seed: number;
  /** Cooperation name → partner parties, in the agreed list order. */
  cooperations?: Record<string, string[]>;
}

export interface ElectionResult {
  /** Seats to fill (the requested number, made a whole number in [0, MAX_COUNT]). */
  size: number;
  /** Seats per party, with every cooperation's seats split out to its partners. */
  seats: Record<string, number>;
  /** Seats per ballot group: a cooperation's name, or a party that stands alone. */
  groupSeats: Record<string, number>;
  lots: Lot[];
  /** The group that took each seat, in order, with the comparative figure it took it with. */
  order: { group: string; comparativeFigure: number }[];
}

/** Votes as the method uses them: negative, NaN and infinite counts are 0 (no ballots). */
export function cleanVotes(votes: number | undefined): number {
  return typeof votes === 'number' && Number.isFinite(votes) && votes > 0 ? votes : 0;
}

export function cleanSize(seats: number): number {
  return Number.isFinite(seats) && seats > 0 ? Math.min(Math.floor(seats), MAX_COUNT) : 0;
}

interface Apportionment {
  won: Map<string, number>;
  lots: Lot[];
  order: { group: string; comparativeFigure: number }[];
}

/** Contenders with votes, in name order: the ones that can take seats, in the order ties are listed. */
export function standingContenders(contenders: readonly (readonly [string, number])[]): (readonly [string, number])[] {
  return contenders.filter(([, votes]) => votes > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The contenders with the largest comparative figure votes / (seats won + 1), with that figure as a
 * fraction. Figures are compared by cross-multiplying (a/b vs c/d as a·d vs c·b), exact for whole votes.
 */
export function largestFigure(
  standing: readonly (readonly [string, number])[],
  won: ReadonlyMap<string, number>,
): { tied: string[]; bestVotes: number; bestDivisor: number } {
  let bestVotes = 0;
  let bestDivisor = 1;
  let tied: string[] = [];
  for (const [name, votes] of standing) {
    const divisor = (won.get(name) ?? 0) + 1;
    const comparison = tied.length === 0 ? 1 : votes * bestDivisor - bestVotes * divisor;
    if (comparison > 0) {
      bestVotes = votes;
      bestDivisor = divisor;
      tied = [name];
    } else if (comparison === 0) {
      tied.push(name);
    }
  }
  return { tied, bestVotes, bestDivisor };
}

/**
 * The largest-comparative-figure method (d'Hondt): each seat goes to the contender with the largest
 * votes / (seats won + 1); equal figures are decided by a lot from `prng`. Figures are compared by
 * cross-multiplying (a/b vs c/d as a·d vs c·b), which is exact for whole vote counts.
 */
function apportion(
  contenders: readonly (readonly [string, number])[],
  size: number,
  prng: () => Prng,
  seatNumberOf: (index: number) => number,
  within?: string,
): Apportionment {
  const standing = standingContenders(contenders);
  const won = new Map<string, number>(contenders.map(([name]) => [name, 0]));
  const lots: Lot[] = [];
  const order: { group: string; comparativeFigure: number }[] = [];
  if (standing.length === 0) return { won, lots, order };

  for (let index = 0; index < size; index++) {
    const { tied, bestVotes, bestDivisor } = largestFigure(standing, won);
    let winner = tied[0] ?? '';
    if (tied.length > 1) {
      winner = tied[prng().int(tied.length)] ?? winner;
      const seatsLeft = size - index;
      lots.push({
        seatNumber: seatNumberOf(index),
        tiedGroups: tied,
        winner,
        decided: tied.length <= seatsLeft ? 'order' : 'seat',
        ...(within === undefined ? {} : { within }),
      });
    }
    won.set(winner, (won.get(winner) ?? 0) + 1);
    order.push({ group: winner, comparativeFigure: bestVotes / bestDivisor });
  }
  return { won, lots, order };
}

/**
 * Ballot groups: each accepted cooperation is one group of its partners; every other party stands alone.
 * Cooperations are taken in name order; a party already in an earlier cooperation stays there; a
 * cooperation is ignored if it has no known partner left or if its name is a party outside it (the two
 * ballots could not be told apart). Partners that are not among the voting parties are left out.
 */
export function ballotGroups(
  parties: readonly string[],
  cooperations: Record<string, string[]> | undefined,
): Map<string, string[]> {
  const known = new Set(parties);
  const partnersOf = new Map<string, string[]>();
  const assigned = new Set<string>();
  const names = cooperations ? Object.keys(cooperations).sort() : [];
  for (const name of names) {
    const list = cooperations?.[name];
    if (!Array.isArray(list)) continue;
    const partners = [...new Set(list)].filter((p) => typeof p === 'string' && known.has(p) && !assigned.has(p));
    if (partners.length === 0 || partnersOf.has(name)) continue;
    if (known.has(name) && !partners.includes(name)) continue;
    partnersOf.set(name, partners);
    for (const p of partners) assigned.add(p);
  }
  // Groups keyed in the order their first party appears in the votes.
  const groups = new Map<string, string[]>();
  const groupOfParty = new Map<string, string>();
  for (const [name, partners] of partnersOf) for (const p of partners) groupOfParty.set(p, name);
  for (const party of parties) {
    const group = groupOfParty.get(party) ?? party;
    if (!groups.has(group)) groups.set(group, partnersOf.get(group) ?? [party]);
  }
  return groups;
}

function lazily(make: () => Prng): () => Prng {
  let made: Prng | undefined;
  return () => (made ??= make());
}

/** Fill `seats` seats between the voting groups by proportional election (see the module comment). */
export function electProportionally(input: ElectionInput): ElectionResult {
  const size = cleanSize(input.seats);
  const voteEntries = Object.entries(input.votes ?? {});
  const votes = new Map<string, number>(voteEntries.map(([party, n]) => [party, cleanVotes(n)]));
  const parties = [...votes.keys()];
  const groups = ballotGroups(parties, input.cooperations);
  // Generators are made only when a tie needs a lot: most elections have none, and this runs on every edit.
  let mainPrng: Prng | undefined;
  const prng = (): Prng => (mainPrng ??= createPrng(input.seed));

  const groupVotes: [string, number][] = [...groups].map(([group, partners]) => [
    group,
    partners.reduce((sum, p) => sum + (votes.get(p) ?? 0), 0),
  ]);
  const main = apportion(groupVotes, size, prng, (index) => index + 1);

  const partySeats = new Map<string, number>(parties.map((p) => [p, 0]));
  const lots = [...main.lots];
  for (const [group, partners] of groups) {
    const groupWon = main.won.get(group) ?? 0;
    const onlyPartner = partners.length === 1 ? partners[0] : undefined;
    if (onlyPartner !== undefined) {
      partySeats.set(onlyPartner, groupWon);
      continue;
    }
    // The cooperation's k-th seat is the k-th seat it took in the main election.
    const seatNumbers = main.order.flatMap((entry, index) => (entry.group === group ? [index + 1] : []));
    const inside = apportion(
      partners.map((p) => [p, votes.get(p) ?? 0] as const),
      groupWon,
      lazily(() => prng().fork(`cooperation:${group}`)),
      (index) => seatNumbers[index] ?? index + 1,
      group,
    );
    for (const p of partners) partySeats.set(p, inside.won.get(p) ?? 0);
    lots.push(...inside.lots);
  }
  lots.sort((a, b) => a.seatNumber - b.seatNumber);

  return {
    size,
    // Object.fromEntries defines own properties, so a party called "__proto__" cannot reach the prototype.
    seats: Object.fromEntries(partySeats),
    groupSeats: Object.fromEntries([...groups.keys()].map((g) => [g, main.won.get(g) ?? 0])),
    lots,
    order: main.order,
  };
}
