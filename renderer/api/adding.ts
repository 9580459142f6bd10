// Adding a subscription from the form: what the form asks for and what it is told back. A refusal
// that "Subscribe anyway" can overrule (no feed there now) is told apart from one it cannot (not a
// web address, already subscribed).
import type { FeedSummary } from '../../shared/model';

export interface AddOptions {
  /** Subscribe even though no feed can be had there now. */
  keep: boolean;
  /** Names this add so Cancel can stop it. */
  requestId: string;
}

export type AddOutcome =
  | { kind: 'added'; feed: FeedSummary }
  | { kind: 'failed'; canKeep: boolean }
  | { kind: 'cancelled' };

export interface Adder {
  add: (url: string, folder: string, options: AddOptions) => Promise<AddOutcome>;
  cancel: (requestId: string) => void;
}

let nextRequest = 0;

export function newRequestId(): string {
  nextRequest += 1;
  return `add-${Date.now().toString(36)}-${nextRequest}`;
}
