// Reads a scenario (DESIGN §4: the assumptions of a run, as data) from a shipped id or a file path, or
// from text or parsed JSON, into a validated Scenario — or every problem found, each with a path and a
// Swedish and English message. Never throws. Reading files is the caller's (`readText`), so the same code
// serves the CLI and the browser.
import { inspectJsonText } from '@/domain/json-syntax';
import type { Model } from '@/domain/model-schema';
import { ScenarioSchema, type Scenario } from '@/domain/scenario-schema';
import { checkAgainstSchema } from '@/domain/schema-issues';
import { errorIssue, warningIssue, type Issue } from '@/domain/validation-issue';

export type ScenarioLoad = { ok: true; scenario: Scenario; warnings: Issue[] } | { ok: false; issues: Issue[] };

/** Scenario files shipped in models/scenarios/. */
export const SHIPPED_SCENARIO_IDS = ['baseline', 'ifo-shock', 'tax-drop'] as const;
/** A scenario file is a few kilobytes; anything this large is not one. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Rules between fields that the schema alone cannot state. */
function crossFieldIssues(scenario: Scenario): Issue[] {
  const issues: Issue[] = [];
  scenario.shocks.forEach((shock, i) => {
    const path = `shocks[${i}]`;
    if (shock.kind === 'cost') {
      if (shock.area === undefined) {
        issues.push(
          errorIssue(`${path}.area`, 'shock.cost-area', {
            sv: 'En kostnadschock måste ange verksamhet (area).',
            en: 'A cost shock must name its service area (area).',
          }),
        );
      }
      if (shock.amountMsek === undefined) {
        issues.push(
          errorIssue(`${path}.amountMsek`, 'shock.cost-amount', {
            sv: 'En kostnadschock måste ange belopp i mnkr (amountMsek).',
            en: 'A cost shock must give its amount in MSEK (amountMsek).',
          }),
        );
      }
    } else if (shock.revenueChange === undefined) {
      issues.push(
        errorIssue(`${path}.revenueChange`, 'shock.revenue-change', {
          sv: 'En intäktschock måste ange förändringen som andel (revenueChange, t.ex. −0,02).',
          en: 'A revenue shock must give the change as a share (revenueChange, e.g. −0.02).',
        }),
      );
    }
  });
  return issues;
}

/** Validates parsed JSON as a scenario. */
export function parseScenario(data: unknown): ScenarioLoad {
  try {
    const checked = checkAgainstSchema(ScenarioSchema, data);
    if (!checked.ok) return { ok: false, issues: checked.issues };
    const issues = crossFieldIssues(checked.output);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, scenario: checked.output, warnings: [] };
  } catch {
    return { ok: false, issues: [internalIssue()] };
  }
}

function internalIssue(): Issue {
  return errorIssue('', 'internal', {
    sv: 'Scenariot kunde inte kontrolleras (internt fel).',
    en: 'The scenario could not be checked (internal error).',
  });
}

/** Parses and validates the text of a scenario file. */
export function parseScenarioText(text: string): ScenarioLoad {
  try {
    if (text.length > MAX_SCENARIO_BYTES) {
      return {
        ok: false,
        issues: [
          errorIssue('', 'file.too-large', {
            sv: 'Filen är för stor för att vara ett scenario (högst 1 MB).',
            en: 'The file is too large to be a scenario (at most 1 MB).',
          }),
        ],
      };
    }
    const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const inspection = inspectJsonText(json);
    if (inspection.syntaxError) {
      const { line, column, problem } = inspection.syntaxError;
      return {
        ok: false,
        issues: [
          {
            ...errorIssue('', 'json.syntax', {
              sv: `Ogiltig JSON på rad ${line}, kolumn ${column}: ${problem.sv}.`,
              en: `Invalid JSON at line ${line}, column ${column}: ${problem.en}.`,
            }),
            position: { line, column },
          },
        ],
      };
    }
    const duplicates = inspection.duplicateKeys.map((duplicate) => ({
      ...errorIssue(duplicate.path, 'json.duplicate-key', {
        sv: `Nyckeln "${duplicate.key}" förekommer två gånger.`,
        en: `The key "${duplicate.key}" appears twice.`,
      }),
      position: { line: duplicate.line, column: duplicate.column },
    }));
    const result = parseScenario(JSON.parse(json) as unknown);
    if (duplicates.length === 0) return result;
    return { ok: false, issues: [...duplicates, ...(result.ok ? [] : result.issues)] };
  } catch {
    return { ok: false, issues: [internalIssue()] };
  }
}

/** The file a scenario argument names: a shipped id → `<scenariosDir>/<id>.json`, anything else a path. */
export function scenarioPath(ref: string, scenariosDir: string): string {
  return ID_PATTERN.test(ref) ? `${scenariosDir.replace(/[/\\]+$/, '')}/${ref}.json` : ref;
}

/**
 * Loads a scenario by shipped id or by path. `readText` reads a file and may throw; an unreadable file or
 * an unknown id becomes an issue naming the shipped scenarios.
 */
export function loadScenario(ref: string, readText: (path: string) => string, scenariosDir: string): ScenarioLoad {
  const path = scenarioPath(ref, scenariosDir);
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    // A path that was given but is not a readable file under the size limit: say what it is instead.
    const reason = error as { sv?: unknown; en?: unknown };
    if (/[/\\]|\.json$/i.test(ref) && typeof reason?.sv === 'string' && typeof reason.en === 'string') {
      return { ok: false, issues: [errorIssue('', 'scenario.unreadable', { sv: reason.sv, en: reason.en })] };
    }
    const known = SHIPPED_SCENARIO_IDS.join(', ');
    return {
      ok: false,
      issues: [
        errorIssue('', 'scenario.not-found', {
          sv: `Hittar inget scenario "${ref}" (${path}). Inbyggda scenarier: ${known}; annars ange en sökväg till en JSON-fil.`,
          en: `No scenario "${ref}" found (${path}). Shipped scenarios: ${known}; otherwise give a path to a JSON file.`,
        }),
      ],
    };
  }
  return parseScenarioText(text);
}

/** Warnings about a scenario in the light of one model: a cost shock on an area the model does not have. */
export function scenarioWarningsFor(scenario: Scenario, model: Model): Issue[] {
  const areas = new Set(model.serviceAreas.map((area) => area.id));
  return scenario.shocks.flatMap((shock, i) =>
    shock.kind === 'cost' && shock.area !== undefined && !areas.has(shock.area)
      ? [
          warningIssue(`shocks[${i}].area`, 'shock.unknown-area', {
            sv: `Modellen ${model.id} har ingen verksamhet "${shock.area}"; chocken påverkar den inte.`,
            en: `The model ${model.id} has no service area "${shock.area}"; the shock does not affect it.`,
          }),
        ]
      : [],
  );
}
