import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChatMessageElement } from '../chat-message/chat-message.js';

/** Messages rendered when a history opens: about a view's worth; the sentinel adds the rest after the first paint. */
const FIRST = 12;
/** Messages added per step: few enough that rendering them (markdown included) fits well inside one frame. */
const BATCH = 4;
/** How far above the view the next batch starts rendering, so it is ready before it is scrolled to. */
const AHEAD = '150% 0px 0px 0px';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Renders a long history a window at a time: the newest messages at first, earlier ones in small
 * batches as the reader scrolls up (an IntersectionObserver watches the "Show earlier messages"
 * button, the sentinel above the oldest rendered message), keeping what the reader sees in place.
 * Messages that arrive later are not history: they always render.
 */
export class HistoryWindow implements ReactiveController {
  /** Leading messages not rendered yet. */
  hidden = 0;
  private viewport?: HTMLElement;
  private sentinel?: Element;
  private observer?: IntersectionObserver;
  private loading = false;
  private queued = false;
  /** Bumped by `reset`, so a batch still settling for a previous history does not touch the new one. */
  private generation = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** A new history of `length` messages: show its newest ones. */
  reset(length: number): void {
    this.generation += 1;
    this.hidden = Math.max(0, length - FIRST);
    this.loading = false;
    this.queued = false;
    this.host.requestUpdate();
  }

  /** Keeps the window inside a list that shrank (`clear()` empties it, `retry()` trims its end). */
  fit(length: number): void {
    if (length === 0 && this.hidden > 0) this.reset(0);
    else this.hidden = Math.min(this.hidden, length);
  }

  /** The messages to render. */
  shown<T>(all: readonly T[]): readonly T[] {
    return this.hidden > 0 ? all.slice(this.hidden) : all;
  }

  /** Watches `sentinel` (the "Show earlier messages" button) coming near the top of `viewport`. */
  watch(viewport: HTMLElement | undefined, sentinel: Element | undefined): void {
    if (viewport !== this.viewport) {
      this.observer?.disconnect();
      this.observer = viewport ? new IntersectionObserver(this.onIntersect, { root: viewport, rootMargin: AHEAD }) : undefined;
      this.viewport = viewport;
      this.sentinel = undefined;
    }
    if (sentinel === this.sentinel) return;
    if (this.sentinel) this.observer?.unobserve(this.sentinel);
    this.sentinel = sentinel;
    if (sentinel) this.observer?.observe(sentinel);
  }

  /**
   * Renders the next batch of earlier messages above the oldest one shown, and keeps the content
   * below it where it was on screen. Resolves once the batch is rendered and in place.
   */
  async showEarlier(): Promise<void> {
    const viewport = this.viewport;
    if (!viewport || this.hidden === 0) return;
    if (this.loading) {
      // A press while the observer's batch settles still counts.
      this.queued = true;
      return;
    }
    this.loading = true;
    const generation = this.generation;
    const oldest = viewport.querySelector<ChatMessageElement>('chat-message');
    const before = oldest ? offsetIn(oldest, viewport) : 0;
    const hadFocus = this.sentinel !== undefined && this.host.renderRoot instanceof ShadowRoot && this.host.renderRoot.activeElement === this.sentinel;
    // One anchoring mechanism in every browser (Safari has no CSS scroll anchoring): ours. Set on
    // the content, not the scroller, so a page styling ::part(log) cannot turn the browser's back on.
    const content = viewport.firstElementChild as HTMLElement | null;
    content?.style.setProperty('overflow-anchor', 'none');
    // Old messages are not news: the live region does not read them out as they are added.
    viewport.setAttribute('aria-live', 'off');
    try {
      const count = Math.min(BATCH, this.hidden);
      this.hidden -= count;
      this.host.requestUpdate();
      await this.host.updateComplete;
      const added = [...viewport.querySelectorAll<ChatMessageElement>('chat-message')].slice(0, count);
      // Each message renders on the next frame; its height is final once it has.
      await Promise.all(added.map((message) => message.updateComplete));
      if (generation !== this.generation) return;
      if (oldest?.isConnected) viewport.scrollTop += offsetIn(oldest, viewport) - before;
      if (hadFocus && this.hidden === 0) viewport.focus({ preventScroll: true });
      await nextFrame();
    } finally {
      content?.style.removeProperty('overflow-anchor');
      viewport.setAttribute('aria-live', 'polite');
    }
    if (generation !== this.generation) return;
    this.loading = false;
    if (this.queued) {
      this.queued = false;
      await this.showEarlier();
    } else if (this.sentinel && this.observer) {
      // Observers report changes only: observing again reports whether the sentinel is still near.
      this.observer.unobserve(this.sentinel);
      this.observer.observe(this.sentinel);
    }
  }

  // Arrow function: the IntersectionObserver callback needs `this`.
  private readonly onIntersect = (entries: IntersectionObserverEntry[]) => {
    if (entries.some((entry) => entry.isIntersecting)) void this.showEarlier();
  };

  hostConnected(): void {
    // A moved element (disconnected, then connected again) re-renders, and so observes its sentinel again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.viewport = undefined;
    this.sentinel = undefined;
  }
}

/** Where `element` sits in the scrolled content, whatever the scroll position. */
function offsetIn(element: Element, viewport: HTMLElement): number {
  return element.getBoundingClientRect().top - viewport.getBoundingClientRect().top + viewport.scrollTop;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
