import type { ToolCallDelta } from '../types.js';

/**
 * The tool calls of one reply that have started but not completed, so an adapter can mark the
 * rest complete when the reply ends. Insertion-ordered, so completions keep the calls' order.
 */
export class OpenToolCalls {
  private readonly open = new Set<string>();
  private readonly seen = new Set<string>();

  /** Records a call; returns true the first time its id is seen. */
  start(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    this.open.add(id);
    return true;
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }

  isOpen(id: string): boolean {
    return this.open.has(id);
  }

  /** Marks one call complete; returns the delta to emit, or undefined when it already was. */
  complete(id: string): ToolCallDelta | undefined {
    if (!this.open.delete(id)) return undefined;
    return { id, status: 'complete' };
  }

  /** Completes every call still open; the deltas to emit (empty when none). */
  completeAll(): ToolCallDelta[] {
    const deltas: ToolCallDelta[] = [];
    for (const id of this.open) deltas.push({ id, status: 'complete' });
    this.open.clear();
    return deltas;
  }
}
