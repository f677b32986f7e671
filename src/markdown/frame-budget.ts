/** Rendering time a streaming update may take per frame, of the 50 ms a task may take at most. */
const FRAME_BUDGET_MS = 10;
/** Updates in one frame, or less than this apart, share one budget. */
const FRAME_MS = 50;

/** A frame's rendering budget, shared by every update within one frame. */
export class FrameBudget {
  private start = -Infinity;
  private frame: CSSNumberish | null = null;

  /** The end of this frame's budget. */
  deadline(): number {
    const now = performance.now();
    // The document timeline's time is the frame's (the same in all of a frame's callbacks); a
    // hidden tab runs no frames, and its updates (on a timer) each get a budget of their own.
    const frame = document.timeline?.currentTime ?? null;
    if (frame !== this.frame || now - this.start > FRAME_MS) {
      this.frame = frame;
      this.start = now;
    }
    return this.start + FRAME_BUDGET_MS;
  }
}
