/** How long to wait between attempts: exponential backoff with jitter, capped. */
export interface BackoffOptions {
  /** How many attempts after the first failure before giving up. Default 3. */
  attempts?: number;
  /** Milliseconds before the first new attempt; doubled for each one after. Default 1000. */
  delay?: number;
  /** No wait is longer than this (a server's `Retry-After` above it gives up instead). Default 30000. */
  maxDelay?: number;
  /** Share of each wait that is random, 0 to 1, so many clients do not come back at once. Default 0.5. */
  jitter?: number;
}

export type ResolvedBackoff = Required<BackoffOptions>;

/** Defaults filled in; `true` means all defaults, `false`/undefined means off (undefined). */
export function resolveBackoff(option: boolean | BackoffOptions | undefined): ResolvedBackoff | undefined {
  if (!option) return undefined;
  const given = option === true ? {} : option;
  return {
    attempts: Math.max(0, Math.floor(given.attempts ?? 3)),
    delay: Math.max(0, given.delay ?? 1000),
    maxDelay: Math.max(0, given.maxDelay ?? 30_000),
    jitter: Math.min(1, Math.max(0, given.jitter ?? 0.5)),
  };
}

/**
 * The wait before attempt number `attempt` (1 for the first new attempt): `delay * 2^(attempt-1)`,
 * capped at `maxDelay`, of which the `jitter` share is random (so the wait is between
 * `(1 - jitter)` and all of it).
 */
export function backoffDelay(attempt: number, options: ResolvedBackoff, random: () => number = Math.random): number {
  const full = Math.min(options.maxDelay, options.delay * 2 ** Math.max(0, attempt - 1));
  return Math.round(full * (1 - options.jitter * random()));
}

/** Waits `ms`; resolves true when the time passed, false as soon as `signal` aborts. */
export function waitOrAbort(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve(!signal.aborted);
    };
    const timer = setTimeout(done, Math.max(0, ms));
    signal.addEventListener('abort', done, { once: true });
  });
}
