const warned = new Set<string>();

/** `console.warn`s `message` the first time `key` is seen on this page, never again. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}
