// A searched word's other forms. The index keeps words as written (migration 15: no stemmer; with
// the prefix entries it was a third of the store worker's time), so "elections" finds "election"
// only when the query asks for both. The forms are made from the word itself, never by reading the index's vocabulary
// (fts5vocab reads every doclist in its range: slow in a million articles), and a form is kept only
// when the Porter stemmer, the one the index used before, gives it the word's stem: a search finds
// what it found then, and no more.
import { stemmer } from 'stemmer';
import { indexedForm } from './search-prefix-words';

/** More forms than this and the rest are left out; a word rarely has more than a few in use. */
export const MAX_WORD_FORMS = 12;

const vowel = /[aeiou]/;
/** Plurals and third persons in -es: after s, x, z, ch and sh. */
const sibilant = /(?:[sxz]|ch|sh)$/;
/** One syllable ending in one vowel and one consonant, as run, plan, stop: doubled before -ing and -ed. */
const shortEnd = /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/;

function stemOf(word: string): string {
  return stemmer(indexedForm(word));
}

/** "runn" → "run": the doubled consonant of running and planned taken back. */
function undoubled(bare: string): string | null {
  return bare.length > 2 && bare.at(-1) === bare.at(-2) && !vowel.test(bare.at(-1) as string) ? bare.slice(0, -1) : null;
}

/** Words the typed one could be a form of: "ferries" → ferry, "running" → run, "elections" → election, elect. */
function rootsOf(word: string): string[] {
  const roots: string[] = [];
  const off = (ending: string): string | null => (word.length > ending.length + 2 && word.endsWith(ending) ? word.slice(0, -ending.length) : null);
  let bare: string | null;
  if ((bare = off('ies'))) roots.push(`${bare}y`);
  else if ((bare = off('es')) && sibilant.test(bare)) roots.push(bare);
  // Not after i, u or s: analysis, bus and glass are not plurals.
  else if ((bare = off('s')) && !/[isu]$/.test(bare)) roots.push(bare);
  if ((bare = off('ied'))) roots.push(`${bare}y`);
  else if ((bare = off('ed')) || (bare = off('ing'))) roots.push(bare, `${bare}e`, undoubled(bare) ?? bare);
  if ((bare = off('ily')) || (bare = off('iness'))) roots.push(`${bare}y`);
  else if ((bare = off('ly')) || (bare = off('ness')) || (bare = off('ment'))) roots.push(bare);
  for (const root of [word, ...roots]) {
    const stripped = root.length > 5 && root.endsWith('ion') && /[st]ion$/.test(root) ? root.slice(0, -3) : null;
    if (stripped) roots.push(stripped);
  }
  return roots;
}

/** A root's inflections, spelled as English spells them: ferry → ferries, ferried, ferrying. */
function inflectionsOf(root: string): string[] {
  const last = root.at(-1) as string;
  const consonantY = last === 'y' && !vowel.test(root.at(-2) ?? 'a');
  const plural = consonantY ? `${root.slice(0, -1)}ies` : sibilant.test(root) ? `${root}es` : `${root}s`;
  const past = consonantY ? `${root.slice(0, -1)}ied` : last === 'e' ? `${root}d` : `${root}ed`;
  const ing = root.endsWith('ie') ? `${root.slice(0, -2)}ying` : last === 'e' && !/[eoy]e$/.test(root) ? `${root.slice(0, -1)}ing` : `${root}ing`;
  const forms = [plural, past, ing];
  if (shortEnd.test(root)) forms.push(`${root}${last}ed`, `${root}${last}ing`);
  return forms;
}

/** The derivations the stemmer folds into a root's stem most often: elect → election, happy → happiness. */
function derivationsOf(root: string): string[] {
  if (/[^aeiou]y$/.test(root)) return [`${root.slice(0, -1)}ily`, `${root.slice(0, -1)}iness`];
  return /[st]$/.test(root) ? [`${root}ion`, `${root}ions`] : [];
}

/**
 * The word as typed (lower case) and its other forms that share its Porter stem, at most
 * `MAX_WORD_FORMS`. A word that is not made of Latin letters alone (digits, other scripts,
 * punctuation) is asked for as typed: the stemmer is for English.
 */
export function wordForms(typed: string): string[] {
  const word = typed.toLowerCase();
  if (!/^[a-z]+$/.test(indexedForm(word)) || word.length < 3) return [word];
  const stem = stemOf(word);
  const roots = [word, ...rootsOf(word)].filter((root) => stemOf(root) === stem);
  // Likeliest first, so that the cap leaves out the unlikely: the roots, their inflections, then derivations.
  const candidates = [...roots, ...roots.flatMap(inflectionsOf), ...roots.flatMap(derivationsOf)];
  const forms = new Set<string>();
  for (const form of candidates) {
    if (forms.size >= MAX_WORD_FORMS) break;
    if (!forms.has(form) && stemOf(form) === stem) forms.add(form);
  }
  return [...forms];
}

/**
 * The fewest of `forms` that a substring match (LIKE '%…%') needs to find them all: "election"
 * finds "elections" too. For the scan of the articles the index has not reached yet.
 */
export function coveringForms(forms: readonly string[]): string[] {
  return forms.filter((form) => !forms.some((other) => other !== form && other.length < form.length && form.includes(other)));
}
