// The markdown renderer (marked, the block splitter and healer, the DOM builder): a chunk of its
// own in the ES module bundle, fetched when a page first shows markdown (see markdown-loader.ts).
export { StreamingMarkdownView } from './streaming-markdown-view.js';
export { renderMarkdownBlock } from './render-block.js';
