// The library's subscriptions as OPML 2.0, nested as the folders are, in the library's order.
// What readOpml reads back is what was written: folders (empty ones too), order, titles, feed and
// site addresses. Feeds that only hold imported items are not subscriptions and are left out.
import type { SubscriptionTree } from '../../store';
import { escapeAttribute, escapeText } from '../xml/entities';

interface Node {
  position: number;
  id: number;
  write(indent: string, out: string[], depth: number): void;
}

const MAX_DEPTH = 90;

export function writeOpml(tree: SubscriptionTree, now: Date, title = 'Tidings subscriptions'): string {
  const children = new Map<number | null, Node[]>();
  const add = (parent: number | null, node: Node): void => {
    children.set(parent, [...(children.get(parent) ?? []), node]);
  };
  const folderIds = new Set(tree.folders.map((folder) => folder.id));
  const writeChildren = (parent: number | null, indent: string, out: string[], depth: number): void => {
    const nodes = [...(children.get(parent) ?? [])].sort((a, b) => a.position - b.position || a.id - b.id);
    for (const node of nodes) node.write(indent, out, depth);
  };
  for (const folder of tree.folders) {
    // A parent that does not exist (or a corrupted cycle) puts the folder at the top.
    const parent = folder.parentId !== null && folderIds.has(folder.parentId) && folder.parentId !== folder.id ? folder.parentId : null;
    add(parent, {
      position: folder.position,
      id: folder.id,
      write: (indent, out, depth) => {
        const name = escapeAttribute(folder.name);
        if (!children.has(folder.id) || depth >= MAX_DEPTH) {
          out.push(`${indent}<outline text="${name}" title="${name}"/>`);
          return;
        }
        out.push(`${indent}<outline text="${name}" title="${name}">`);
        writeChildren(folder.id, `${indent}  `, out, depth + 1);
        out.push(`${indent}</outline>`);
      },
    });
  }
  for (const feed of tree.feeds) {
    const parent = feed.folderId !== null && folderIds.has(feed.folderId) ? feed.folderId : null;
    add(parent, {
      position: feed.position,
      id: feed.id,
      write: (indent, out) => {
        const text = escapeAttribute(feed.title || feed.url);
        const site = feed.siteUrl ? ` htmlUrl="${escapeAttribute(feed.siteUrl)}"` : '';
        out.push(`${indent}<outline type="rss" text="${text}" title="${text}" xmlUrl="${escapeAttribute(feed.url)}"${site}/>`);
      },
    });
  }
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeText(title)}</title>`,
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '    <docs>http://opml.org/spec2.opml</docs>',
    '  </head>',
    '  <body>',
  ];
  writeChildren(null, '    ', out, 0);
  out.push('  </body>', '</opml>', '');
  return out.join('\n');
}
