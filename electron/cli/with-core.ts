// How a command reaches the core: opened for the one command, the same handlers the UI uses, closed
// at the end whatever happens.
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { Core } from '../core/core';
import { openCliCore, type Context } from './context';

export async function call<K extends CallName>(core: Core, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return unwrap(await dispatch(core.handlers, name, input));
}

export async function withCore<T>(context: Context, work: (core: Core) => Promise<T>, options: { icons?: boolean } = {}): Promise<T> {
  // The CLI delivers the outbox only when asked (`tidings outbox --deliver`): a command that ends in a
  // moment would otherwise cut a delivery short.
  const core = openCliCore(context, { outbox: { run: false }, ...(options.icons === false ? { icons: false } : {}) });
  for (const notice of core.notices) process.stderr.write(`tidings: warning: ${notice.message}\n`);
  try {
    return await work(core);
  } finally {
    core.close();
  }
}
