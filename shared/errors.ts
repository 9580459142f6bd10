// Errors that cross the boundary. The code is for programs, the message is for people.

export const errorCodes = [
  'bad_input',
  'not_found',
  'unauthorized',
  'forbidden',
  'unknown_call',
  'conflict',
  /** The library cannot be written just now (disk full, read-only, I/O error); nothing was changed. */
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
}

/** An error the core raises on purpose; its message is safe to show to the user. */
export class TidingsError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TidingsError';
  }
}

export function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof TidingsError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
}

/** What one call answers over any transport: a value or an error, never a thrown exception. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
