// `seats <model>`: seats per party in every body of a model; `seats --council … --size N`: one
// proportional election of N seats among the given council groups (Lag (2022:629)), lots reported.
import { electProportionally } from '@/domain/proportional-election';
import { distributeSeats } from '@/domain/seat-distribution';
import { MAX_LOT_OUTCOMES, seatLotRange } from '@/domain/seat-lot-outcomes';
import { CliInputError, type CliIo } from './cli-io';
import { integerOption, type ParsedArgs } from './cli-args';
import { loadModelArgument } from './model-argument';

/** Parses "A=17,B=5" into { A: 17, B: 5 }. */
export function parseCouncil(text: string): Record<string, number> {
  const votes: Record<string, number> = Object.create(null);
  for (const part of text.split(',')) {
    const match = /^\s*([A-Za-zÅÄÖåäö0-9]{1,12})\s*=\s*(\d{1,6})\s*$/.exec(part);
    if (!match || match[1] === undefined || match[2] === undefined || match[1] in votes) {
      throw new CliInputError(
        `--council ska se ut som "A=17,B=5" (varje grupp en gång), men delen ${JSON.stringify(part)} gör inte det.`,
        `--council must look like "A=17,B=5" (each group once), but the part ${JSON.stringify(part)} does not.`,
      );
    }
    votes[match[1]] = Number(match[2]);
  }
  return { ...votes };
}

/** Parses "G=D+E+F;H=X+Y" (or comma between cooperations) into { G: ['D','E','F'], … }. */
export function parseCooperations(text: string, parties: Record<string, number>): Record<string, string[]> {
  const cooperations: Record<string, string[]> = {};
  for (const part of text.split(/[;,]/)) {
    const match = /^\s*([A-Za-zÅÄÖåäö0-9]{1,12})\s*=\s*([A-Za-zÅÄÖåäö0-9+\s]+)$/.exec(part);
    const members = match?.[2]?.split('+').map((p) => p.trim()) ?? [];
    const unknown = members.filter((p) => !(p in parties));
    if (!match || match[1] === undefined || members.length < 2 || unknown.length > 0) {
      throw new CliInputError(
        `--cooperation ska se ut som "G=D+E+F" med minst två partier ur --council, men ${JSON.stringify(part)} gör inte det.`,
        `--cooperation must look like "G=D+E+F" with at least two parties from --council, but ${JSON.stringify(part)} does not.`,
      );
    }
    cooperations[match[1]] = members;
  }
  return cooperations;
}

