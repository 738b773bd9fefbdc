// Word-aware wrapping of SVG labels (src/layout/text-wrap.ts): Swedish compounds are cut between their
// parts, a slash is a place to break, and an ellipsis never cuts a word.
import { describe, expect, it } from 'vitest';
import { wrapText } from '@/layout/text-wrap';

describe('wrapText', () => {
  it('cuts a compound between its parts, not inside one', () => {
    expect(wrapText('Kommunstyrelsen', 12, 2)).toEqual(['Kommun-', 'styrelsen']);
    expect(wrapText('Utbildningsnämnden', 14, 2)).toEqual(['Utbildnings-', 'nämnden']);
    expect(wrapText('Samhällsbyggnadsförvaltningen', 20, 2)).toEqual(['Samhällsbyggnads-', 'förvaltningen']);
  });

  it('breaks after a slash without a hyphen, and joins on one line without a space', () => {
    expect(wrapText('Utskottet Lärande/stöd', 12, 3)).toEqual(['Utskottet', 'Lärande/stöd']);
    expect(wrapText('Utskottet Lärande/stöd', 9, 3)).toEqual(['Utskottet', 'Lärande/', 'stöd']);
    expect(wrapText('Lärande/stöd', 20, 1)).toEqual(['Lärande/stöd']);
  });

  it('ends a cut text with an ellipsis after a whole word', () => {
    const lines = wrapText('Individ- och familjeomsorg med beslut om bistånd', 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^\S+( \S+)* …$|^\S+…$/);
    expect(lines.join(' ')).not.toMatch(/\b\w…/);
  });

  it('never makes a line longer than the budget', () => {
    for (const text of ['Kommunfullmäktige', 'Barn- och utbildningsnämnden', 'Överförmyndarnämnden i Västra Värmland']) {
      for (const budget of [6, 9, 12, 16, 22]) for (const line of wrapText(text, budget, 4)) expect(line.length).toBeLessThanOrEqual(budget);
    }
  });
});
