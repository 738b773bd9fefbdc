// One vocabulary (src/i18n/glossary.ts): every term has both languages, an explanation, why it matters and,
// when a figure points one way, what that way means; a symbol always comes after its plain words; and no
// Swedish text the tool shows — the message catalogue, the stories, the model files and the command line —
// uses a word the glossary has retired for one of its terms (e.g. "inlåst" for "instängt").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSv } from '@/i18n/all-namespaces';
import { GLOSSARY, termDefinition, termLabel, type GlossaryEntry, type GlossaryId } from '@/i18n/glossary';

const entries = Object.entries(GLOSSARY) as [GlossaryId, GlossaryEntry][];

/** Every Swedish string a file holds: `"sv": "…"` in JSON, every quoted literal in the CLI's sources. */
function swedishTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = Object.entries(allSv).map(([key, text]) => ({ where: `catalogue ${key}`, text }));
  for (const dir of ['stories', 'models']) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && !n.endsWith('schema.json'))) {
      const json = readFileSync(join(dir, name), 'utf8');
      for (const match of json.matchAll(/"sv":\s*"((?:[^"\\]|\\.)*)"/g)) out.push({ where: `${dir}/${name}`, text: match[1]! });
    }
  }
  for (const name of readdirSync('src/cli')) {
    const source = readFileSync(join('src/cli', name), 'utf8');
    for (const match of source.matchAll(/(['`])((?:(?!\1)[^\\]|\\.)*)\1/g)) out.push({ where: `src/cli/${name}`, text: match[2]! });
  }
  return out;
}

describe('the glossary', () => {
  it('has both languages, an explanation, why it matters and a direction text where a figure points one way', () => {
    for (const [id, entry] of entries) {
      for (const lang of ['sv', 'en'] as const) {
        expect(entry.term[lang].length, `${id} ${lang}`).toBeGreaterThan(2);
        expect(entry.explanation[lang].length, `${id} ${lang}`).toBeGreaterThan(20);
        expect(entry.why[lang].length, `${id} ${lang}`).toBeGreaterThan(20);
        if (entry.direction === 'lower' || entry.direction === 'higher' || entry.direction === 'depends') {
          expect(entry.directionText?.[lang], `${id} needs a direction text`).toBeTruthy();
        }
        expect(termDefinition(id, lang)).toContain(entry.explanation[lang]);
      }
    }
  });

  it('puts the plain words before a symbol', () => {
    expect(termLabel('kappa', 'sv')).toBe('Hur mycket ledamöterna ser till hela kommunen (κ)');
    expect(termLabel('omega', 'en')).toMatch(/^How much .* \(ω\)$/);
    expect(termLabel('budgetHolder', 'sv')).toBe('Budgetansvarigt organ');
  });

  it('retires one word per clash for good: no Swedish text uses a word the glossary lists as no longer used', () => {
    const texts = swedishTexts();
    expect(texts.length).toBeGreaterThan(1000);
    const found: string[] = [];
    for (const [id, entry] of entries) {
      for (const word of entry.not ?? []) {
        const pattern = new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu');
        for (const { where, text } of texts) if (pattern.test(text)) found.push(`${where}: "${word}" (use ${entry.term.sv}, ${id})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('catches a retired word (the check can fail)', () => {
    const pattern = new RegExp(`(^|[^\\p{L}])inlåst($|[^\\p{L}])`, 'iu');
    expect(pattern.test('  Inlåst överskott (mnkr)')).toBe(true);
    expect(pattern.test('Instängt överskott')).toBe(false);
  });
});
