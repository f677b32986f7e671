import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageAtom } from '../../store/chat.js';
import { HistoryWindow } from './history-window.js';
import type { ScrollController } from './scroll-controller.js';

/** How far above the view (in views) earlier messages are rendered ahead of the reader. */
const AHEAD = 1.5;
/** The longest wait for an idle moment before adding the next message anyway. */
const IDLE_TIMEOUT_MS = 100;

type Host = ReactiveControllerHost & HTMLElement;

export interface HistoryOptions {
  /** The conversation's messages; a new array source (another store) is a new history. */
  messages: () => readonly MessageAtom[];
  /** Identifies the conversation: when it changes, the messages it starts with are a history to window. */
  source: () => object;
  /** The scroller. */
  viewport: () => HTMLElement | undefined;
  /** The "Show earlier messages" button above the oldest rendered message, while there is one. */
  sentinel: () => HTMLElement | undefined;
  /** The oldest rendered message, kept in place on screen while earlier ones are added. */
  oldest: () => Element | undefined;
  scroll: ScrollController;
}

/**
 * Renders a long history a window at a time (the state is a `HistoryWindow`): earlier messages are
 * added one per frame in idle time while the "Show earlier messages" button (the sentinel) is near
 * the view, or presses of it ask for more; the scroll controller holds what the reader sees in
 * place meanwhile. Driven by its host's updates: it sizes a new conversation's window before a
 * render and watches the sentinel after it.
 */
export class HistoryController implements ReactiveController {
  readonly state = new HistoryWindow<MessageAtom>((message) => message.get().content);
  /** True while earlier messages are being added: old messages are not news for the live region. */
  loading = false;
  private source?: object;
  private viewport?: HTMLElement;
  private sentinel?: HTMLElement;
  private observer?: IntersectionObserver;
  /** Whether the sentinel's nearness must be reported again (the window changed under it). */
  private recheck = false;

  constructor(
    private readonly host: Host,
    private readonly options: HistoryOptions,
  ) {
    host.addController(this);
  }

  /** The messages to render. */
  shown<T>(all: readonly T[]): readonly T[] {
    return this.state.shown(all);
  }

  /** The reader went back to the latest: let go of the earlier messages rendered since. */
  trim(): void {
    if (!this.state.trim(this.options.messages(), this.view())) return;
    this.stop();
    this.host.requestUpdate();
  }

  /** Adds a few earlier messages (the button's action), one per frame. */
  showEarlier(): void {
    this.state.press();
    void this.extend();
  }

  hostConnected(): void {
    // A moved element (disconnected, then connected again) re-renders, and so observes its sentinel again.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const source = this.options.source();
    const messages = this.options.messages();
    if (source !== this.source) {
      // Sized before this render, while the page's layout is cheap to read (and not read at all for an empty one).
      this.source = source;
      this.state.open(messages, messages.length ? this.view() : { width: 0, height: 0 });
      this.stop();
    }
    const hidden = this.state.hidden;
    this.state.fit(messages.length);
    if (hidden > 0 && messages.length === 0) this.stop();
  }

  hostUpdated(): void {
    const viewport = this.options.viewport();
    if (viewport !== this.viewport) {
      this.observer?.disconnect();
      this.observer = viewport ? new IntersectionObserver(this.onIntersect, { root: viewport, rootMargin: `${AHEAD * 100}% 0px 0px 0px` }) : undefined;
      this.viewport = viewport;
      this.sentinel = undefined;
    }
    const sentinel = this.options.sentinel();
    if (sentinel !== this.sentinel) {
      if (this.sentinel) this.observer?.unobserve(this.sentinel);
      this.sentinel = sentinel;
      if (sentinel) this.observer?.observe(sentinel);
    } else if (this.recheck) {
      this.reobserve();
    }
    this.recheck = false;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.viewport = undefined;
    this.sentinel = undefined;
  }

  private view() {
    return { width: this.host.clientWidth || 640, height: this.host.clientHeight || 512 };
  }

  /** Ends a run under way (it sees the new generation); the sentinel's nearness is checked afresh. */
  private stop() {
    this.loading = false;
    this.recheck = true;
  }

  /** Observers report changes only: observing again reports whether the sentinel is near now. */
  private reobserve() {
    if (!this.sentinel || !this.observer) return;
    this.observer.unobserve(this.sentinel);
    this.observer.observe(this.sentinel);
  }

  // Arrow function: the IntersectionObserver callback needs `this`.
  private readonly onIntersect = (entries: IntersectionObserverEntry[]) => {
    if (entries.some((entry) => entry.isIntersecting)) void this.extend();
  };

  /** Adds earlier messages, one per frame, while the sentinel is near the view or presses ask for more. */
  private async extend(): Promise<void> {
    const viewport = this.viewport;
    if (this.loading || !viewport) return;
    this.loading = true;
    this.host.requestUpdate();
    const { state } = this;
    const generation = state.generation;
    try {
      while (state.hidden > 0 && (state.requested > 0 || this.near(viewport))) {
        // Idle time: a streaming reply or the reader's scrolling goes first.
        await idle();
        if (generation !== state.generation || this.viewport !== viewport) return;
        await this.addOne(viewport);
        if (generation !== state.generation) return;
      }
      state.requested = 0;
      await nextFrame();
    } finally {
      // After a reset, a newer run may be under way: it ends the hold and the quiet when it ends.
      const current = generation === state.generation;
      if (current || !this.loading) {
        this.options.scroll.release();
        this.loading = false;
        this.host.requestUpdate();
      }
    }
    this.reobserve();
  }

  /** Renders the message above the oldest one shown, keeping everything below it where it was on screen. */
  private async addOne(viewport: HTMLElement) {
    const oldest = this.options.oldest();
    if (oldest) this.options.scroll.hold(oldest);
    const root = this.host.shadowRoot;
    const hadFocus = root !== null && this.sentinel !== undefined && root.activeElement === this.sentinel;
    this.state.revealOne();
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The message renders in the next frame; the scroll controller corrects the view after its layout.
    await nextFrame();
    // The button is gone with the last message: keep focus in the conversation, not on the page.
    if (hadFocus && this.state.hidden === 0) viewport.focus({ preventScroll: true });
  }

  /** Whether the sentinel is within `AHEAD` views above the view. */
  private near(viewport: HTMLElement): boolean {
    if (!this.sentinel?.isConnected) return false;
    const view = viewport.getBoundingClientRect();
    return this.sentinel.getBoundingClientRect().bottom >= view.top - AHEAD * view.height;
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The next idle moment (Safari has no requestIdleCallback: the next frame's end, roughly). */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 16);
  });
