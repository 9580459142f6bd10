// The same fixed work on every run, none of it Tidings' code: JSON and a regular expression over a
// megabyte of text, the kind of work a refresh does. On a machine whose speed drifts (a shared
// virtual machine), a slower figure here explains slower figures below.
import { report } from './report';

export function machineReference(): void {
  const words = 'tide harbour lantern gull ferry compass driftwood estuary shoal beacon'.split(' ');
  const text = Array.from({ length: 150_000 }, (_, index) => words[(index * 7919) % words.length]).join(' ');
  const work = (): number => {
    const document = { items: Array.from({ length: 200 }, (_, index) => ({ index, text: text.slice(index * 4000, index * 4000 + 4000) })) };
    const again = JSON.parse(JSON.stringify(document)) as typeof document;
    return again.items.reduce((sum, item) => sum + (item.text.match(/\b[a-z]{6,}\b/g)?.length ?? 0), 0);
  };
  work(); // warm
  const runs: number[] = [];
  for (let round = 0; round < 15; round++) {
    const started = performance.now();
    work();
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  report({ name: 'machine reference (fixed work, not Tidings code)', value: runs[Math.floor(runs.length / 2)] as number, unit: 'ms',
    note: 'median of 15; compare runs by this first' });
}
