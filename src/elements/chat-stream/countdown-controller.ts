import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Re-renders its host once a second until a deadline passes: the "Retrying in N s" countdown. */
export class CountdownController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private deadline?: number;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Counts down to `deadline` (a `Date.now()` time), or stops when undefined. */
  until(deadline: number | undefined): void {
    if (deadline === this.deadline) return;
    this.deadline = deadline;
    this.clear();
    if (deadline === undefined) return;
    this.timer = setInterval(() => {
      this.host.requestUpdate();
      if (this.deadline === undefined || Date.now() >= this.deadline) this.clear();
    }, 1000);
  }

  private clear() {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.clear();
    this.deadline = undefined;
  }
}
