import { expect } from '@open-wc/testing';
import { createMainThreadBudget } from '../../src/transport/main-thread-budget.js';

function busyFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Stand-in for decoding a burst.
  }
}

describe('createMainThreadBudget', () => {
  it('asks for a yield only once its time is used up', () => {
    const budget = createMainThreadBudget(20);
    expect(budget.spent()).to.equal(false);
    busyFor(25);
    expect(budget.spent()).to.equal(true);
  });

  it('lets a frame render between stretches of work, each with a fresh budget', async () => {
    const budget = createMainThreadBudget(5);
    let painted = false;
    requestAnimationFrame(() => {
      painted = true;
    });
    // Work as a decoder does: 5 ms stretches, yielding in between, for at most 2 s.
    const end = performance.now() + 2000;
    while (!painted && performance.now() < end) {
      busyFor(6);
      expect(budget.spent()).to.equal(true);
      await budget.yield();
      expect(budget.spent()).to.equal(false);
    }
    expect(painted).to.equal(true);
  });
});
