// Character references are decoded by the sanitizer's writer, not by htmlparser2's tokenizer (which
// then skips through text to the next "<"): in the text and attribute values it keeps, by the HTML
// standard's rules, and never where the tokenizer hands over text it does not decode.
import { Tokenizer } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { sanitizeHtmlWithText } from '../../../electron/core/sanitize';
import { seededPicker } from '../../support/seeded';

const BASE = 'https://example.org/posts/1/';
const clean = (html: string) => sanitizeHtmlWithText(html, BASE);

/** Text as htmlparser2's tokenizer reads it when it decodes references itself (the sanitizer's way before). */
function tokenizerText(html: string): string {
  let text = '';
  const ignore = (): void => {};
  const tokenizer = new Tokenizer({ decodeEntities: true }, {
    ontext: (start, end) => void (text += html.slice(start, end)),
    ontextentity: (codePoint) => void (text += String.fromCodePoint(codePoint)),
    onattribdata: ignore, onattribentity: ignore, onattribend: ignore, onattribname: ignore, oncdata: ignore,
    onclosetag: ignore, oncomment: ignore, ondeclaration: ignore, onend: ignore, onopentagend: ignore,
    onopentagname: ignore, onprocessinginstruction: ignore, onselfclosingtag: ignore,
  });
  tokenizer.write(html);
  tokenizer.end();
  return text;
}

describe('sanitize: character references', () => {
  it('decodes references in text as the tokenizer did, semicolon or not, at the end or before "<"', () => {
    const pieces = ['&', '#', 'x', 'X', ';', '=', '0', '9', '65', '128', '0000', '1114112', 'D800', 'amp', 'AMP', 'lt', 'nbsp',
      'copy', 'not', 'notin', 'frac12', 'hellip', 'timesb', 'xyz', 'é', '😀', '< ', '>', ' ', '\n'];
    const next = seededPicker(20);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = 1 + next(10); k > 0; k--) text += pieces[next(pieces.length)];
      expect(decodeHTML(text), JSON.stringify(text)).toBe(tokenizerText(text));
    }
  });

  it('decodes them in text and attribute values, and escapes what must be', () => {
    expect(clean('<p>fish &amp chips &#x27;x&#39; &lt;b&gt; &nbsp;</p><abbr title="&quot;R&amp;D&quot; &eacute;t&eacute;">R</abbr>')).toEqual({
      html: "<p>fish &amp; chips 'x' &lt;b&gt; \u00a0</p><abbr title=\"&quot;R&amp;D&quot; été\">R</abbr>",
      text: "fish & chips 'x' <b> R",
    });
  });

  it('leaves a reference without ";" followed by a letter, digit or "=" as written in an attribute value, as browsers do', () => {
    // The HTML standard's rule for attributes; the tokenizer used to read "&notin" as "¬in" there.
    expect(clean('<img src="x.png" alt="&notin &timesb &copy= &copy; &amp;">').html).toBe(
      '<img src="https://example.org/posts/1/x.png" alt="&amp;notin &amp;timesb &amp;copy= © &amp;" />',
    );
    expect(clean('<p>&notin &timesb &copy=</p>').text).toBe('¬in ×b ©=');
  });

  it('keeps references as written inside <xmp>, whose content the tokenizer reads as raw text', () => {
    expect(clean('<xmp>&amp; &lt;b&gt;</xmp>&amp;')).toEqual({ html: '&amp;amp; &amp;lt;b&amp;gt;&amp;', text: '&amp; &lt;b&gt;&' });
  });

  it('keeps references as written in an unfinished tag or declaration that ends the document', () => {
    expect(clean('<p>a</&nbsp; b')).toEqual({ html: '<p>a&amp;nbsp; b</p>', text: 'a&nbsp; b' });
    expect(clean('<p>a<!doctype &amp;')).toEqual({ html: '<p>adoctype &amp;amp;</p>', text: 'adoctype &amp;' });
  });
});
