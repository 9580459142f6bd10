// "1 new article", "2 new articles": every count the CLI prints goes through here.
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
