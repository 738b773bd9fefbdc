// The Kommunmodell command line: validate, describe, proposal, seats, simulate, robustness. Every failure is a message in
// Swedish (or English with --lang en) and a non-zero exit code, never a stack trace.
import { pathToFileURL } from 'node:url';
import { CliInputError, printable, processIo, type CliIo } from './cli-io';
import { runDescribeCommand } from './describe-command';
import { langOf, parseCliArgs } from './cli-args';
import { runSeatsCommand } from './seats-command';
import { runValidateCommand } from './validate-command';

const USAGE = {
  sv: `Användning: kommunmodell <kommando> [flaggor]

  validate <fil…> [--lang en]                 kontrollera modellfiler (0 giltig, 1 ogiltig, 2 oläsbar)
  describe <modell> [<modell B>] [--json]     uppgifter räknade ur modellfilen, två organisationer sida vid sida;
                                              <modell> är ett id i models/ eller en sökväg
  proposal <modell eller utkastfil> [--format docx|pdf|md] [--out FIL] [--today modell]
           [--title text] [--term-start ÅÅÅÅ-01-01] [--runs N]   förslaget till kommunstyrelsen
  seats <modell> [--seed N] [--json]          platser per parti i varje organ
  seats --council "A=17,B=5" [--cooperation "G=D+E"] --size N [--seed N] [--json]
  simulate <modell…> [--scenario id|sökväg] [--seed N] [--runs N] [--json]
  robustness <A> <B> [C] [--samples N] [--years M] [--seed S] [--scenario id|sökväg]
             [--fix id=värde,…] [--range id=lägst:högst,…] [--json]   var en slutsats håller`,
  en: `Usage: kommunmodell <command> [options]

  validate <file…> [--lang en]                check model files (0 valid, 1 invalid, 2 unreadable)
  describe <model> [<model B>] [--json]       derived facts, two organisations side by side;
                                              <model> is an id in models/ or a path
  proposal <model or draft file> [--format docx|pdf|md] [--out FILE] [--today model]
           [--title text] [--term-start YYYY-01-01] [--runs N]   the proposal to the executive board
  seats <model> [--seed N] [--json]           seats per party in every body
  seats --council "A=17,B=5" [--cooperation "G=D+E"] --size N [--seed N] [--json]
  simulate <model…> [--scenario id|path] [--seed N] [--runs N] [--json]
  robustness <A> <B> [C] [--samples N] [--years M] [--seed S] [--scenario id|path]
             [--fix id=value,…] [--range id=low:high,…] [--json]   where a conclusion holds`,
};

export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  const lang = langOf(argv);
  // Everything printed goes through `printable`: a name holding ESC[2J cannot clear the terminal.
  const io: CliIo = { ...given, out: (text) => given.out(printable(text)), err: (text) => given.err(printable(text)) };
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE[lang]);
      return command === undefined ? 2 : 0;
    }
    const args = parseCliArgs(rest, USAGE);
    switch (command) {
      case 'validate':
        return runValidateCommand(args, io);
      case 'describe':
        return runDescribeCommand(args, io);
      case 'proposal': {
        const { runProposalCommand } = await import('./proposal-command');
        return await runProposalCommand(args, io);
      }
      case 'seats':
        return runSeatsCommand(args, io);
      case 'simulate': {
        const { runSimulateCommand } = await import('./simulate-command');
        return await runSimulateCommand([...rest], {
          out: io.out,
          err: io.err,
          readFile: io.readText,
        });
      }
      case 'robustness': {
        const { runRobustnessCommand } = await import('./robustness-command');
        return await runRobustnessCommand(args, io);
      }
      default:
        throw new CliInputError(`Okänt kommando: ${command}\n\n${USAGE.sv}`, `Unknown command: ${command}\n\n${USAGE.en}`);
    }
  } catch (error) {
    if (error instanceof CliInputError) {
      io.err(lang === 'sv' ? error.sv : error.en);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(lang === 'sv' ? `Oväntat fel: ${detail}` : `Unexpected error: ${detail}`);
    return 3;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCli(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
