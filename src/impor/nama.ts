/**
 * A name not used yet: `base`, else `make(2)`, `make(3)`, … The next number is kept per name, so a
 * report that repeats one caption many times costs no more than one that does not.
 */
export function unik(base: string, used: Map<string, number>, make: (n: number) => string): string {
  let n = used.get(base);
  if (n === undefined) {
    used.set(base, 2);
    return base;
  }
  let name = make(n);
  while (used.has(name)) name = make(++n);
  used.set(base, n + 1);
  used.set(name, 2);
  return name;
}
