// One id per item, stable across refreshes: the feed's own id (guid, Atom id, JSON Feed id), else
// the link, else a hash of what the item says. The hash uses the title and content exactly as the
// feed sent them, so a change to how we clean titles never changes an id.

import { createHash } from 'node:crypto';

export function itemId(feedId: string, link: string | null, rawTitle: string, rawContent: string): string {
  const own = feedId.trim();
  if (own !== '') return own;
  if (link) return link;
  return createHash('sha256').update(`${rawTitle}\n${rawContent}`).digest('hex');
}
