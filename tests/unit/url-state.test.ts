// The one way views read and write their links (src/url-state/url-state.ts).
import { describe, expect, it, vi } from 'vitest';
import { debounce, queryString, readQuery } from '@/url-state/url-state';

describe('url state', () => {
  it('reads a query with or without "?", keeps "+" as a plus sign and decodes escapes', () => {
    expect(readQuery('?models=a,b&seed=1').get('models')).toBe('a,b');
    expect(readQuery('share=N4Ig+x$y').get('share')).toBe('N4Ig+x$y');
    expect(readQuery('name=%C3%85nge%20i%20dag').get('name')).toBe('Ånge i dag');
    expect(() => readQuery('bad=%E0%A4%A').get('bad')).not.toThrow();
  });

  it('writes readable links that read back to the same values', () => {
    const text = queryString([
      ['models', ['munkfors', 'ange-a']],
      ['shocks', ['cost:ifo:3:2.5']],
      ['none', undefined],
      ['off', false],
      ['on', true],
      ['empty', []],
      ['name', 'Å & B+C'],
    ]);
    expect(text).toBe('models=munkfors,ange-a&shocks=cost:ifo:3:2.5&on=1&empty=&name=%C3%85%20%26%20B%2BC');
    const back = readQuery(text);
    expect(back.get('name')).toBe('Å & B+C');
    expect(back.get('models')).toBe('munkfors,ange-a');
    expect(back.get('empty')).toBe('');
  });

  it('debounces: one call with the last arguments after the pause; flush and cancel', () => {
    vi.useFakeTimers();
    try {
      const run = vi.fn();
      const write = debounce(run, 150);
      write(1);
      write(2);
      vi.advanceTimersByTime(149);
      expect(run).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(run).toHaveBeenCalledExactlyOnceWith(2);
      write(3);
      write.flush();
      expect(run).toHaveBeenLastCalledWith(3);
      write(4);
      write.cancel();
      vi.advanceTimersByTime(500);
      expect(run).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
