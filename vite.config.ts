import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

// Builds the two single-file bundles (everything inside, Lit included) for <script> tags.
// The npm ESM build in dist/ is plain `tsc` output; see scripts/build.mjs.
export default defineConfig({
  plugins: [minifyCssLiterals()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    // Vite keeps lib-mode ES output readable; these single files are for script tags, so minify fully.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/index.ts',
      name: 'ChatStreamElements',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'chat-stream-elements.js' : 'chat-stream-elements.iife.js'),
    },
  },
});
