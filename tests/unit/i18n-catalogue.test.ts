// The message catalogue (src/i18n/catalogue.ts): both languages hold the same keys with the same
// parameters, the lazily loaded namespaces are the ones the tests read, plural forms follow the language,
// a missing parameter or an unknown key is an error, no key is dead, and every call with a literal key
// passes the parameters its message needs (read from the source with the TypeScript parser).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { allNamespaces } from '@/i18n/all-namespaces';
import { formatMessage, loaders, MessageError, messageParameters, translate, type MessageKey } from '@/i18n/catalogue';
import { coreEn, coreSv } from '@/i18n/messages-core';
import { statusEn, statusSv } from '@/i18n/messages-status';

const namespaces = {
  core: { sv: { ...coreSv, ...statusSv } as Record<string, string>, en: { ...coreEn, ...statusEn } as Record<string, string> },
  ...allNamespaces,
};
const sv: Record<string, string> = Object.assign({}, ...Object.values(namespaces).map((n) => n.sv));

/** Parameter names of a message, plural arguments included. */
const parameters = messageParameters;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !/\/i18n\/messages-[\w-]+\.ts$/.test(path)) out.push(path);
  }
  return out;
}

interface Use {
  file: string;
  line: number;
  key: string;
  /** Property names of the parameter object, or undefined when it is not a plain object literal. */
  params: string[] | undefined;
  hasParams: boolean;
}

/** Every string that could be a key, every template-literal prefix, and every `t('key', {…})` call. */
function scan(): { literals: Set<string>; prefixes: Set<string>; calls: Use[] } {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  const calls: Use[] = [];
  for (const file of sourceFiles('src')) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
      else if (ts.isTemplateExpression(node)) prefixes.add(node.head.text);
      else if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        const keyIndex = name === 't' ? 0 : name === 'translate' ? 1 : -1;
        const keyArg = node.arguments[keyIndex];
        // Only a literal that looks like a key ("simulate.heading"): other functions named `t` take text.
        if (keyIndex >= 0 && keyArg && (ts.isStringLiteral(keyArg) || ts.isNoSubstitutionTemplateLiteral(keyArg)) && /^[a-zA-Z]+(\.\w+)+$/.test(keyArg.text)) {
          const paramArg = node.arguments[keyIndex + 1];
          let params: string[] | undefined;
          if (paramArg && ts.isObjectLiteralExpression(paramArg) && !paramArg.properties.some(ts.isSpreadAssignment)) {
            params = paramArg.properties.flatMap((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? [p.name.text] : []));
          }
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          calls.push({ file, line: line + 1, key: keyArg.text, params, hasParams: paramArg !== undefined });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, prefixes, calls };
}

