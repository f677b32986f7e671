import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How close to the bottom (px) still counts as "reading the newest text". */
const NEAR_BOTTOM = 32;

/**
 * Keeps a scrolling log pinned to its newest text while the reader is at the bottom, lets go when
 * they scroll up, and tells the host whether to offer "jump to latest".
 */
export class ScrollPinController implements ReactiveController {
  /** True while the view follows new text. */
  pinned = true;
  private viewport?: HTMLElement;
  private resizeObserver?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts watching `viewport` (the scroller) and `content` (what grows inside it). */
  observe(viewport: HTMLElement, content: HTMLElement): void {
    if (this.viewport === viewport) return;
    this.viewport = viewport;
    viewport.addEventListener('scroll', this.onScroll, { passive: true });
    // ResizeObserver reports at most once per frame, after layout: one scroll write per frame.
    this.resizeObserver = new ResizeObserver(() => {
      if (this.pinned) this.scrollToEnd();
    });
    this.resizeObserver.observe(content);
  }

  scrollToEnd(): void {
    const viewport = this.viewport;
    if (!viewport) return;
    viewport.scrollTop = viewport.scrollHeight;
    this.setPinned(true);
  }

  /** Puts `element`'s top at the top of the view and stops following (long answers read from the start). */
  anchorTop(element: HTMLElement): void {
    const viewport = this.viewport;
    if (!viewport) return;
    this.setPinned(false);
    viewport.scrollTop = element.getBoundingClientRect().top - viewport.getBoundingClientRect().top + viewport.scrollTop;
  }

  // Arrow function: a stable identity for add/removeEventListener.
  private onScroll = () => {
    const viewport = this.viewport;
    if (!viewport) return;
    const distance = viewport.scrollHeight - viewport.clientHeight - viewport.scrollTop;
    this.setPinned(distance <= NEAR_BOTTOM);
  };

  private setPinned(pinned: boolean) {
    if (pinned === this.pinned) return;
    this.pinned = pinned;
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.viewport?.removeEventListener('scroll', this.onScroll);
    this.resizeObserver?.disconnect();
    this.viewport = undefined;
    this.resizeObserver = undefined;
  }
}
