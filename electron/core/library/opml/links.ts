// Lists that link to other lists (type="include", a type="link" to an .opml file, Liferea's OPML
// sources). Each address is fetched once, over http(s) only, a few levels deep at most; a list that
// cannot be fetched or read is skipped with its reason and the rest of the import goes on.
import { decodeDocument } from '../../parse/charset';
import { fetchFeed } from '../../fetch/http';
import type { ImportPlan } from '../plan';
import { readOpml, type OpmlLink } from './read';

/** Fetches a linked list's bytes; tests pass their own. */
export type ListFetcher = (url: string) => Promise<{ url: string; body: Uint8Array; contentType: string | null }>;

export const MAX_LINKED_LISTS = 20;
const MAX_LINK_DEPTH = 3;

export const fetchList: ListFetcher = async (url) => {
  const outcome = await fetchFeed(url, { deadlineMs: 20_000, maxBytes: 16 * 1024 * 1024 });
  if (outcome.kind !== 'fetched') throw new Error(`${url} answered 304 without being asked`);
  return outcome.document;
};

export async function addLinkedLists(
  plan: ImportPlan,
  links: readonly OpmlLink[],
  fetcher: ListFetcher,
  progress: (done: number, total: number) => void,
  seen: Set<string> = new Set(),
): Promise<void> {
  let queue = links.map((link) => ({ link, depth: 1 }));
  let fetched = 0;
  while (queue.length > 0) {
    const next: typeof queue = [];
    for (const { link, depth } of queue) {
      if (seen.has(link.url)) continue;
      seen.add(link.url);
      if (fetched >= MAX_LINKED_LISTS || depth > MAX_LINK_DEPTH) {
        plan.skips.add(link.url, `a linked list beyond the limit (${MAX_LINKED_LISTS} lists, ${MAX_LINK_DEPTH} levels)`);
        continue;
      }
      fetched++;
      progress(fetched, Math.min(MAX_LINKED_LISTS, fetched + queue.length + next.length));
      try {
        const document = await fetcher(link.url);
        const list = readOpml(decodeDocument(document.body, document.contentType).text, document.url);
        plan.addOpml(list, link.folder);
        next.push(...list.links.map((inner) => ({ link: { ...inner, folder: [...link.folder, ...inner.folder] }, depth: depth + 1 })));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        plan.skips.add(link.url, `the linked list could not be imported: ${message}`);
      }
    }
    queue = next;
  }
}
