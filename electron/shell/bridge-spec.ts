// What the preload needs to build window.tidings: every contract call's name and IPC channel, and
// the channels of the core's and the shell's events. The main process derives it from the contract (bridge-contract.ts) and
// hands it to the preload on its command line (webPreferences.additionalArguments, which Electron
// documents for this: small data for a sandboxed preload, which can read process.argv). So the
// preload does not bundle the contract, whose zod validators are 700 KB it never runs: the core
// validates every call. Imports nothing, so the preload stays small.

export interface BridgeSpec {
  /** Call name → IPC channel. */
  calls: Record<string, string>;
  /** Live event name → IPC channel (the contract's events table). */
  events: Record<string, string>;
  /** Shell event name → IPC channel (the contract's shellEvents table). */
  shellEvents: Record<string, string>;
  /** Page → shell: "I listen for this shell event now". */
  listeningChannel: string;
}

const prefix = '--tidings-bridge=';

/** The one command-line argument that carries the spec (URI-encoded: no quoting trouble on any OS). */
export function bridgeArgument(spec: BridgeSpec): string {
  return prefix + encodeURIComponent(JSON.stringify(spec));
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((entry) => typeof entry === 'string');

/** The spec from a renderer's argv; throws, saying so, when it is missing or damaged. */
export function bridgeSpecFrom(argv: readonly string[]): BridgeSpec {
  const argument = argv.find((arg) => arg.startsWith(prefix));
  if (!argument) throw new Error('Tidings preload: the window was opened without its bridge argument');
  const spec: unknown = JSON.parse(decodeURIComponent(argument.slice(prefix.length)));
  if (
    typeof spec !== 'object' ||
    spec === null ||
    !('calls' in spec && isStringRecord(spec.calls)) ||
    !('events' in spec && isStringRecord(spec.events)) ||
    !('shellEvents' in spec && isStringRecord(spec.shellEvents)) ||
    !('listeningChannel' in spec && typeof spec.listeningChannel === 'string')
  ) {
    throw new Error('Tidings preload: the bridge argument is not a bridge spec');
  }
  return { calls: spec.calls, events: spec.events, shellEvents: spec.shellEvents, listeningChannel: spec.listeningChannel };
}
