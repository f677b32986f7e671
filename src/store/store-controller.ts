import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/** Subscribes a Lit element to a nanostores atom while connected; re-renders on change. */
export class StoreController<T> implements ReactiveController {
  private unsubscribe?: () => void;
  private atom: ReadableAtom<T>;

  constructor(
    private readonly host: ReactiveControllerHost,
    atom: ReadableAtom<T>,
  ) {
    this.atom = atom;
    host.addController(this);
  }

  get value(): T {
    return this.atom.get();
  }

  /** Switches to another atom (a `.store` swapped at run time). */
  setAtom(atom: ReadableAtom<T>): void {
    if (atom === this.atom) return;
    this.atom = atom;
    if (this.unsubscribe) {
      this.hostDisconnected();
      this.hostConnected();
    }
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // `listen` skips the immediate call that `subscribe` makes; the first render reads `value`.
    this.unsubscribe = this.atom.listen(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
