// Line and column (both from 1) of an offset, for error messages. Counted only when an error is
// raised, so the scan itself never tracks lines.

export interface Position {
  line: number;
  column: number;
}

export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export const where = (position: Position): string => `line ${position.line}, column ${position.column}`;
