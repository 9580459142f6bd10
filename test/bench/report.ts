// Prints bench figures beside their targets, one line each, and keeps them for a JSON summary.

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** "≤" targets are ceilings, "≥" targets are floors. */
  target?: { op: '≤' | '≥'; value: number };
  note?: string;
}

export const figures: Figure[] = [];

export function report(figure: Figure): void {
  figures.push(figure);
  const value = `${round(figure.value)} ${figure.unit}`;
  let verdict = '';
  if (figure.target) {
    const met = figure.target.op === '≤' ? figure.value <= figure.target.value : figure.value >= figure.target.value;
    verdict = `target ${figure.target.op} ${figure.target.value} ${figure.unit}  ${met ? 'met' : 'MISSED'}`;
  }
  console.log(`  ${figure.name.padEnd(44)} ${value.padStart(16)}   ${verdict}${figure.note ? `  (${figure.note})` : ''}`);
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}
