/** How long a stretch of decoding may hold the main thread before it lets a frame through: with the
 * store applying what was decoded, and a loaded machine stretching both, well under a 50 ms task. */
const DEFAULT_BUDGET_MS = 16;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Resolves in a new task, after any frame that is due: `scheduler.yield` where it exists. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Tracks time spent on the main thread since the last yield. */
export interface MainThreadBudget {
  /** Whether the budget is spent: the caller should `yield()` before doing more. */
  spent(): boolean;
  /** Gives the main thread back (a frame can render), then starts a new budget. */
  yield(): Promise<void>;
}

/**
 * A time budget for long runs of work on the main thread: a burst of hundreds of KiB read at once
 * is handled in slices, yielding whenever `budgetMs` has passed, so no task blocks paint for long.
 */
export function createMainThreadBudget(budgetMs = DEFAULT_BUDGET_MS): MainThreadBudget {
  let start = performance.now();
  return {
    spent: () => performance.now() - start >= budgetMs,
    async yield() {
      await nextTask();
      start = performance.now();
    },
  };
}
