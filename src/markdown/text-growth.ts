/** How much of the previous text is compared to decide that new text only appends to it. */
const CHECKED_TAIL = 256;
const CHECKED_HEAD = 64;

/**
 * Whether `next` is `previous` with text appended. Streaming content only grows, so this compares
 * the head and the last 256 characters instead of the whole string, keeping per-frame work
 * independent of the message's length. A rewrite that keeps both ends and the length-prefix
 * unchanged would be missed; nothing that streams does that.
 */
export function extendsText(previous: string, next: string): boolean {
  if (next === previous) return true;
  const length = previous.length;
  if (next.length < length) return false;
  const from = Math.max(0, length - CHECKED_TAIL);
  return next.slice(from, length) === previous.slice(from) && next.slice(0, Math.min(CHECKED_HEAD, length)) === previous.slice(0, CHECKED_HEAD);
}
