// The one error the parse stage raises on purpose. Its message names the format first
// ("rss: unable to parse feed: ...") so a log line or a feed's error badge says where it broke.

import { TidingsError } from '../../../shared/errors';
import type { FeedFormat } from '../feed-types';

/** What the bytes turned out to be, including the things that are not feeds at all. */
export type SniffedFormat = FeedFormat | 'html' | 'xml' | 'unknown';

export class FeedParseError extends TidingsError {
  constructor(
    readonly format: SniffedFormat,
    detail: string,
  ) {
    super('bad_input', `${format}: unable to parse feed: ${detail}`);
    this.name = 'FeedParseError';
  }
}
