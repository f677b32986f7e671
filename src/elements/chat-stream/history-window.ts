/** How many views of history render at first; the rest is added as the reader scrolls up. */
const FIRST_VIEWS = 2;
/** Bounds on the first window, whatever the estimate says. */
const FIRST_MIN = 4;
const FIRST_MAX = 40;
/** Messages a press of "Show earlier messages" adds. */
export const PRESS = 4;
/** Earlier messages rendered beyond the first window before `trim` lets go of them. */
const TRIM_SLACK = 40;

/** The size of the view the first window should fill, in CSS pixels. */
export interface ViewSize {
  width: number;
  height: number;
}

/**
 * Which messages of a long conversation are rendered: a window at its end. Plain state, no DOM:
 * a history given at once opens with about two views of its newest messages; earlier ones are
 * revealed one at a time (as the reader nears the top, or presses "Show earlier messages"); going
 * back to the latest lets go of them again. Messages added later are not history: they always show.
 */
export class HistoryWindow<T extends object> {
  /** Leading messages not rendered yet. */
  hidden = 0;
  /** Messages asked for by presses of the button and not revealed yet. */
  requested = 0;
  /** Bumped whenever the window is reset or trimmed, so work under way for the old one stops. */
  generation = 0;
  /** The messages of the history given (later ones are not windowed). */
  private history = new WeakSet<T>();

  /** @param textOf a message's text, to estimate its height. */
  constructor(private readonly textOf: (message: T) => string) {}

  /** A new conversation: show the newest messages of `history` that fill two views of `view`. */
  open(history: readonly T[], view: ViewSize): void {
    this.cancel();
    this.history = new WeakSet(history);
    this.hidden = history.length - this.firstWindow(history, view);
  }

  /**
   * The reader went back to the latest messages: let go of the earlier ones revealed since (beyond
   * a slack), so a reply streams next to a small DOM again. Returns whether the window changed.
   */
  trim(list: readonly T[], view: ViewSize): boolean {
    let length = 0;
    while (length < list.length && this.history.has(list[length])) length += 1;
    const hidden = length - this.firstWindow(list.slice(0, length), view);
    if (hidden - this.hidden <= TRIM_SLACK) return false;
    this.cancel();
    this.hidden = hidden;
    return true;
  }

  /** Keeps the window inside a list that shrank (`clear()`, `retry()`); a cleared list ends whatever was under way. */
  fit(length: number): void {
    if (length === 0 && this.hidden > 0) this.cancel();
    this.hidden = Math.min(this.hidden, length);
  }

  /** The messages to render. */
  shown<M>(all: readonly M[]): readonly M[] {
    return this.hidden > 0 ? all.slice(this.hidden) : all;
  }

  /** A press of "Show earlier messages". */
  press(): void {
    this.requested += PRESS;
  }

  /** Reveals the message just above the oldest one shown; returns false when there is none. */
  revealOne(): boolean {
    if (this.hidden === 0) return false;
    this.hidden -= 1;
    this.requested = Math.max(0, this.requested - 1);
    return true;
  }

  /** Stops revealing: presses not served yet are dropped, and runs of the old generation end. */
  cancel(): void {
    this.generation += 1;
    this.requested = 0;
  }

  private firstWindow(history: readonly T[], view: ViewSize): number {
    return firstWindow(history, this.textOf, view);
  }
}

/**
 * How many of the newest `messages` fill `FIRST_VIEWS` views of `view` (between `FIRST_MIN` and
 * `FIRST_MAX`), estimated from their text before anything is rendered: line breaks and wrapped
 * lines at the view's width.
 */
export function firstWindow<T>(messages: readonly T[], textOf: (message: T) => string, view: ViewSize): number {
  const charsPerLine = Math.max(20, view.width / 9);
  const lineHeight = 24;
  const chrome = 48; // bubble padding and the gap between messages
  let filled = 0;
  let count = 0;
  for (let i = messages.length - 1; i >= 0 && count < FIRST_MAX; i--) {
    if (count >= FIRST_MIN && filled >= FIRST_VIEWS * view.height) break;
    let lines = 0;
    for (const line of textOf(messages[i]).split('\n')) lines += Math.max(1, Math.ceil(line.length / charsPerLine));
    filled += chrome + lines * lineHeight;
    count += 1;
  }
  return count;
}
