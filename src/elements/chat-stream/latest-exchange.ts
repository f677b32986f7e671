import type { MessageAtom } from '../../store/chat.js';
import type { HistoryController } from './history-controller.js';
import type { ScrollController } from './scroll-controller.js';

export interface LatestExchangeOptions {
  history: HistoryController;
  scroller: ScrollController;
  /** `anchor="top"`: a new question's start goes to the top of the view. */
  anchoredTop: () => boolean;
  /** The last user message's row (a stable getter: the scroller keeps it as its target). */
  lastUserRow: () => Element | undefined;
}

/**
 * When the view goes to the latest exchange (pinned to the end, or the latest question at the top):
 * as a new request starts, and as another conversation is shown. The host calls `check` before
 * each render, so the move happens before the controllers' own updates, as it always has.
 */
export class LatestExchange {
  /** The newest reply seen asked for: a new one brings the view to the latest. */
  private lastReply?: MessageAtom;

  constructor(private readonly options: LatestExchangeOptions) {}

  /** Another conversation opens at its latest exchange, even when the reader had scrolled up in the one it replaces. */
  reset(messages: readonly MessageAtom[]): void {
    this.lastReply = messages.at(-1);
    this.show(this.options.anchoredTop());
  }

  /** A new request (send, retry, or the store's own methods) brings the view to the latest exchange. */
  check(messages: readonly MessageAtom[]): void {
    const last = messages.at(-1);
    if (last && last !== this.lastReply && last.get().status === 'pending') {
      this.lastReply = last;
      this.show(this.options.anchoredTop());
    }
  }

  /** Brings the view to the latest exchange, letting go of earlier messages. */
  show(anchored: boolean): void {
    this.options.history.trim();
    if (anchored) this.options.scroller.anchorTop(this.options.lastUserRow);
    else this.options.scroller.toEnd();
  }
}
