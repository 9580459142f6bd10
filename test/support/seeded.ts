// Random test inputs that are the same on every run: a linear congruential generator from a seed,
// answering "a whole number below n" (the tests that compare two implementations on made-up texts).
export function seededPicker(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}
