// Errors from calls, turned into one line a person can read. The newest error wins, and it goes
// away once an action the person starts after it succeeds: an old failure is not left standing
// over things that now work.
import { useCallback, useRef, useState } from 'react';
import { TidingsError } from '../../shared/errors';
import { useActionSucceeded } from './context';

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
  const shownAt = useRef(0);
  const report = useCallback<Report>((cause, doing) => {
    const message = messageOf(cause);
    shownAt.current = performance.now();
    setError(doing ? `${doing}: ${message}` : message);
  }, []);
  const dismiss = useCallback(() => setError(null), []);
  useActionSucceeded((_name, startedAt) => {
    if (startedAt > shownAt.current) setError(null);
  });
  return { error, report, dismiss };
}
