// `npm run size` (after `npm run build`): the size budget of the script-tag bundle, checked in CI.
// The core entry is built by bench/build-core.mjs (the same bundle without the markdown renderer).
module.exports = [
  {
    name: 'dist/chat-stream-elements.js (everything: Lit, nanostores, parser, markdown, sanitizer)',
    path: 'dist/chat-stream-elements.js',
    gzip: true,
    limit: '30 KiB',
  },
  {
    name: 'core without markdown (marked, DOMPurify and src/markdown left out)',
    path: 'bench-results/size/chat-stream-elements-core.js',
    gzip: true,
    limit: '15 KiB',
  },
];
