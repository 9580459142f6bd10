// Why a call to a sync server failed, in the terms the account shows a person.

export type SyncErrorKind =
  /** The server refused our login or token: the person must sign in again. */
  | 'auth'
  /** The server could not be reached or took too long. */
  | 'network'
  /** The server answered with an error of its own (5xx, or a 4xx it explains). */
  | 'server'
  /** The server answered something that is not the Google Reader API. */
  | 'protocol';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}
