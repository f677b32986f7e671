/**
 * One IntersectionObserver shared by every message that waits to be seen: a long history renders
 * only what scrolls into view (plus a margin), instead of thousands of messages at once.
 */
const waiting = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const reveal = waiting.get(entry.target);
        waiting.delete(entry.target);
        observer?.unobserve(entry.target);
        reveal?.();
      }
    },
    // Start a little before a message reaches the view, so a scroll rarely shows it empty.
    { rootMargin: '50% 0px' },
  );
  return observer;
}

/** Calls `reveal` once, when `element` first comes near the view. */
export function revealWhenSeen(element: Element, reveal: () => void): void {
  if (waiting.has(element)) return;
  waiting.set(element, reveal);
  shared().observe(element);
}

/** Stops waiting for `element` (it was removed, or rendered for another reason). */
export function stopWaiting(element: Element): void {
  if (!waiting.delete(element)) return;
  observer?.unobserve(element);
}
