// Short notices at the foot of the window ("Unsubscribed from X — Undo", "Sharing comes in a later
// version"). One at a time: a new notice settles the one before it, so an undo window is never
// left open behind another message.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  message: string;
  action?: ToastAction;
}

interface Live extends Toast {
  /** Runs when the toast goes away without its action being taken. */
  settle?: () => void;
}

export interface ToastOptions {
  action?: ToastAction;
  settle?: () => void;
  ms?: number;
}

export interface ToastsState {
  toast: Toast | null;
  show: (message: string, options?: ToastOptions) => void;
  /** Takes the toast's action (e.g. Undo). */
  act: () => void;
  dismiss: () => void;
  /** Settles whatever is pending now (the page is going away). */
  flush: () => void;
}

export function useToasts(): ToastsState {
  const [toast, setToast] = useState<Live | null>(null);
  const live = useRef<Live | null>(null);
  const timer = useRef(0);
  const ids = useRef(0);

  const finish = useCallback((acted: boolean) => {
    window.clearTimeout(timer.current);
    const current = live.current;
    live.current = null;
    setToast(null);
    if (!current) return;
    if (acted) current.action?.run();
    else current.settle?.();
  }, []);

  const show = useCallback(
    (message: string, options: ToastOptions = {}) => {
      finish(false);
      const next: Live = { id: ++ids.current, message, ...options };
      live.current = next;
      setToast(next);
      timer.current = window.setTimeout(() => finish(false), options.ms ?? (options.action ? 8000 : 4000));
    },
    [finish],
  );

  const act = useCallback(() => finish(true), [finish]);
  const dismiss = useCallback(() => finish(false), [finish]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { toast, show, act, dismiss, flush: dismiss };
}
