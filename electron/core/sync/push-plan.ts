// What the queue's read and star rows come to, item by item: only the last change of each kind
// counts, and only where the server's state differs from it. Miniflux before 2.3 toggles a state it
// is told to set again, so telling it "read" about an item read there already would unread it.
import type { QueueRow } from '../store/sync-queue';

export interface StatePlan {
  /** Long item ids to send, per change. */
  read: string[];
  unread: string[];
  star: string[];
  unstar: string[];
  /** Label name → items to label and to unlabel (the last change of each item and label). */
  labels: Map<string, { add: string[]; remove: string[] }>;
  /** Queue rows this plan settles once its changes are accepted (the no-ops among them at once). */
  rows: number[];
}

/** `unread`/`starred`: the server's sets of long item ids, read just before. */
export function planStateChanges(rows: readonly QueueRow[], unread: ReadonlySet<string>, starred: ReadonlySet<string>): StatePlan {
  const wantRead = new Map<string, boolean>();
  const wantStar = new Map<string, boolean>();
  const wantLabel = new Map<string, Map<string, boolean>>();
  const plan: StatePlan = { read: [], unread: [], star: [], unstar: [], labels: new Map(), rows: [] };
  for (const row of rows) {
    if (row.action === 'read' || row.action === 'unread') wantRead.set(row.item, row.action === 'read');
    else if (row.action === 'star' || row.action === 'unstar') wantStar.set(row.item, row.action === 'star');
    else if (row.action === 'label' || row.action === 'unlabel') {
      const label = (JSON.parse(row.payload) as { label: string }).label;
      const items = wantLabel.get(label) ?? new Map<string, boolean>();
      items.set(row.item, row.action === 'label');
      wantLabel.set(label, items);
    } else continue;
    plan.rows.push(row.id);
  }
  for (const [item, read] of wantRead) {
    const readThere = !unread.has(item);
    if (read && !readThere) plan.read.push(item);
    if (!read && readThere) plan.unread.push(item);
  }
  for (const [item, star] of wantStar) {
    const starredThere = starred.has(item);
    if (star && !starredThere) plan.star.push(item);
    if (!star && starredThere) plan.unstar.push(item);
  }
  // Labels are a set on the servers that have them (no toggling): the last wish is sent as it is.
  for (const [label, items] of wantLabel) {
    const change = { add: [] as string[], remove: [] as string[] };
    for (const [item, on] of items) (on ? change.add : change.remove).push(item);
    plan.labels.set(label, change);
  }
  return plan;
}
