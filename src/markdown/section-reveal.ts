/**
 * Keeps the sections a burst fills in one frame out of that frame's layout.
 *
 * Sections have `content-visibility: auto`, but Chromium lays out a new such element once before it
 * can tell it is off screen, so a burst that adds 100 KiB in a frame paid for all of it in that
 * frame. All but the last two sections made during one update start as `content-visibility:
 * hidden` (class `pending`) and become `auto` at the next frame: by then the browser knows they are
 * off screen and skips them. The last two, where the reader is looking, show at once.
 */
export class SectionReveal {
  private made: HTMLElement[] = [];
  private pending: HTMLElement[] = [];
  private frame = 0;

  /** A section was made during the current update. */
  add(section: HTMLElement): void {
    this.made.push(section);
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

  /** Shows every held section now. */
  reveal(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    for (const section of this.pending) section.classList.remove('pending');
    this.pending = [];
  }
}
