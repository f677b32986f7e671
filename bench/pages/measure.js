// Shared by the bench pages: long tasks, paint timing, the scroller of a component, a scripted scroll.
// Each page sets `window.bench = { prepare, reply, prepareHistory, history }` (see run.mjs).

export const END_MARKER = 'End of reply 7f3a9c.';

const taskDurations = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) taskDurations.push(entry.duration);
});
observer.observe({ type: 'longtask', buffered: true });

/** Forgets long tasks seen so far: call right before the measured work. */
export function resetLongTasks() {
  observer.takeRecords();
  taskDurations.length = 0;
}

/** Long tasks (> 50 ms) since the last reset. */
export function longTasks() {
  for (const entry of observer.takeRecords()) taskDurations.push(entry.duration);
  return { count: taskDurations.length, longest: taskDurations.length ? Math.max(...taskDurations) : 0 };
}

/** Time after the current frame's paint, for DOM written inside a requestAnimationFrame callback. */
export const afterThisFrame = () => new Promise((done) => setTimeout(() => done(performance.now()), 0));

/** Time after the next frame's paint, for DOM written outside a frame callback. */
export const afterNextPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)));

export const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Milliseconds since the epoch of a `performance.now()` reading, to compare with the server's clock. */
export const epoch = (now) => performance.timeOrigin + now;

/** The first element under `root` (through open shadow roots) that scrolls vertically. */
export function findScroller(root) {
  const queue = [root];
  while (queue.length) {
    const node = queue.shift();
    if (node instanceof Element) {
      const style = getComputedStyle(node);
      if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight + 10) return node;
      if (node.shadowRoot) queue.push(node.shadowRoot);
    }
    queue.push(...node.children);
  }
  return undefined;
}

/** Whether the DOM under `root` (through open shadow roots) shows `text`. */
export function showsText(root, text) {
  if (root.textContent.includes(text)) return true;
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot && showsText(element.shadowRoot, text)) return true;
  return false;
}

/**
 * Scrolls `scroller` up from the bottom by `step` px per frame for `frames` frames (a brisk
 * flick through the history, 60 × step px/s), and reports the frame intervals: a smooth scroll
 * keeps them near 16.7 ms. Each step is taken from where the view is now, so a component that
 * adds earlier messages above (moving scrollTop to keep the view in place) is still scrolled
 * `step` px per frame through what the reader sees.
 */
export async function scrollThrough(scroller, frames, step = 40) {
  scroller.scrollTop = scroller.scrollHeight - scroller.clientHeight;
  await nextFrame();
  let last = await nextFrame();
  const intervals = [];
  let scrolledPx = 0;
  resetLongTasks();
  const start = performance.now();
  for (let i = 1; i <= frames; i++) {
    const from = scroller.scrollTop;
    scroller.scrollTop = Math.max(0, from - step);
    scrolledPx += Math.min(step, from);
    const now = await nextFrame();
    intervals.push(now - last);
    last = now;
  }
  const sorted = intervals.slice().sort((a, b) => a - b);
  return {
    scrolledPx,
    durationMs: performance.now() - start,
    p95FrameMs: sorted[Math.floor(sorted.length * 0.95)],
    maxFrameMs: sorted[sorted.length - 1],
    // A frame that took longer than 1.5 vsync intervals showed as a stutter.
    jankyFrames: intervals.filter((ms) => ms > 25).length,
    ...prefixed('scroll', longTasks()),
  };
}

function prefixed(prefix, tasks) {
  return { [`${prefix}LongTasks`]: tasks.count, [`${prefix}LongestTaskMs`]: tasks.longest };
}

/** The conversation history, fetched before the measured part. */
export async function loadHistory() {
  const count = new URLSearchParams(location.search).get('count') ?? '2000';
  return (await fetch(`/history.json?count=${count}`)).json();
}

// What the harness (bench/run.mjs) calls around the measured part.
window.benchMeasure = { resetLongTasks, longTasks, scrollThrough, epoch };
