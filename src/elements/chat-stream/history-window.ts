import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';
import type { ChatMessageElement } from '../chat-message/chat-message.js';
import type { Message } from '../../types.js';

/** How many views of history render at first; the rest is added as the reader scrolls up. */
const FIRST_VIEWS = 2;
/** Bounds on the first window, whatever the estimate says. */
const FIRST_MIN = 4;
const FIRST_MAX = 40;
/** Messages a press of "Show earlier messages" adds. */
const PRESS = 4;
/** Earlier messages rendered beyond the first window before `trim` lets go of them. */
const TRIM_SLACK = 40;
/** How far above the view (in views) earlier messages are rendered ahead of the reader. */
const AHEAD = 1.5;
/** The longest wait for an idle moment before adding the next message anyway. */
const IDLE_TIMEOUT_MS = 100;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Renders a long history a window at a time: about two views of its newest messages at first,
 * then earlier ones as the reader scrolls up, one message per frame in idle time, before they
 * are needed (an IntersectionObserver watches the "Show earlier messages" button, the sentinel
 * above the oldest rendered message). What the reader sees stays where it is as messages are
 * added above it. Messages that arrive later are not history: they always render.
 */
export class HistoryWindow implements ReactiveController {
  /** Leading messages not rendered yet. */
  hidden = 0;
  private viewport?: HTMLElement;
  private sentinel?: Element;
  private observer?: IntersectionObserver;
  private resizeObserver?: ResizeObserver;
  /** A message to keep where it is on screen while earlier ones are added, and where it sits in the content. */
  private hold?: { element: Element; offset: number };
  private loading = false;
  /** A history given but not sized yet: sized at the next render, when the element's size is known. */
  private pending?: readonly ReadableAtom<Message>[];
  /** The messages of the history given (later ones are not windowed). */
  private history = new WeakSet<ReadableAtom<Message>>();
  /** Messages asked for by presses of the button and not added yet. */
  private requested = 0;
  /** Bumped by `reset`, so work still under way for a previous history stops. */
  private generation = 0;
  /** Whether the sentinel's nearness must be reported again (the window changed under it). */
  private recheck = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** A new history: show its newest messages, about `FIRST_VIEWS` views of them. */
  reset(history: readonly ReadableAtom<Message>[]): void {
    this.cancel();
    this.pending = history;
    this.history = new WeakSet(history);
    this.hidden = 0;
    this.host.requestUpdate();
  }

  /**
   * The reader went back to the latest messages: let go of the earlier ones rendered since, so a
   * reply streams next to a small DOM again (after scrolling through 2,000 messages, every frame
   * of a reply lays out and paints them all).
   */
  trim(list: readonly ReadableAtom<Message>[]): void {
    let length = 0;
    while (length < list.length && this.history.has(list[length])) length += 1;
    const hidden = length - firstWindow(list.slice(0, length), this.host);
    if (hidden - this.hidden <= TRIM_SLACK) return;
    this.cancel();
    this.hidden = hidden;
    this.host.requestUpdate();
  }

  /** Call before each render: sizes a new history's first window, and keeps the window inside a list that shrank (`clear()`, `retry()`). */
  fit(length: number): void {
    if (this.pending) {
      this.hidden = this.pending.length - firstWindow(this.pending, this.host);
      this.pending = undefined;
    }
    // Cleared: whatever was still being added belongs to the old conversation.
    if (length === 0 && this.hidden > 0) this.cancel();
    this.hidden = Math.min(this.hidden, length);
  }

  /** Stops adding earlier messages; a run under way sees the new generation and ends. */
  private cancel() {
    this.generation += 1;
    this.loading = false;
    this.requested = 0;
    this.recheck = true;
  }

  /** The messages to render. */
  shown<T>(all: readonly T[]): readonly T[] {
    return this.hidden > 0 ? all.slice(this.hidden) : all;
  }

  /** Watches `sentinel` (the "Show earlier messages" button) coming near the top of `viewport`. */
  watch(viewport: HTMLElement | undefined, sentinel: Element | undefined): void {
    if (viewport !== this.viewport) {
      this.observer?.disconnect();
      this.resizeObserver?.disconnect();
      const ahead = `${AHEAD * 100}% 0px 0px 0px`;
      this.observer = viewport ? new IntersectionObserver(this.onIntersect, { root: viewport, rootMargin: ahead }) : undefined;
      this.resizeObserver = viewport?.firstElementChild ? new ResizeObserver(this.onResize) : undefined;
      if (viewport?.firstElementChild) this.resizeObserver?.observe(viewport.firstElementChild);
      this.viewport = viewport;
      this.sentinel = undefined;
    }
    if (sentinel !== this.sentinel) {
      if (this.sentinel) this.observer?.unobserve(this.sentinel);
      this.sentinel = sentinel;
      if (sentinel) this.observer?.observe(sentinel);
    } else if (this.recheck) {
      this.reobserve();
    }
    this.recheck = false;
  }

  /** Observers report changes only: observing again reports whether the sentinel is near now. */
  private reobserve() {
    if (!this.sentinel || !this.observer) return;
    this.observer.unobserve(this.sentinel);
    this.observer.observe(this.sentinel);
  }