describe('the message catalogue', () => {
  it('has the same keys and the same parameters in Swedish and English, in every namespace', () => {
    for (const [name, messages] of Object.entries(namespaces)) {
      expect(Object.keys(messages.en).sort(), name).toEqual(Object.keys(messages.sv).sort());
      for (const key of Object.keys(messages.sv)) {
        expect(parameters(messages.en[key]!), `${name}: ${key}`).toEqual(parameters(messages.sv[key]!));
      }
    }
  });

  it('holds each key in one namespace only', () => {
    const seen = new Map<string, string>();
    for (const [name, messages] of Object.entries(namespaces)) {
      for (const key of Object.keys(messages.sv)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('loads each namespace with exactly the messages the tests read', async () => {
    for (const [name, load] of Object.entries(loaders)) {
      const loaded = await load();
      expect(loaded, name).toEqual(allNamespaces[name as keyof typeof allNamespaces]);
    }
  });

  it('chooses plural forms by the language', () => {
    const template = '{count, plural, =0 {inga verksamheter} one {# verksamhet} other {# verksamheter}}';
    expect(formatMessage('sv', 'test', template, { count: 0 })).toBe('inga verksamheter');
    expect(formatMessage('sv', 'test', template, { count: 1 })).toBe('1 verksamhet');
    expect(formatMessage('sv', 'test', template, { count: 2 })).toBe('2 verksamheter');
    expect(formatMessage('sv', 'test', template, { count: 1500 })).toBe('1\u00a0500 verksamheter');
    expect(formatMessage('en', 'test', '{n, plural, one {# error} other {# errors}} in {file}', { n: 1, file: 'a.json' })).toBe('1 error in a.json');
    expect(formatMessage('en', 'test', '{n, plural, one {# error} other {# errors}} in {file}', { n: 3, file: 'a.json' })).toBe('3 errors in a.json');
  });

  it('reads the parameters of a message, inside plural branches too', () => {
    expect(parameters('{a} and the other {count}')).toEqual(['a', 'count']);
    expect(parameters('{n, plural, one {# of {total}} other {the other {x}}}')).toEqual(['n', 'total', 'x']);
  });

  it('fails on a missing parameter instead of showing {name}', () => {
    expect(() => translate('sv', 'catalogue.invalid', { file: 'x.json' })).toThrow(MessageError);
    expect(() => formatMessage('sv', 'test', 'Hej {name}', {})).toThrow(/needs the parameter \{name\}/);
    expect(translate('sv', 'catalogue.invalid', { file: 'x.json', count: 2 })).not.toMatch(/[{}]/);
  });

  it('fails on a key that no namespace holds', () => {
    expect(() => translate('sv', 'no.such.key' as MessageKey)).toThrow(MessageError);
  });

  const { literals, prefixes, calls } = scan();

  it('has no dead keys: every key is named in the source, whole or by a template prefix', () => {
    // Keys added ahead of the view that uses them (the robustness sweep under way); remove when it lands.
    const pending = new Set(['rob.sweep.heading', 'rob.sweep.intro']);
    const dead = Object.keys(sv).filter(
      (key) => !pending.has(key) && !literals.has(key) && ![...prefixes].some((p) => p.includes('.') && key.startsWith(p)),
    );
    expect(dead).toEqual([]);
  });

  it('gets every parameter its message needs at each call with a literal key', () => {
    const wrong: string[] = [];
    for (const call of calls) {
      const template = sv[call.key];
      if (template === undefined) {
        wrong.push(`${call.file}:${call.line} ${call.key} is no key`);
        continue;
      }
      const needed = parameters(template);
      if (needed.length > 0 && !call.hasParams) wrong.push(`${call.file}:${call.line} ${call.key} needs ${needed.join(', ')}`);
      else if (call.params !== undefined) {
        const missing = needed.filter((p) => !call.params!.includes(p));
        if (missing.length > 0) wrong.push(`${call.file}:${call.line} ${call.key} misses ${missing.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the namespaces each view loads', () => {
  it('cover every key a view’s own files name (src/app/app.tsx names them per route)', () => {
    const app = readFileSync('src/app/app.tsx', 'utf8');
    const routes = [...app.matchAll(/import\('@\/features\/(\w+)\/[\w-]+'\)[^[]*\[([^\]]*)\]/g)].map((m) => ({
      feature: m[1]!,
      namespaces: ['core', ...[...m[2]!.matchAll(/'(\w+)'/g)].map((n) => n[1]!)],
    }));
    expect(routes.length).toBeGreaterThanOrEqual(6);
    const owner = new Map<string, string>();
    for (const [name, messages] of Object.entries(namespaces)) for (const key of Object.keys(messages.sv)) owner.set(key, name);
    const missing: string[] = [];
    for (const { feature, namespaces: loaded } of routes) {
      for (const file of sourceFiles(`src/features/${feature}`)) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/['`]([a-zA-Z]+\.[\w.]+)(['`]|\$\{)/g)) {
          const keys = match[2] === '${' ? [...owner.keys()].filter((k) => k.startsWith(match[1]!)) : owner.has(match[1]!) ? [match[1]!] : [];
          for (const key of keys) if (!loaded.includes(owner.get(key)!)) missing.push(`${file}: ${key} (${owner.get(key)})`);
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
