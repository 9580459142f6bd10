// Opening the core for one command and calling the contract through the same handlers the UI uses.
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { Core } from '../core/core';
import { openCliCore, type Context } from './context';

export async function call<K extends CallName>(core: Core, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return unwrap(await dispatch(core.handlers, name, input));
}

/** The outbox and icons are left to the app: a command that ends in a moment would cut them short. */
export async function withCliCore<T>(context: Context, work: (core: Core) => Promise<T>): Promise<T> {
  const core = openCliCore(context, { outbox: { run: false }, icons: false });
  for (const notice of core.notices) process.stderr.write(`tidings: warning: ${notice.message}\n`);
  try {
    return await work(core);
  } finally {
    core.close();
  }
}
