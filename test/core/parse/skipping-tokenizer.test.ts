// The sanitizer's and the feed reader's tokenizer is htmlparser2's with its character-at-a-time
// skipping replaced by String#indexOf (parse/skipping-tokenizer.ts): it must report exactly the
// tokens htmlparser2's own does, in HTML and in XML, on documents made to end anywhere, inside
// comments, CDATA sections, raw-text elements and tags.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { SkippingTokenizer, skipsWithIndexOf } from '../../../electron/core/parse/skipping-tokenizer';
import { seededPicker } from '../../support/seeded';

const PIECES = [
  '<p>', '</p>', '<P class="x">', '<br/>', '</br>', '<a href="/x?a=1&amp;b=2">', "<a title='it&#39;s'>", '<a href=x&copy >', '</a>',
  '<script>', '</script>', '<style>', '</style >', '<title>', '</title>', '<textarea>', '</textarea>', '<xmp>', '</xmp>',
  '<!--', '-->', '--->', '<!-- c -->', '<![CDATA[', ']]>', ']]]>', '<!doctype html>', '<?xml ?>', '</ p>', '</', '<', '>',
  '<<', '"', "'", '=', '&amp;', '&nbsp', '&#8217;', '&', 'word', ' ', '\n', 'é', '😀', '<svg><x/></svg>', '<img src=x alt=', '</script',
];

type Token = [string, ...(number | string)[]];

function tokens(Kind: typeof Tokenizer, html: string, options: { decodeEntities: boolean; xmlMode: boolean }): Token[] {
  const seen: Token[] = [];
  const record = (name: string) => (...args: (number | string)[]): void => void seen.push([name, ...args]);
  const callbacks: TokenizerCallbacks = {
    onattribdata: record('attribdata'), onattribentity: record('attribentity'), onattribend: record('attribend'),
    onattribname: record('attribname'), oncdata: record('cdata'), onclosetag: record('closetag'), oncomment: record('comment'),
    ondeclaration: record('declaration'), onend: record('end'), onopentagend: record('opentagend'),
    onopentagname: record('opentagname'), onprocessinginstruction: record('processinginstruction'),
    onselfclosingtag: record('selfclosingtag'), ontext: record('text'), ontextentity: record('textentity'),
  };
  const tokenizer = new Kind(options, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return seen;
}

describe('the skipping tokenizer', () => {
  it('replaces the method it means to (else the sanitizer is as slow as before)', () => {
    expect(skipsWithIndexOf).toBe(true);
    expect(Reflect.get(SkippingTokenizer.prototype, 'fastForwardTo')).not.toBe(Reflect.get(Tokenizer.prototype, 'fastForwardTo'));
  });

  it('reports the same tokens as htmlparser2, in HTML and XML, with and without decoding references', () => {
    const next = seededPicker(11);
    for (let n = 0; n < 2500; n++) {
      let html = '';
      for (let k = 1 + next(25); k > 0; k--) html += PIECES[next(PIECES.length)];
      for (const xmlMode of [false, true]) {
        for (const decodeEntities of [false, true]) {
          const options = { decodeEntities, xmlMode };
          expect(tokens(SkippingTokenizer, html, options), JSON.stringify({ html, ...options })).toEqual(tokens(Tokenizer, html, options));
        }
      }
    }
  });
});
