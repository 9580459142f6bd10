// What the parsing pipeline produces, stage by stage. Storage maps these to rows; the UI never
// sees them (it gets shared/model.ts types).

export interface ParsedEnclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface ParsedItem {
  /** Identity within its feed: the guid, else the link, else a hash of title and content. Stable across refreshes. */
  id: string;
  /** Plain text, entities decoded once. */
  title: string;
  /** Absolute URL or null. */
  link: string | null;
  published: Date | null;
  updated: Date | null;
  author: string | null;
  /** HTML. Raw after parse; allow-list sanitized after the sanitize stage. */
  content: string;
  /** Plain-text summary for lists and cards. */
  summary: string;
  /** The whole content as plain text, for search; set by the sanitize stage. */
  text?: string;
  /** Whether an ASCII letter or digit touches a word character beyond ASCII in title, author or text (rules/mixed-words.ts); set with `text`. */
  mixedWords?: boolean;
  /** What decides whether a stored article changed (content-hash.ts); set once the item is ready to store. */
  contentHash?: string;
  /** Where `content` and `text` are in the feed's `utf8`: content from [0] to [1], text from [1] to [2]. */
  utf8Span?: [number, number, number];
  enclosures: ParsedEnclosure[];
  /** Absolute image URL for magazine/card views, or null. */
  thumbnail: string | null;
  /**
   * Base URL for relative links inside `content`: the xml:base in force after parse (or absent),
   * absolute after normalize (xml:base, else the item's link, else the feed URL).
   */
  base?: string | null;
  /** The item's categories or tags as the feed named them; absent when it names none (rules match them). */
  categories?: string[];
}

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  /** The site's home page, absolute, or null. */
  link: string | null;
  /** Polling hint from the feed (ttl / sy:updatePeriod), in minutes, or null. */
  ttlMinutes: number | null;
  items: ParsedItem[];
  /** The items' content and text as UTF-8 (content-hash.ts), so the store thread binds bytes, not strings. */
  utf8?: Uint8Array;
  /** Pictures the feed declares for itself; absent when it declares none. */
  images?: FeedImages;
}

/** URLs as the feed wrote them after parse; absolute (http and https only) after normalize. */
export interface FeedImages {
  /** Small square icons meant for lists (JSON Feed `favicon`, Atom `<icon>`), best first. */
  icons: string[];
  /** Larger pictures (JSON Feed `icon`, Atom `<logo>`, RSS `<image>`): a last resort for an icon. */
  logos: string[];
}

/** What the fetch stage hands to parse. */
export interface FetchedDocument {
  /** The final URL after redirects; relative links resolve against it. */
  url: string;
  body: Uint8Array;
  contentType: string | null;
  /**
   * Set when the body is still as the server sent it (fetchFeed's `keepEncoded`): whoever reads it
   * decodes it first (fetch/decode-body.ts), to at most `maxBytes`.
   */
  encoded?: { encoding: ContentEncoding; maxBytes: number };
}

/** The content codings a fetch asks for and can decode. */
export type ContentEncoding = 'gzip' | 'deflate' | 'br';
