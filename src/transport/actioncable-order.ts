/**
 * Puts numbered broadcasts back in order. ActionCable hands each broadcast to a pool of worker
 * threads (`worker_pool_size`, 4 by default), so two broadcasts sent back to back can reach the
 * browser swapped. A server that numbers its broadcasts 0, 1, 2, … in `field` gets them delivered
 * in that order, from `first` (a resumed reply starts after the last one shown); broadcasts
 * without the number pass straight through. O(1) per broadcast.
 */
export function createBroadcastOrder(field: string, deliver: (message: unknown) => void, first = 0): (message: unknown) => void {
  const waiting = new Map<number, unknown>();
  let next = first;
  return (message) => {
    const position = message && typeof message === 'object' ? (message as Record<string, unknown>)[field] : undefined;
    if (typeof position !== 'number' || !Number.isInteger(position)) {
      deliver(message);
      return;
    }
    if (position < next) return; // a repeat
    waiting.set(position, message);
    while (waiting.has(next)) {
      const ready = waiting.get(next);
      waiting.delete(next);
      next += 1;
      deliver(ready);
    }
  };
}
