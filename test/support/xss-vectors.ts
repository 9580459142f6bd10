// The public XSS vector sets in test/fixtures/xss (see LICENSES.md there), one entry per vector.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface XssVector {
  /** e.g. "h5sc 37", "dompurify 12", "owasp 3" */
  name: string;
  html: string;
}

const dir = fileURLToPath(new URL('../fixtures/xss/', import.meta.url));

export function xssVectors(): XssVector[] {
  return [...h5sc(), ...fromJson('dompurify', 'dompurify-payloads.json'), ...fromJson('owasp', 'owasp-vectors.json')];
}

/** Each H5SC vector stands in its own numbered <div>, closed by the cheat sheet's breakout string. */
function h5sc(): XssVector[] {
  const text = readFileSync(`${dir}h5sc-vectors.txt`, 'utf8');
  const starts = [...text.matchAll(/<div id="(\d+)">/g)].filter((m) => Number(m[1]) <= 139);
  const ends = '//["\'`-->]]>]</div>';
  return starts.map((start) => {
    const end = text.indexOf(ends, start.index);
    return { name: `h5sc ${start[1]}`, html: text.slice(start.index, end + ends.length) };
  });
}

function fromJson(source: string, file: string): XssVector[] {
  const list = JSON.parse(readFileSync(dir + file, 'utf8')) as string[];
  return list.map((html, index) => ({ name: `${source} ${index + 1}`, html }));
}
