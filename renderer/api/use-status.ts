// Errors from calls, turned into one line a person can read. The newest error wins.
import { useCallback, useState } from 'react';
import { TidingsError } from '../../shared/errors';

export type Report = (error: unknown, doing?: string) => void;

export function messageOf(error: unknown): string {
  if (error instanceof TidingsError && error.code === 'unauthorized') {
    return 'Not authorized. Open the newest link `tidings serve` printed; each link opens Tidings once.';
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

export function useStatus() {
  const [error, setError] = useState<string | null>(null);
  const report = useCallback<Report>((cause, doing) => {
    const message = messageOf(cause);
    setError(doing ? `${doing}: ${message}` : message);
  }, []);
  const dismiss = useCallback(() => setError(null), []);
  return { error, report, dismiss };
}
