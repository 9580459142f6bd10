// The one place a call's input is validated and its handler run. Both hosts (IPC and HTTP) go
// through here, so they accept and reject exactly the same inputs.
import { contract, type CallName, type CallOutput, type Handlers } from './contract';
import { TidingsError, toErrorBody, type CallResult } from './errors';

export async function dispatch<K extends CallName>(
  handlers: Handlers,
  name: K,
  rawInput: unknown,
): Promise<CallResult<CallOutput<K>>> {
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ');
    return { ok: false, error: { code: 'bad_input', message: `${name}: ${detail}` } };
  }
  try {
    // The compiler cannot narrow a handler by a generic key; the table's types keep them in step.
    const handler = handlers[name] as (input: unknown) => Promise<CallOutput<K>> | CallOutput<K>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toErrorBody(error) };
  }
}

export function unwrap<T>(result: CallResult<T>): T {
  if (result.ok) return result.value;
  throw new TidingsError(result.error.code, result.error.message);
}
