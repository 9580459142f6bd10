// Summaries are cut at a word boundary and lose the spaces and punctuation before the ellipsis.
import { describe, expect, it } from 'vitest';
import { truncateText } from '../../../electron/core/sanitize';
import { seededPicker } from '../../support/seeded';

describe('truncateText', () => {
  it('drops the spaces and punctuation a cut leaves before the ellipsis', () => {
    expect(truncateText('one two, three; four — five', 20)).toBe('one two, three; four…');
    expect(truncateText(`${'word '.repeat(8)}a,.;:-–— \u00a0\u2009b`, 49)).toBe(`${'word '.repeat(7)}word a…`);
    expect(truncateText('short', 10)).toBe('short');
  });

  it('cuts as "remove [\\s,;:.\\-–—]+ at the end" would, for any text', () => {
    const alphabet = ['a', 'b', ' ', ',', ';', ':', '.', '-', '–', '—', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '!', 'é', '😀'];
    const next = seededPicker(7);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = next(40); k > 0; k--) text += alphabet[next(alphabet.length)];
      const max = 1 + next(30);
      if (text.length <= max) continue;
      const slice = text.slice(0, max);
      const space = text.charAt(max) === ' ' ? max : slice.lastIndexOf(' ');
      const cut = space > max * 0.6 ? slice.slice(0, space) : slice;
      expect(truncateText(text, max), JSON.stringify([text, max])).toBe(`${cut.replace(/[\s,;:.\-–—]+$/, '')}…`);
    }
  });
});
