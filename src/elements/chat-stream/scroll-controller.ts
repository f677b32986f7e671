import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How close to the bottom (px) still counts as "reading the newest text". */
const NEAR_BOTTOM = 32;

/**
 * Where the view stays as the content changes:
 * - `end`: pinned to the newest text;
 * - `top`: an element's top at the top of the view (a new question, so a long answer reads from its start);
 * - `hold`: an element where it is on screen while content is added above it (earlier messages);
 * - `free`: wherever the reader scrolled.
 */
export type ScrollMode =
  | { kind: 'end' }
  | { kind: 'top'; target: () => Element | undefined; element?: Element }
  | { kind: 'hold'; element: Element; offset: number }
  | { kind: 'free' };

export interface ScrollOptions {
  /** The scroller; its first child is the content that grows. */
  viewport: () => HTMLElement | undefined;
}

/**
 * The one writer of the conversation's scroll position. It applies its mode when set and whenever
 * the content's size changes (a ResizeObserver reports after layout, before paint: one correction
 * per frame); the reader's own scrolling moves it between `end`, `top` and `free`.
 */
export class ScrollController implements ReactiveController {
  private mode: ScrollMode = { kind: 'end' };
  private viewport?: HTMLElement;
  private content?: Element;
  private readonly resizeObserver = new ResizeObserver(() => this.apply());
  /** The scroll position this controller last wrote, so the scroll event it causes is not taken for the reader's. */
  private written = Number.NaN;
  /** A mode set since the host's last render. */
  private fresh = false;
  /** Whether the view shows the end of the conversation (in `top` mode too, while it cannot scroll further). */
  private atEnd = true;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ScrollOptions,
  ) {
    host.addController(this);
  }

  /** True while the view shows the newest text: "jump to latest" is not needed. */
  get following(): boolean {
    return this.mode.kind === 'end' || this.atEnd;
  }

  /** Pins the view to the newest text. */
  toEnd(): void {
    this.setMode({ kind: 'end' });
  }

  /** Puts `target()`'s top at the top of the view, and keeps it there until the reader scrolls. */
  anchorTop(target: () => Element | undefined): void {
    this.setMode({ kind: 'top', target });
  }

  /** Keeps `element` where it is on screen while content is added above it; the end and an anchor keep their own place. */
  hold(element: Element): void {
    const viewport = this.viewport;
    if (!viewport || (this.mode.kind !== 'free' && this.mode.kind !== 'hold')) return;
    this.setMode({ kind: 'hold', element, offset: offsetIn(element, viewport) });
  }

  /** Ends a `hold`. */
  release(): void {
    if (this.mode.kind === 'hold') this.setMode({ kind: 'free' });
  }

  hostConnected(): void {
    // A moved element re-renders, and so finds its viewport again.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const viewport = this.options.viewport();
    if (viewport !== this.viewport) this.attach(viewport);
    // A mode just set applies to what was rendered for it; a message just added above a held one is
    // corrected now, before the next frame. Otherwise the view waits for the content's resize, which
    // comes after the frame's scroll events: a render must not undo a scroll of the reader's not seen yet.
    if (this.fresh || this.mode.kind === 'hold') this.apply();
    this.fresh = false;
  }

  hostDisconnected(): void {
    this.attach(undefined);
  }

  private attach(viewport: HTMLElement | undefined) {
    this.viewport?.removeEventListener('scroll', this.onScroll);
    this.resizeObserver.disconnect();
    this.viewport = viewport;
    this.content = viewport?.firstElementChild ?? undefined;
    viewport?.addEventListener('scroll', this.onScroll, { passive: true });
    if (this.content) this.resizeObserver.observe(this.content);
    this.syncAnchoring();
  }

  /**
   * One anchoring mechanism while an element is kept in place, in every browser (Safari has no CSS
   * scroll anchoring): ours. Set on the content, not the scroller, so a page styling ::part(log)
   * cannot turn the browser's back on.
   */
  private syncAnchoring() {
    const ours = this.mode.kind === 'hold' || this.mode.kind === 'top';
    (this.content as HTMLElement | undefined)?.style.setProperty('overflow-anchor', ours ? 'none' : null);
  }

  private setMode(mode: ScrollMode) {
    const wasFollowing = this.following;
    this.mode = mode;
    this.syncAnchoring();
    this.fresh = true;
    // An anchor's target may not be rendered yet: it applies after the host's next render.
    if (mode.kind !== 'top') this.apply();
    if (this.following !== wasFollowing) this.host.requestUpdate();
  }

  private apply() {
    const viewport = this.viewport;
    const mode = this.mode;
    if (!viewport || mode.kind === 'free') return;
    if (mode.kind === 'end') {
      this.write(viewport, viewport.scrollHeight);
    } else if (mode.kind === 'top') {
      // Looked up after the render made for it, then kept.
      const target = (mode.element ??= mode.target());
      if (target?.isConnected) this.write(viewport, offsetIn(target, viewport));
      this.setAtEnd(viewport.scrollHeight - viewport.clientHeight - viewport.scrollTop <= 1);
    } else if (mode.element.isConnected) {
      // A message added above (or one getting its real height after a placeholder) moved it: move the view as much.
      const offset = offsetIn(mode.element, viewport);
      if (offset !== mode.offset) this.write(viewport, viewport.scrollTop + offset - mode.offset);
      mode.offset = offset;
    }
  }

  private write(viewport: HTMLElement, top: number) {
    viewport.scrollTop = top;
    this.written = viewport.scrollTop;
  }

  // Arrow function: a stable identity for add/removeEventListener.
  private readonly onScroll = () => {
    const viewport = this.viewport;
    if (!viewport) return;
    const top = viewport.scrollTop;
    const ours = Math.abs(top - this.written) < 1;
    this.written = Number.NaN;
    if (ours || this.clampedShort(viewport)) return;
    const nearEnd = viewport.scrollHeight - viewport.clientHeight - top <= NEAR_BOTTOM;
    if (nearEnd && this.mode.kind !== 'end') this.setMode({ kind: 'end' });
    // A hold follows the content, not the reader: it stays while they scroll.
    else if (!nearEnd && (this.mode.kind === 'end' || this.mode.kind === 'top')) this.setMode({ kind: 'free' });
    this.setAtEnd(nearEnd);
  };

  /**
   * Whether the view sits at the end, short of an anchor it cannot reach: then the content shrank
   * under it (a section skipping layout off screen), and the scroll came from the browser's clamp.
   */
  private clampedShort(viewport: HTMLElement): boolean {
    if (this.mode.kind !== 'top') return false;
    const target = this.mode.element;
    const top = viewport.scrollTop;
    return target !== undefined && viewport.scrollHeight - viewport.clientHeight - top <= 1 && offsetIn(target, viewport) >= top - 1;
  }

  private setAtEnd(atEnd: boolean) {
    if (atEnd === this.atEnd) return;
    const wasFollowing = this.following;
    this.atEnd = atEnd;
    if (this.following !== wasFollowing) this.host.requestUpdate();
  }
}

/** Where `element` sits in the scrolled content, whatever the scroll position. */
function offsetIn(element: Element, viewport: HTMLElement): number {
  return element.getBoundingClientRect().top - viewport.getBoundingClientRect().top + viewport.scrollTop;
}
