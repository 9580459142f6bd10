// Enclosures and the card image, from every place feeds put them.
//
// Decisions: every <enclosure> (RSS) and rel="enclosure" link (Atom) is an enclosure. Media RSS
// <media:content> is an enclosure unless it is an image; images (Guardian, Google's blogs attach
// them this way) are thumbnail candidates instead, so a news item does not grow image
// "attachments". A length of 0 means "unknown" in podcast feeds, so it becomes null.

import type { ParsedEnclosure } from '../feed-types';
import { attr, childrenNamed, textOf } from './xml-read';
import type { XmlElement } from './xml-tree';

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

/** An item's children that can carry media, gathered in one pass (most items have none). */
interface MediaNodes {
  enclosures: XmlElement[];
  groups: XmlElement[];
  contents: XmlElement[];
  thumbnails: XmlElement[];
  itunesImages: XmlElement[];
}

function mediaNodes(item: XmlElement): MediaNodes | null {
  let nodes: MediaNodes | null = null;
  const children = item.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as XmlElement;
    const list = MEDIA_NAMES.get(child.name);
    if (list === undefined) continue;
    nodes ??= { enclosures: [], groups: [], contents: [], thumbnails: [], itunesImages: [] };
    nodes[list].push(child);
  }
  return nodes;
}

const MEDIA_NAMES: ReadonlyMap<string, keyof MediaNodes> = new Map([
  ['enclosure', 'enclosures'],
  ['media:group', 'groups'],
  ['media:content', 'contents'],
  ['media:thumbnail', 'thumbnails'],
  ['itunes:image', 'itunesImages'],
]);

export function readMedia(item: XmlElement, atomLinks: readonly XmlElement[]): Media {
  const enclosures: ParsedEnclosure[] = [];
  const nodes = mediaNodes(item);
  for (const node of nodes?.enclosures ?? []) {
    pushEnclosure(enclosures, attr(node, 'url') ?? textOf(node), attr(node, 'type'), attr(node, 'length'));
  }
  for (const link of atomLinks) {
    if (attr(link, 'rel') === 'enclosure') {
      pushEnclosure(enclosures, attr(link, 'href') ?? '', attr(link, 'type'), attr(link, 'length'));
    }
  }
  if (nodes === null) return { enclosures, thumbnail: enclosureImage(enclosures) };

  // In the order they always had: the item's own, then each group's.
  const contents = nodes.contents;
  const thumbnailNodes = nodes.thumbnails;
  for (const group of nodes.groups) {
    for (const node of childrenNamed(group, 'media:content')) contents.push(node);
  }
  for (const group of nodes.groups) {
    for (const node of childrenNamed(group, 'media:thumbnail')) thumbnailNodes.push(node);
  }
  const thumbnails: Sized[] = [];
  const images: Sized[] = [];
  for (const node of thumbnailNodes) pushSized(thumbnails, node);
  for (const content of contents) {
    for (const node of childrenNamed(content, 'media:thumbnail')) pushSized(thumbnails, node);
    const url = attr(content, 'url') ?? '';
    const type = attr(content, 'type');
    if (isImage(url, type, attr(content, 'medium'))) pushSized(images, content);
    else pushEnclosure(enclosures, url, type, attr(content, 'fileSize'));
  }

  const thumbnail = largest(thumbnails) ?? largest(images) ?? itunesImage(nodes.itunesImages) ?? enclosureImage(enclosures) ?? null;
  return { enclosures, thumbnail };
}

function itunesImage(nodes: readonly XmlElement[]): string | undefined {
  for (const node of nodes) {
    const url = attr(node, 'href') ?? textOf(node);
    if (url !== '') return url;
  }
  return undefined;
}

function enclosureImage(enclosures: readonly ParsedEnclosure[]): string | null {
  for (const enclosure of enclosures) if (enclosure.type?.startsWith('image/')) return enclosure.url;
  return null;
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

function pushSized(list: Sized[], node: XmlElement): void {
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