export function runSeatsCommand({ positionals, values, lang }: ParsedArgs, io: CliIo): number {
  const seed = integerOption(values.seed, 'seed', 1);
  const sv = lang === 'sv';
  if (typeof values.council === 'string') {
    if (positionals.length > 0) {
      throw new CliInputError('Ange antingen en modell eller --council, inte båda.', 'Give either a model or --council, not both.');
    }
    const votes = parseCouncil(values.council);
    const cooperations = typeof values.cooperation === 'string' ? parseCooperations(values.cooperation, votes) : undefined;
    if (values.size === undefined) throw new CliInputError('--size krävs med --council.', '--size is required with --council.');
    const size = integerOption(values.size, 'size', 0, 10_000);
    const result = electProportionally({ votes, seats: size, seed, ...(cooperations ? { cooperations } : {}) });
    if (values.json) {
      io.out(JSON.stringify({ size: result.size, seats: result.seats, groupSeats: result.groupSeats, lots: result.lots, seed }, null, 2));
      return 0;
    }
    const lines = [sv ? `${result.size} platser:` : `${result.size} seats:`];
    for (const [party, seats] of Object.entries(result.seats)) lines.push(`  ${party.padEnd(6)} ${seats}`);
    for (const lot of result.lots) {
      lines.push(
        sv
          ? `  Lottning om plats ${lot.seatNumber} mellan ${lot.tiedGroups.join(', ')}: ${lot.winner} (${lot.decided === 'order' ? 'avgör bara ordningen' : 'avgör platsen'}, frö ${seed})`
          : `  Lot for seat ${lot.seatNumber} between ${lot.tiedGroups.join(', ')}: ${lot.winner} (${lot.decided === 'order' ? 'decides only the order' : 'decides the seat'}, seed ${seed})`,
      );
    }
    io.out(lines.join('\n'));
    return 0;
  }
  const [arg] = positionals;
  if (arg === undefined || positionals.length > 1) {
    throw new CliInputError('Ange en modell eller --council: seats <modell>', 'Give a model or --council: seats <model>');
  }
  const model = loadModelArgument(arg, io);
  const distribution = distributeSeats(model, seed);
  // The seed draws one outcome of the lots; the range over every outcome goes next to each figure it moves.
  const lotRange = seatLotRange(model, distribution);
  const lotWord = sv ? 'beror på lottning' : 'depends on a lot';
  if (values.json) {
    io.out(JSON.stringify({ model: model.id, ...distribution, lotRange }, null, 2));
    return 0;
  }
  if (!distribution.available) {
    io.out(distribution.reason?.[lang] ?? (sv ? 'Modellen anger inga partiers mandat.' : 'The model gives no party mandates.'));
    return 0;
  }
  const parties = distribution.parties.map((p) => p.party);
  const nameWidth = Math.max(12, ...distribution.bodies.map((b) => b.bodyId.length));
  const header = `${(sv ? 'organ' : 'body').padEnd(nameWidth)}  ${parties.map((p) => p.padStart(7)).join('')}`;
  const lines = [sv ? 'Ledamöter + ersättare per parti' : 'Members + substitutes per party', header];
  const council = `${'KF'.padEnd(nameWidth)}  ${parties.map((p) => String(distribution.council.parties[p] ?? 0).padStart(7)).join('')}`;
  lines.push(council);
  for (const body of distribution.bodies) {
    const cells = parties.map((p) => `${body.members[p] ?? 0}+${body.substitutes[p] ?? 0}`.padStart(7));
    const byLot = lotRange.bodies.find((b) => b.bodyId === body.bodyId)?.dependsOnLot || !lotRange.complete;
    lines.push(`${body.bodyId.padEnd(nameWidth)}  ${cells.join('')}${byLot ? `  * ${lotWord}` : ''}`);
  }
  const lotNote = (range: { min: number; max: number } | undefined, digits = 0): string => {
    if (!lotRange.dependsOnLot) return '';
    if (!lotRange.complete) return sv ? ` (${lotWord}; för många utfall för att visa intervallet)` : ` (${lotWord}; too many outcomes to show the range)`;
    if (!range || range.min === range.max) return '';
    return ` (${lotWord}: ${range.min.toFixed(digits)}–${range.max.toFixed(digits)})`;
  };
  const gallagher = distribution.gallagherIndex;
  if (gallagher !== undefined) {
    lines.push(`${sv ? 'Gallaghers index' : 'Gallagher index'}: ${gallagher.toFixed(2)}${lotNote(lotRange.gallagherIndex, 2)}`);
  }
  if (lotRange.dependsOnLot && lotRange.complete) {
    lines.push(
      sv
        ? `Lotten avgör platser: ${lotRange.outcomes} möjliga utfall (alla räknade). Platser per parti utom KF, lägst–högst:`
        : `Lots decide seats: ${lotRange.outcomes} possible outcomes (all enumerated). Positions per party except KF, lowest–highest:`,
    );
    for (const p of lotRange.parties) {
      const at = distribution.parties.find((q) => q.party === p.party)?.positions ?? 0;
      lines.push(`  ${p.party.padEnd(6)} ${String(at).padStart(4)}${lotNote(p.positions)}`);
    }
  } else if (lotRange.dependsOnLot) {
    lines.push(
      sv
        ? `Lotten avgör platser, men utfallen är fler än ${MAX_LOT_OUTCOMES} och räknas inte upp.`
        : `Lots decide seats, but the outcomes are more than ${MAX_LOT_OUTCOMES} and are not enumerated.`,
    );
  }
  lines.push(
    sv
      ? `Platser med överblick över hela budgeten (KF + KS med utskott): ${distribution.totals.wholeBudgetView}`
      : `Seats with a view of the whole budget (KF + KS with subcommittees): ${distribution.totals.wholeBudgetView}`,
  );
  for (const body of distribution.bodies) {
    for (const lot of body.lots) {
      lines.push(
        sv
          ? `Lottning ${body.bodyId} (${lot.election === 'members' ? 'ledamöter' : 'ersättare'}) plats ${lot.seatNumber}: ${lot.tiedGroups.join(', ')} → ${lot.winner}`
          : `Lot ${body.bodyId} (${lot.election}) seat ${lot.seatNumber}: ${lot.tiedGroups.join(', ')} → ${lot.winner}`,
      );
    }
  }
  io.out(lines.join('\n'));
  return 0;
}
