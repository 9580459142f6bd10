// The handlers, each write telling the live library what it changed once it has answered (a call
// that fails tells nothing: a failed write changed nothing, by the store's transactions). An import
// writes through its own worker thread: its data_version moves are marked as ours while it runs.
import { callNames, type CallName, type Handlers } from '../../../shared/contract';
import { callEffects } from '../events/call-effects';
import type { Change } from '../events/change';
import type { LiveLibrary } from '../events/live-library';

type AnyHandler = (input: unknown) => unknown;
type AnyEffect = (input: unknown, output: unknown) => Change;

export function withEvents(handlers: Handlers, live: LiveLibrary): Handlers {
  const wrapped = { ...handlers } as unknown as Record<string, AnyHandler>;
  for (const name of callNames) {
    const effect = callEffects[name] as AnyEffect | undefined;
    if (!effect) continue;
    const handler = handlers[name] as AnyHandler;
    wrapped[name] = async (input) => {
      const output = await (workerWrites(name) ? live.ownWrite(async () => handler(input)) : handler(input));
      live.touch(effect(input, output));
      return output;
    };
  }
  return wrapped as unknown as Handlers;
}

const workerWrites = (name: CallName): boolean => name === 'importLibrary';
