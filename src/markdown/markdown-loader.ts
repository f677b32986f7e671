import type * as Renderer from './markdown-renderer.js';

/** What the markdown chunk exports. */
export type MarkdownRenderer = typeof Renderer;

let renderer: MarkdownRenderer | undefined;
let loading: Promise<MarkdownRenderer> | undefined;

/** The markdown renderer, once loaded. */
export function markdownRenderer(): MarkdownRenderer | undefined {
  return renderer;
}

/**
 * Loads the markdown renderer. Evaluating marked and the renderer cost page load about a third
 * of the bundle, and a page may show no markdown for a while (or ever): the ES module bundle
 * keeps it in a chunk beside itself; the classic bundle has it inline. A failed load may be tried again.
 */
export function loadMarkdownRenderer(): Promise<MarkdownRenderer> {
  loading ??= import('./markdown-renderer.js').then(
    (module) => (renderer = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
