import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the React and Vue demo pages (they need a bundler: React ships CommonJS, and the pages
// use JSX and Vue's template compiler) into dist-demo/. The script-tag pages need no build.
//
// `--mode development` keeps React's, Vue's and Lit's development warnings (an unresolved
// component, a bad prop), which the embedding tests fail on; the default is the production build
// a site would ship.
const demo = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => {
  const development = mode === 'development';
  // Vite picks the development builds of dependencies (Lit's `development` export condition) from NODE_ENV.
  if (development) process.env.NODE_ENV = 'development';
  return {
    root: demo('.'),
    // Relative asset URLs, so dist-demo/ works wherever it is served.
    base: './',
    logLevel: 'warn',
    define: {
      'process.env.NODE_ENV': JSON.stringify(development ? 'development' : 'production'),
      // Vue's esm-bundler build reads these compile-time flags and warns when they are not defined.
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    build: {
      outDir: demo('../dist-demo'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      minify: !development,
      rollupOptions: {
        input: { react: demo('react/index.html'), vue: demo('vue/index.html') },
      },
    },
  };
});
