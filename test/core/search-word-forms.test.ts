// A search keeps its recall without the index's stemmer (migration 15): a bare word is asked for
// with its other forms, made from the word and kept when the Porter stemmer gives them its stem.
// Each behaviour is checked on a real library, both through the index and in the scan of the
// articles the indexer has not reached yet.
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { MAX_WORD_FORMS, coveringForms, wordForms } from '../../electron/core/store/search-word-forms';
import { feedOf, item, noValidators } from '../support/items';
import { withTempStore } from '../support/temp-store';

describe('word forms of a searched word', () => {
  const temp = withTempStore();

  const titles = (query: string) =>
    temp.store.search.find({ query, scope: { kind: 'all' }, unreadOnly: false, limit: 50 }).items.map((hit) => hit.title).sort();
  /** As a refresh stores a feed (the store worker's writeFetchedFeed): not indexed until catchUp. */
  const stored = (items: Parameters<typeof feedOf>[0]) => {
    const feedId = temp.store.feeds.add({ url: `https://example.org/${items[0]!.id}` });
    temp.store.transaction(() => temp.store.feeds.writeFetched(feedId, feedOf(items), noValidators));
  };
  /** Runs each check twice: on articles past the indexer's mark (the LIKE scan), then indexed. */
  const beforeAndAfterIndexing = (check: () => void) => {
    expect(temp.store.search.isBehind()).toBe(true);
    check();
    temp.store.search.catchUp();
    expect(temp.store.search.isBehind()).toBe(false);
    check();
  };

  it('finds "election" when searching "elections", and "elections" when searching "election"', () => {
    stored([
      item('one', { title: 'Notes', content: '<p>The election was close.</p>' }),
      item('many', { title: 'More notes', content: '<p>Three elections in a year.</p>' }),
      item('neither', { title: 'Other', content: '<p>A vote was held.</p>' }),
    ]);
    beforeAndAfterIndexing(() => {
      expect(titles('elections')).toEqual(['More notes', 'Notes']);
      expect(titles('election')).toEqual(['More notes', 'Notes']);
    });
  });

  it('finds "ferries" when searching "ferry" and "ferry" when searching "ferries"', () => {
    stored([
      item('one', { title: 'The ferry', content: '<p>Late again.</p>' }),
      item('many', { title: 'Island ferries', content: '<p>Timetables.</p>' }),
    ]);
    beforeAndAfterIndexing(() => {
      expect(titles('ferry')).toEqual(['Island ferries', 'The ferry']);
      expect(titles('ferries')).toEqual(['Island ferries', 'The ferry']);
      expect(titles('title:ferries -timetables')).toEqual(['The ferry']);
    });
  });

  it('finds "running" and "runs" when searching "run", doubled consonant and all', () => {
    stored([
      item('a', { title: 'Running late', content: '<p>x</p>' }),
      item('b', { title: 'She runs', content: '<p>x</p>' }),
      item('c', { title: 'Rune stones', content: '<p>x</p>' }),
    ]);
    temp.store.search.catchUp();
    expect(titles('run')).toEqual(['Running late', 'She runs']);
    expect(titles('running')).toEqual(['Running late', 'She runs']);
  });

  it('a quoted phrase is not widened to other word forms', () => {
    stored([
      item('one', { title: 'Notes', content: '<p>The election was close.</p>' }),
      item('many', { title: 'More notes', content: '<p>Three elections in a year.</p>' }),
    ]);
    temp.store.search.catchUp();
    expect(titles('"elections"')).toEqual(['More notes']);
    expect(titles('"the election"')).toEqual(['Notes']);
    expect(titles('"the elections"')).toEqual([]);
  });

  it('a prefix is its letters: "ferry*" finds ferryman, not ferries (the index keeps words as written)', () => {
    stored([
      item('man', { title: 'The ferryman', content: '<p>x</p>' }),
      item('many', { title: 'Island ferries', content: '<p>x</p>' }),
    ]);
    temp.store.search.catchUp();
    expect(titles('ferry*')).toEqual(['The ferryman']);
  });

  it('marks the form an article holds, in its title and its snippet, indexed or not', () => {
    stored([item('a', { title: 'Island ferries', content: '<p>The ferry left at dawn.</p>', summary: 'The ferry left at dawn.' })]);
    const hit = () => temp.store.search.find({ query: 'ferry', scope: { kind: 'all' }, unreadOnly: false, limit: 5 }).items[0]!;
    const marked = ({ text, marks }: { text: string; marks: [number, number][] }) => marks.map(([start, end]) => text.slice(start, end));
    beforeAndAfterIndexing(() => {
      expect(marked(hit().titleMarked)).toEqual(['ferries']);
      expect(marked(hit().snippetMarked)).toEqual(['ferry']);
    });
  });

  it('counts a saved search\'s unread articles with the same word forms as a search', () => {
    stored([
      item('one', { title: 'Notes', content: '<p>The election was close.</p>' }),
      item('many', { title: 'More notes', content: '<p>Three elections in a year.</p>' }),
    ]);
    const saved = temp.store.savedSearches.save({ name: 'Votes', query: 'elections', scope: { kind: 'all' }, period: 'any' });
    expect(saved.unread).toBe(2);
    temp.store.search.catchUp();
    expect(temp.store.savedSearches.get(saved.id).unread).toBe(2);
  });
});

describe('wordForms', () => {
  it('gives the word first, then forms that share its Porter stem', () => {
    for (const word of ['ferry', 'ferries', 'election', 'elections', 'run', 'running', 'happiness', 'studies', 'compass', 'make']) {
      const forms = wordForms(word);
      expect(forms[0]).toBe(word);
      expect(forms.length).toBeLessThanOrEqual(MAX_WORD_FORMS);
      for (const form of forms) expect(stemmer(form), `${word} → ${form}`).toBe(stemmer(word));
    }
    expect(wordForms('ferry')).toEqual(expect.arrayContaining(['ferries', 'ferried', 'ferrying']));
    expect(wordForms('studies')).toEqual(expect.arrayContaining(['study', 'studied', 'studying']));
    expect(wordForms('making')).toEqual(expect.arrayContaining(['make', 'makes']));
    expect(wordForms('elections')).toEqual(expect.arrayContaining(['election', 'elect', 'elected']));
  });

  it('leaves a word that is not English letters as typed (lower case)', () => {
    expect(wordForms('Topic42')).toEqual(['topic42']);
    expect(wordForms('東京')).toEqual(['東京']);
    expect(wordForms('e-mail')).toEqual(['e-mail']);
    expect(wordForms('go')).toEqual(['go']);
    expect(wordForms('cafés')).toEqual(expect.arrayContaining(['cafés', 'café']));
  });

  it('needs the fewest forms to find them all as substrings', () => {
    expect(coveringForms(['elections', 'election', 'elect', 'elected'])).toEqual(['elect']);
    expect(coveringForms(['ferries', 'ferry', 'ferried'])).toEqual(['ferries', 'ferry', 'ferried']);
  });
});
