// The message catalogue: every text a user reads, Swedish first, English second, in one namespace per view.
// Components never hold strings; they ask for a key (`t('simulate.heading')`). Only the core namespace is
// in the first load; every other namespace is fetched alongside its view's chunk (src/app/app.tsx names
// the namespaces each route needs), so the start page does not pay for every view's text.
//
// Message syntax: `{name}` is a parameter; `{count, plural, one {# verksamhet} other {# verksamheter}}`
// chooses a form by the language's plural rules (Intl.PluralRules; `=0 {…}` matches an exact number and
// `#` is the number, written the language's way). A key that no loaded namespace holds, or a parameter
// the caller did not give, is a mistake: it is reported (thrown in tests, console.error in the browser,
// which the end-to-end journeys fail on) and never shown as `{name}`.
//
// Adding a namespace (a new view, e.g. `evaluate`):
// 1. Create src/i18n/messages-evaluate.ts exporting `evaluateSv = {…} as const`,
//    `type EvaluateMessageKey = keyof typeof evaluateSv` and `evaluateEn: Record<EvaluateMessageKey, string>`
//    (English may live in its own messages-evaluate-en.ts). Prefix every key with the namespace's name.
// 2. Add `EvaluateMessageKey` to `MessageKey` below, `'evaluate'` to `Namespace` and a loader to `loaders`,
//    and register it in all-namespaces.ts (tests and the command line load every namespace at once).
// 3. Name it in the view's route in src/app/app.tsx: `lazyView(() => import(…), ['evaluate'])`, together
//    with any other namespace whose keys the view's components use (a chart from another view, say).
// tests/unit/i18n-catalogue.test.ts then checks that both languages have the same keys and parameters,
// that no key is dead, and that every call with a literal key passes the parameters its message needs.
import { coreEn, coreSv, type CoreMessageKey } from './messages-core';
import { statusEn, statusSv } from './messages-status';
import type { AboutMessageKey } from './messages-about';
import type { CompareMessageKey } from './messages-compare';
import type { DraftMessageKey } from './messages-draft';
import type { PresentMessageKey } from './messages-present';
import type { ProcessMessageKey } from './messages-process';
import type { SimulateMessageKey } from './messages-simulate';
import type { StorageMessageKey } from './messages-storage';
import type { EvaluateMessageKey } from './messages-evaluate';
import type { RobustnessMessageKey } from './messages-robustness';

export type Language = 'sv' | 'en';

export type MessageKey =
  | CoreMessageKey
  | keyof typeof statusSv
  | CompareMessageKey
  | SimulateMessageKey
  | ProcessMessageKey
  | DraftMessageKey
  | AboutMessageKey
  | PresentMessageKey
  | StorageMessageKey
  | EvaluateMessageKey
  | RobustnessMessageKey;

export type Namespace = 'core' | 'compare' | 'simulate' | 'process' | 'draft' | 'about' | 'present' | 'storage' | 'evaluate' | 'robustness';

export type MessageParams = Record<string, string | number>;

export interface NamespaceMessages {
  sv: Readonly<Record<string, string>>;
  en: Readonly<Record<string, string>>;
}

/** How each namespace besides core is fetched: a dynamic import, so it becomes its own small chunk. */
export const loaders: Record<Exclude<Namespace, 'core'>, () => Promise<NamespaceMessages>> = {
  compare: () => import('./messages-compare').then((m) => ({ sv: m.compareSv, en: m.compareEn })),
  simulate: () =>
    Promise.all([import('./messages-simulate'), import('./messages-simulate-en')]).then(([sv, en]) => ({
      sv: sv.simulateSv,
      en: en.simulateEn,
    })),
  process: () =>
    Promise.all([import('./messages-process'), import('./messages-process-en')]).then(([sv, en]) => ({
      sv: sv.processSv,
      en: en.processEn,
    })),
  draft: () => import('./messages-draft').then((m) => ({ sv: m.draftSv, en: m.draftEn })),
  about: () => import('./messages-about').then((m) => ({ sv: m.aboutSv, en: m.aboutEn })),
  present: () => import('./messages-present').then((m) => ({ sv: m.presentSv, en: m.presentEn })),
  storage: () => import('./messages-storage').then((m) => ({ sv: m.storageSv, en: m.storageEn })),
  evaluate: () => import('./messages-evaluate').then((m) => ({ sv: m.evaluateSv, en: m.evaluateEn })),
  robustness: () =>
    Promise.all([import('./messages-robustness'), import('./messages-robustness-en')]).then(([sv, en]) => ({
      sv: sv.robustnessSv,
      en: en.robustnessEn,
    })),
};

// The status labels (documented / example / own value) are part of the core: every view shows them.
const dictionaries: Record<Language, Record<string, string>> = { sv: { ...coreSv, ...statusSv }, en: { ...coreEn, ...statusEn } };
const loaded = new Set<Namespace>(['core']);
const loading = new Map<Namespace, Promise<void>>();

