// Enclosures and the card image, from every place feeds put them. rss-parser keeps one <enclosure>
// and no Media RSS at all; we read the raw nodes.
//
// Decisions: every <enclosure> (RSS) and rel="enclosure" link (Atom) is an enclosure. Media RSS
// <media:content> is an enclosure unless it is an image; images (Guardian, Google's blogs attach
// them this way) are thumbnail candidates instead, so a news item does not grow image
// "attachments". A length of 0 means "unknown" in podcast feeds, so it becomes null.

import type { ParsedEnclosure } from '../../../../electron/core/feed-types';
import { RAW } from './rss';
import { attr, children, field, nodes, textOf, type XmlNodes } from './xml-node';

export interface Media {
  enclosures: ParsedEnclosure[];
  /** As written in the feed (maybe relative), or null. */
  thumbnail: string | null;
}

interface Sized {
  url: string;
  width: number;
}

const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif|bmp)$/i;

export function readMedia(item: unknown, atomLinks: XmlNodes): Media {
  const enclosures: ParsedEnclosure[] = [];
  for (const node of nodes(field(item, RAW + 'enclosure'))) {
    pushEnclosure(enclosures, attr(node, 'url') ?? textOf(node), attr(node, 'type'), attr(node, 'length'));
  }
  for (const link of atomLinks) {
    if (attr(link, 'rel') === 'enclosure') {
      pushEnclosure(enclosures, attr(link, 'href') ?? '', attr(link, 'type'), attr(link, 'length'));
    }
  }

  const groups = nodes(field(item, RAW + 'media:group'));
  const contents = [...nodes(field(item, RAW + 'media:content')), ...groups.flatMap((g) => children(g, 'media:content'))];
  const thumbnails: Sized[] = [];
  const images: Sized[] = [];
  for (const node of [...nodes(field(item, RAW + 'media:thumbnail')), ...groups.flatMap((g) => children(g, 'media:thumbnail'))]) {
    pushSized(thumbnails, node);
  }
  for (const content of contents) {
    for (const node of children(content, 'media:thumbnail')) pushSized(thumbnails, node);
    const url = attr(content, 'url') ?? '';
    const type = attr(content, 'type');
    if (isImage(url, type, attr(content, 'medium'))) pushSized(images, content);
    else pushEnclosure(enclosures, url, type, attr(content, 'fileSize'));
  }

  const itunesImage = nodes(field(item, RAW + 'itunes:image')).map((n) => attr(n, 'href') ?? textOf(n)).find((u) => u !== '');
  const enclosureImage = enclosures.find((e) => e.type?.startsWith('image/'))?.url;
  const thumbnail = largest(thumbnails) ?? largest(images) ?? itunesImage ?? enclosureImage ?? null;
  return { enclosures, thumbnail };
}

function isImage(url: string, type: string | null, medium: string | null): boolean {
  if (medium) return medium.toLowerCase() === 'image';
  if (type) return type.toLowerCase().startsWith('image/');
  return IMAGE_PATH.test(url.replace(/[?#].*$/, ''));
}

function pushEnclosure(list: ParsedEnclosure[], url: string, type: string | null, length: string | null): void {
  if (url === '') return;
  const size = length === null ? Number.NaN : Number(length.trim());
  const enclosure: ParsedEnclosure = {
    url,
    type: type ? type.toLowerCase() : null,
    length: Number.isFinite(size) && size > 0 ? Math.floor(size) : null,
  };
  // The same file as <enclosure> and as <media:content>: one enclosure, details from either.
  const same = list.find((e) => e.url === url);
  if (!same) list.push(enclosure);
  else {
    same.type ??= enclosure.type;
    same.length ??= enclosure.length;
  }
}

function pushSized(list: Sized[], node: unknown): void {
  const url = attr(node, 'url') ?? '';
  if (url === '') return;
  const width = Number.parseInt(attr(node, 'width') ?? '', 10);
  list.push({ url, width: Number.isFinite(width) ? width : 0 });
}

/** The widest, for card views; the first when no widths are given. */
function largest(list: Sized[]): string | undefined {
  let best: Sized | undefined;
  for (const candidate of list) if (!best || candidate.width > best.width) best = candidate;
  return best?.url;
}
