// What cli.ts must know of `tidings rules` before it loads the command: its flags and whether it
// writes. Apart from the command's code, so that deciding loads none of it.

/** The flags each form takes (cli.ts refuses any other). */
export function rulesFlags([what]: readonly string[]): readonly string[] {
  return what === 'move' ? ['to', 'json'] : ['json'];
}

/** Listing and trying only read. */
export function rulesAccess(positionals: readonly string[]): 'read' | 'write' {
  const what = positionals[0];
  return what === undefined || what === 'test' ? 'read' : 'write';
}
