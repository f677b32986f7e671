import { executeServerCommand } from '@web/test-runner-commands';

/** The V8 heap after a full collection, in bytes. */
export interface HeapUsage {
  usedSize: number;
  totalSize: number;
}

/**
 * Forces a full garbage collection and returns the heap afterwards. Uses the `collect-garbage`
 * runner command (test/lifecycle/collect-garbage-plugin.mjs, through the DevTools Protocol) when
 * it is wired into the runner; otherwise provokes major collections by allocating large short-lived
 * arrays until `settled()` says what it waits for has been collected (no heap figure then).
 */
export async function collectGarbage(settled: () => boolean = () => true): Promise<HeapUsage | undefined> {
  let usage: HeapUsage | undefined;
  try {
    usage = await executeServerCommand<HeapUsage, undefined>('collect-garbage');
  } catch {
    usage = undefined;
  }
  // WeakRefs clear, and finalizers run, only once the job that made them has ended.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (usage?.usedSize) return usage;
  for (let round = 0; round < 60 && !settled(); round++) {
    let junk: number[][] | undefined = [];
    for (let i = 0; i < 40; i++) junk.push(new Array<number>(250_000).fill(round));
    junk = undefined;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}
