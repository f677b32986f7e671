// Builds the "core without markdown" single-file ES bundle that size-limit checks:
// bench-results/size/chat-stream-elements-core.js. It is dist/chat-stream-elements.js built the
// same way (Vite lib mode, everything inside) with the markdown renderer (marked, DOMPurify,
// block splitting and healing) swapped for the plain-text view, i.e. what a `format="text"`-only
// build would weigh.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { minifyCssLiterals } from '../scripts/minify-css-literals.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const STUB = '\0core-without-markdown';
const WARM_UP_STUB = '\0core-without-markdown-warm-up';

/**
 * Resolves the markdown view (and the lazy markdown chunk's entry) to the text view and the
 * markdown warm-up to nothing, so marked and the renderer drop out of the bundle.
 */
const withoutMarkdown = {
  name: 'core-without-markdown',
  enforce: 'pre',
  resolveId(source) {
    if (source.endsWith('/markdown/streaming-markdown-view.js') || source.endsWith('/markdown/markdown-renderer.js')) return STUB;
    if (source.endsWith('/markdown/warm-up.js')) return WARM_UP_STUB;
    return null;
  },
  load(id) {
    if (id === WARM_UP_STUB) return 'export function warmUpMarkdown() {}';
    if (id !== STUB) return null;
    return `export { StreamingTextView as StreamingMarkdownView } from ${JSON.stringify(resolve(root, 'src/markdown/streaming-text-view.ts'))}; export function renderMarkdownBlock() {}`;
  },
};

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [withoutMarkdown, minifyCssLiterals()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: resolve(root, 'bench-results/size'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { minify: true } },
    lib: { entry: resolve(root, 'src/index.ts'), formats: ['es'], fileName: () => 'chat-stream-elements-core.js' },
  },
});

// The core must really be without markdown: a new import path to marked or DOMPurify would
// otherwise pass unnoticed as a bigger "core" (it happened once, through the markdown warm-up).
const core = readFileSync(resolve(root, 'bench-results/size/chat-stream-elements-core.js'), 'utf8');
for (const [library, mark] of [['marked', 'Token with "'], ['DOMPurify', 'dompurify']]) {
  if (core.includes(mark)) throw new Error(`bench/build-core.mjs: ${library} is in the core bundle; stub the module that imports it`);
}