  /** Adds a few earlier messages (the button's action), one per frame. */
  showEarlier(): void {
    this.requested += PRESS;
    void this.extend();
  }

  // Arrow function: the ResizeObserver callback needs `this`.
  private readonly onResize = () => {
    // After layout, before paint: a message added above may have changed height since it was
    // measured (parts of it off screen skip layout under content-visibility and take a placeholder).
    const viewport = this.viewport;
    const hold = this.hold;
    if (!viewport || !hold?.element.isConnected) return;
    const offset = offsetIn(hold.element, viewport);
    if (offset !== hold.offset) viewport.scrollTop += offset - hold.offset;
    hold.offset = offset;
  };

  // Arrow function: the IntersectionObserver callback needs `this`.
  private readonly onIntersect = (entries: IntersectionObserverEntry[]) => {
    if (entries.some((entry) => entry.isIntersecting)) void this.extend();
  };

  /** Adds earlier messages, one per frame, while the sentinel is near the view or presses ask for more. */
  private async extend(): Promise<void> {
    const viewport = this.viewport;
    if (this.loading || !viewport) return;
    this.loading = true;
    const generation = this.generation;
    const content = viewport.firstElementChild as HTMLElement | null;
    // One anchoring mechanism in every browser (Safari has no CSS scroll anchoring): ours. Set on
    // the content, not the scroller, so a page styling ::part(log) cannot turn the browser's back on.
    content?.style.setProperty('overflow-anchor', 'none');
    // Old messages are not news: the live region does not read them out as they are added.
    viewport.setAttribute('aria-live', 'off');
    try {
      while (this.hidden > 0 && (this.requested > 0 || this.near(viewport))) {
        // Idle time: a streaming reply or the reader's scrolling goes first.
        await idle();
        if (generation !== this.generation || this.viewport !== viewport) return;
        await this.addOne(viewport);
        if (generation !== this.generation) return;
        this.requested = Math.max(0, this.requested - 1);
      }
      this.requested = 0;
      await nextFrame();
    } finally {
      // After a reset, a newer run may be under way: it restores these when it ends.
      const current = generation === this.generation;
      if (current || !this.loading) {
        this.hold = undefined;
        content?.style.removeProperty('overflow-anchor');
        viewport.setAttribute('aria-live', 'polite');
      }
      if (current) this.loading = false;
    }
    this.reobserve();
  }

  /** Renders the message above the oldest one shown, keeping everything below it where it was on screen. */
  private async addOne(viewport: HTMLElement) {
    const oldest = viewport.querySelector<ChatMessageElement>('chat-message');
    const before = oldest ? offsetIn(oldest, viewport) : 0;
    const root = this.host.renderRoot;
    const hadFocus = root instanceof ShadowRoot && this.sentinel !== undefined && root.activeElement === this.sentinel;
    this.hidden -= 1;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // It renders on the next frame; correct the view then (before that frame's paint), and again
    // after its layout if its height changed by then (`onResize`).
    await viewport.querySelector<ChatMessageElement>('chat-message')?.updateComplete;
    if (oldest?.isConnected) {
      const offset = offsetIn(oldest, viewport);
      viewport.scrollTop += offset - before;
      this.hold = { element: oldest, offset };
    }
    // The button is gone with the last message: keep focus in the conversation, not on the page.
    if (hadFocus && this.hidden === 0) viewport.focus({ preventScroll: true });
  }

  /** Whether the sentinel is within `AHEAD` views above the view. */
  private near(viewport: HTMLElement): boolean {
    if (!this.sentinel?.isConnected) return false;
    const view = viewport.getBoundingClientRect();
    return this.sentinel.getBoundingClientRect().bottom >= view.top - AHEAD * view.height;
  }

  hostConnected(): void {
    // A moved element (disconnected, then connected again) re-renders, and so observes its sentinel again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.resizeObserver?.disconnect();
    this.observer = undefined;
    this.resizeObserver = undefined;
    this.viewport = undefined;
    this.sentinel = undefined;
  }
}

/**
 * How many of the newest messages fill `FIRST_VIEWS` views, estimated from their text (before
 * anything is rendered): line breaks and wrapped lines at the host's size (read before its first
 * paint, while the page's layout is cheap), or a typical one when it is not on the page.
 */
function firstWindow(history: readonly ReadableAtom<Message>[], host: HTMLElement): number {
  const height = host.clientHeight || 512;
  const charsPerLine = Math.max(20, (host.clientWidth || 640) / 9);
  const lineHeight = 24;
  const chrome = 48; // bubble padding and the gap between messages
  let filled = 0;
  let count = 0;
  for (let i = history.length - 1; i >= 0 && count < FIRST_MAX; i--) {
    if (count >= FIRST_MIN && filled >= FIRST_VIEWS * height) break;
    const text = history[i].get().content;
    let lines = 0;
    for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(line.length / charsPerLine));
    filled += chrome + lines * lineHeight;
    count += 1;
  }
  return count;
}

/** Where `element` sits in the scrolled content, whatever the scroll position. */
function offsetIn(element: Element, viewport: HTMLElement): number {
  return element.getBoundingClientRect().top - viewport.getBoundingClientRect().top + viewport.scrollTop;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The next idle moment (Safari has no requestIdleCallback: the next frame's end, roughly). */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 16);
  });
