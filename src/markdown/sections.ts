/**
 * Groups finished content into sections of `size` items that skip layout and paint while off
 * screen (`content-visibility: auto`, see chat-message's styles). Sections, not items: the browser
 * checks each such element against the view every frame, so a 1 MiB reply must not make thousands.
 *
 * Chromium also lays out a new `content-visibility: auto` element once before it can tell it is
 * off screen, so a burst that adds 100 KiB in a frame paid for all of it in that frame. All but the
 * last two sections made during one update therefore start as `content-visibility: hidden` (class
 * `pending`) and become `auto` at the next frame, when the browser knows they are off screen. The
 * last two, where the reader is looking, show at once.
 */
export class Sections {
  private current: HTMLElement | undefined;
  private count = 0;
  private made: HTMLElement[] = [];
  private pending: HTMLElement[] = [];
  private frame = 0;

  /** `insert` puts a new, empty section where the next items belong. */
  constructor(
    private readonly size: number,
    private readonly insert: (section: HTMLElement) => void,
  ) {}

  /** Appends `items` (in order), starting a new section whenever one is full. */
  append(...items: Node[]): void {
    let from = 0;
    while (from < items.length) {
      if (!this.current || this.count === this.size) this.start();
      const to = Math.min(items.length, from + this.size - this.count);
      this.current!.append(...items.slice(from, to));
      this.count += to - from;
      from = to;
    }
  }

  /** The update is over: hold back what it made, but its last two sections, until the next frame. */
  settle(): void {
    const held = this.made.slice(0, -2);
    this.made = [];
    if (!held.length) return;
    for (const section of held) section.classList.add('pending');
    this.pending.push(...held);
    this.frame ||= requestAnimationFrame(() => this.reveal());
  }

  /** Forgets the sections (the caller empties their container) and shows any held one. */
  reset(): void {
    this.reveal();
    this.current = undefined;
    this.count = 0;
    this.made = [];
  }

  private start(): void {
    this.current = document.createElement('div');
    this.current.className = 'section';
    this.count = 0;
    this.made.push(this.current);
    this.insert(this.current);
  }

  private reveal(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    for (const section of this.pending) section.classList.remove('pending');
    this.pending = [];
  }
}