/** Adds a namespace's messages to the catalogue (the loaders call it; tests and the CLI call it directly). */
export function registerNamespace(name: Namespace, messages: NamespaceMessages): void {
  Object.assign(dictionaries.sv, messages.sv);
  Object.assign(dictionaries.en, messages.en);
  loaded.add(name);
}

export function isLoaded(name: Namespace): boolean {
  return loaded.has(name);
}

/** Fetches the namespaces not yet loaded; resolves when all of them can be read. */
export function loadNamespaces(names: readonly Namespace[]): Promise<void> {
  return Promise.all(
    names.map((name) => {
      if (name === 'core' || loaded.has(name)) return undefined;
      let promise = loading.get(name);
      if (promise === undefined) {
        promise = loaders[name]().then((messages) => registerNamespace(name, messages));
        promise.catch(() => loading.delete(name));
        loading.set(name, promise);
      }
      return promise;
    }),
  ).then(() => undefined);
}

/** A mistake in using the catalogue: thrown under test, reported on the console in the browser. */
export class MessageError extends Error {
  override name = 'MessageError';
}

function report(message: string): void {
  const mode = (import.meta as { env?: { MODE?: string } }).env?.MODE;
  if (mode === 'test') throw new MessageError(message);
  console.error(message);
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();
const locale = (lang: Language): string => (lang === 'sv' ? 'sv-SE' : 'en-GB');

function pluralCategory(lang: Language, value: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale(lang));
    pluralRules.set(lang, rules);
  }
  return rules.select(value);
}

function numberText(lang: Language, value: number): string {
  let format = numberFormats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** The index just after the brace that closes the one opened at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The branches of a plural argument: `one {…} other {…}` → { one: '…', other: '…' }. */
function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const match = /^\s*(=?[\w]+)\s*\{/.exec(body.slice(at));
    if (!match) break;
    const open = at + match[0].length - 1;
    const end = closing(body, open);
    branches.set(match[1]!, body.slice(open + 1, end - 1));
    at = end;
  }
  return branches;
}

/** Fills a message's parameters; `key` names the message in a report. */
export function formatMessage(lang: Language, key: string, template: string, params: MessageParams | undefined): string {
  let out = '';
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{', at);
    if (open === -1) {
      out += template.slice(at);
      break;
    }
    out += template.slice(at, open);
    const end = closing(template, open);
    const inner = template.slice(open + 1, end - 1);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const value = params?.[name];
    if (!/^\w+$/.test(name)) out += template.slice(open, end);
    else if (value === undefined) {
      report(`Message "${key}" needs the parameter {${name}}, which was not given.`);
      out += '–';
    } else if (comma === -1) out += String(value);
    else {
      const rest = inner.slice(comma + 1);
      const kind = /^\s*plural\s*,/.exec(rest);
      // A number already written out ("1 500") is read back for the choice and shown as given.
      const count = typeof value === 'number' ? value : Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
      if (!kind || !Number.isFinite(count)) {
        report(`Message "${key}": {${name}} must be a number with a plural form.`);
        out += String(value);
      } else {
        const branches = pluralBranches(rest.slice(kind[0].length));
        const branch = branches.get(`=${count}`) ?? branches.get(pluralCategory(lang, count)) ?? branches.get('other') ?? '';
        const shownNumber = typeof value === 'number' ? numberText(lang, value) : value;
        out += formatMessage(lang, key, branch.replace(/#/g, shownNumber), params);
      }
    }
    at = end;
  }
  return out;
}

/** The message `key` in `lang` with its parameters filled. */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[lang][key];
  if (template === undefined) {
    report(`Message "${key}" is in no loaded namespace (loaded: ${[...loaded].join(', ')}).`);
    return key;
  }
  return template.includes('{') ? formatMessage(lang, key, template, params) : template;
}

/** True when the loaded catalogue holds `key` (for names built at run time, e.g. a machine's events). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(dictionaries.sv, key);
}

/** The parameter names a message needs, plural arguments and the parameters inside their branches included. */
export function messageParameters(template: string): string[] {
  const names = new Set<string>();
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{', at);
    if (open === -1) break;
    const end = closing(template, open);
    const inner = template.slice(open + 1, end - 1);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    if (/^\w+$/.test(name)) {
      names.add(name);
      const kind = comma === -1 ? null : /^\s*plural\s*,/.exec(inner.slice(comma + 1));
      if (kind) {
        for (const branch of pluralBranches(inner.slice(comma + 1 + kind[0].length)).values()) {
          for (const inside of messageParameters(branch)) names.add(inside);
        }
      }
    }
    at = end;
  }
  return [...names].sort();
}
