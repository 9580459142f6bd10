// A web page to the article in it: bytes decoded by the feed parser's charset rules, parsed with
// linkedom, reduced by Readability, then sanitized by the same allow-list as feed content, so the
// database holds only safe HTML whatever the page carried. Pure CPU work: runs in a worker thread.
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { createRequire } from 'node:module';
import type { FetchedDocument } from '../feed-types';
import { decodeDocument } from '../parse/charset';
import { htmlToText, sanitizeHtml } from '../sanitize';

export type Extraction =
  | { ok: true; html: string; text: string; title: string | null }
  | { ok: false; reason: string };

const htmlTypes = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

interface PageLibraries {
  parseHTML: typeof ParseHtml;
  Readability: typeof ReadabilityClass;
}

let libraries: PageLibraries | null = null;

/**
 * linkedom and Readability, loaded on the first page: linkedom alone takes a third of a second to
 * load, which every command would pay at its start for full text it mostly never reads.
 */
function pageLibraries(): PageLibraries {
  if (libraries === null) {
    const load = createRequire(import.meta.url);
    libraries = {
      parseHTML: (load('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
      Readability: (load('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
    };
  }
  return libraries;
}

export function extractArticle(page: FetchedDocument): Extraction {
  const { parseHTML, Readability } = pageLibraries();
  if (page.contentType && !htmlTypes.test(page.contentType)) {
    return { ok: false, reason: `not a web page (${page.contentType.split(';')[0]?.trim()})` };
  }
  const { text: source } = decodeDocument(page.body, page.contentType);
  const { document } = parseHTML(source);
  const base = baseUrlOf(document, page.url);
  // Readability's own typings want the DOM's Document; linkedom's is close enough for it to read.
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const html = sanitizeHtml(article?.content ?? '', base);
  const text = htmlToText(html);
  if (text === '') return { ok: false, reason: 'no readable article on the page' };
  return { ok: true, html, text, title: article?.title?.trim() || null };
}

/** The page's <base href> if it has a usable one, else the page's own address. */
function baseUrlOf(document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null }, pageUrl: string): string {
  const href = document.querySelector('base[href]')?.getAttribute('href');
  if (!href) return pageUrl;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}
