/** Time left in the current idle slice, in milliseconds. */
export type IdleDeadline = { timeRemaining(): number };

/**
 * Runs `work` when the main thread is idle (`requestIdleCallback`; a short timeout where there is
 * none), with the slice's deadline. Work that fits nothing in one slice asks again.
 */
export function whenIdle(work: (deadline: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(() => {
    const end = performance.now() + 12;
    work({ timeRemaining: () => Math.max(0, end - performance.now()) });
  }, 16);
}

/** Resolves in the next idle slice, with its deadline. */
export function nextIdle(): Promise<IdleDeadline> {
  return new Promise((resolve) => whenIdle(resolve));
}
