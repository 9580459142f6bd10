// V8 optimizes typed-array code on the promise that no ArrayBuffer has ever been detached; the first
// transfer in an isolate breaks that promise once and for all, and every function that relied on
// it is thrown away and compiled again. A parse worker transfers every feed it reads (packed-feed.ts),
// so its first transfer came a few feeds in, just as htmlparser2's tokenizer and the entity decoder
// had been optimized: both were compiled twice in each fresh worker (seen with
// --trace-protector-invalidation and --trace-opt). Detaching a throwaway buffer before any code runs
// hot breaks the promise while there is nothing yet to throw away.
export function detachOnceEarly(): void {
  const buffer = new ArrayBuffer(1);
  structuredClone(buffer, { transfer: [buffer] });
}
