import { defineConfig } from 'vite';
import { bundleConfig } from './scripts/bundles.mjs';

// The ES module single-file bundle (everything inside, Lit included). `npm run build`
// (scripts/build.mjs) builds it, the classic bundle, the add-on files and the npm ESM build.
export default defineConfig(bundleConfig('es'));
