import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Re-renders its host once a second until a deadline passes: the "Retrying in N s" countdown. */
export class CountdownController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private current?: number;

  /** @param deadline the `Date.now()` time to count down to, read before each update; undefined stops. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deadline: () => number | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.until(this.deadline());
  }

  private until(deadline: number | undefined): void {
    if (deadline === this.current) return;
    this.current = deadline;
    this.clear();
    if (deadline === undefined) return;
    this.timer = setInterval(() => {
      this.host.requestUpdate();
      if (this.current === undefined || Date.now() >= this.current) this.clear();
    }, 1000);
  }

  private clear() {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.clear();
    this.current = undefined;
  }
}
