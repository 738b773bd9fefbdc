// Every namespace of the catalogue at once, for the unit tests and the command line, which read messages
// of any view without the browser's per-view loading (catalogue.ts). The browser never imports this file.
import { registerNamespace, type Namespace, type NamespaceMessages } from './catalogue';
import { coreEn, coreSv } from './messages-core';
import { statusEn, statusSv } from './messages-status';
import { aboutEn, aboutSv } from './messages-about';
import { compareEn, compareSv } from './messages-compare';
import { draftEn, draftSv } from './messages-draft';
import { presentEn, presentSv } from './messages-present';
import { processSv } from './messages-process';
import { processEn } from './messages-process-en';
import { simulateSv } from './messages-simulate';
import { simulateEn } from './messages-simulate-en';
import { storageEn, storageSv } from './messages-storage';
import { evaluateEn, evaluateSv } from './messages-evaluate';
import { robustnessSv } from './messages-robustness';
import { robustnessEn } from './messages-robustness-en';

export const allNamespaces: Record<Exclude<Namespace, 'core'>, NamespaceMessages> = {
  compare: { sv: compareSv, en: compareEn },
  simulate: { sv: simulateSv, en: simulateEn },
  process: { sv: processSv, en: processEn },
  draft: { sv: draftSv, en: draftEn },
  about: { sv: aboutSv, en: aboutEn },
  present: { sv: presentSv, en: presentEn },
  storage: { sv: storageSv, en: storageEn },
  evaluate: { sv: evaluateSv, en: evaluateEn },
  robustness: { sv: robustnessSv, en: robustnessEn },
};

export function registerAllNamespaces(): void {
  for (const [name, messages] of Object.entries(allNamespaces)) registerNamespace(name as Namespace, messages);
}

/** Every message of every namespace, core included, by language (for tests that check keys exist). */
export const allSv: Readonly<Record<string, string>> = Object.assign({}, coreSv, statusSv, ...Object.values(allNamespaces).map((n) => n.sv));
export const allEn: Readonly<Record<string, string>> = Object.assign({}, coreEn, statusEn, ...Object.values(allNamespaces).map((n) => n.en));
