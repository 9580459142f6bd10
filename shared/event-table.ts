// What the contract's two event tables (the core's events and the shell's) have in common: each
// event's payload validator, and what is derived from a table — its names, a name check, and a
// payload checked against its schema before anyone trusts it.
import type { z } from 'zod';

export interface EventSpec<Payload extends z.ZodType> {
  payload: Payload;
}

export const event = <Payload extends z.ZodType>(payload: Payload): EventSpec<Payload> => ({ payload });

type Table = Record<string, EventSpec<z.ZodType>>;

/** One event as it travels: its name and payload, kept together so the pair stays typed. */
export type EventOf<T extends Table> = { [K in keyof T & string]: { name: K; payload: z.output<T[K]['payload']> } }[keyof T & string];

export interface TableReader<T extends Table> {
  names: (keyof T & string)[];
  has(name: string): name is keyof T & string;
  /** The payload checked against its schema; null when it does not fit (a page never trusts a wire). */
  parse(name: string, payload: unknown): EventOf<T> | null;
}

export function readTable<T extends Table>(table: T): TableReader<T> {
  const has = (name: string): name is keyof T & string => Object.hasOwn(table, name);
  return {
    names: Object.keys(table) as (keyof T & string)[],
    has,
    parse(name, payload) {
      if (!has(name)) return null;
      const parsed = (table[name] as EventSpec<z.ZodType>).payload.safeParse(payload);
      return parsed.success ? ({ name, payload: parsed.data } as EventOf<T>) : null;
    },
  };
}
