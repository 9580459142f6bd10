// A display clock: the time now, again every `everyMs`, so relative times ("next try in 40 s") move
// while they are on show. It fetches nothing (what changes in the library arrives as live events);
// one timer per mounted view that shows such times, gone when the view goes.
import { useEffect, useState } from 'react';

export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
