import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { CallName, Client } from '../../shared/contract';

/** Told when a call the person made went through: its name and when it started (performance.now()). */
export type SuccessListener = (name: CallName, startedAt: number) => void;

interface ClientContextValue {
  client: Client;
  listeners: Set<SuccessListener>;
}

const ClientContext = createContext<ClientContextValue | null>(null);

/** Reads (listing, getting, searching) and polls run without the person asking; they say nothing about an action. */
const isRead = (name: string): boolean => /^(list|get|search|discover)/.test(name);

function signallingSuccess(client: Client, listeners: Set<SuccessListener>): Client {
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, call] of Object.entries(client) as [CallName, (input: unknown) => Promise<unknown>][]) {
    wrapped[name] = isRead(name)
      ? call
      : async (input) => {
          const startedAt = performance.now();
          const value = await call(input);
          for (const listener of listeners) listener(name, startedAt);
          return value;
        };
  }
  return wrapped as unknown as Client;
}

export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  const value = useMemo(() => {
    const listeners = new Set<SuccessListener>();
    return { client: signallingSuccess(client, listeners), listeners };
  }, [client]);
  return <ClientContext.Provider value={value}>{children}</ClientContext.Provider>;
}

function useClientContext(): ClientContextValue {
  const value = useContext(ClientContext);
  if (!value) throw new Error('useClient outside <ClientProvider>');
  return value;
}

export function useClient(): Client {
  return useClientContext().client;
}

/** Calls `listener` after every action (a call that is not a read) that succeeds. */
export function useActionSucceeded(listener: SuccessListener): void {
  const { listeners } = useClientContext();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    const relay: SuccessListener = (name, startedAt) => latest.current(name, startedAt);
    listeners.add(relay);
    return () => void listeners.delete(relay);
  }, [listeners]);
}
