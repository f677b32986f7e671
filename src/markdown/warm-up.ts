import { loadMarkdownRenderer } from './markdown-loader.js';

/**
 * Most of what the renderer has, so the first real reply meets warm code. No link and no HTML:
 * those set up DOMPurify and its Trusted Types policy, which a page should only see when it
 * renders such content.
 */
const SAMPLE = '# T\n\nA *b* **c** `d` ~~f~~\n\n- g\n- h\n\n1. i\n\n> j\n\n| k | l |\n|---|---:|\n| m | n |\n\n```js\no\n```\n';

let scheduled = false;

/**
 * Loads the markdown renderer and renders a small sample once, in idle time, so the first
 * markdown reply does not wait for the chunk nor pay for compiling marked's rules and the DOM
 * builder (part of a 55–100 ms first task otherwise).
 */
export function warmUpMarkdown(): void {
  if (scheduled) return;
  scheduled = true;
  // The chunk is fetched now (the network, not the main thread), the sample rendered when idle.
  // Warming up is only an optimization; the real render reports its own failures.
  const loaded = loadMarkdownRenderer();
  loaded.catch(() => undefined);
  const run = () => void loaded.then((renderer) => renderer.renderMarkdownBlock(SAMPLE)).catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
