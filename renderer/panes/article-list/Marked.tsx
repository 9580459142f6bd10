// Text with the words a search matched marked. Plain text throughout: the marks are ranges, never
// HTML from the index.
import type { ReactNode } from 'react';
import type { MarkedText } from '../../../shared/model';

export function Marked({ value }: { value: MarkedText }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of value.marks) {
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(<mark key={start}>{value.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(value.text.slice(at));
  return <>{parts}</>;
}
