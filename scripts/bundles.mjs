// The single-file bundles for script tags and CDNs, as Vite configs (scripts/build.mjs builds them
// all; vite.config.ts is the ES module bundle's). Each add-on is one script file beside the main
// bundle, chat-stream-elements-<name>.js, that registers itself on a global shelf
// (`Symbol.for('chat-stream-elements.add-ons')`): it works as a classic script after the classic
// bundle, and through `import()` from the ES module bundle, which resolves it against its own URL.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from './minify-css-literals.mjs';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const src = (path) => resolve(root, 'src', path);

export const ADD_ONS = ['actioncable', 'html', 'highlight', 'math'];

/** Add-ons with exports, and the global that holds them when loaded from dist/. */
const ADD_ON_GLOBALS = { actioncable: 'ChatStreamElementsActionCable' };

/** File names in dist/. */
export const bundleFile = { es: 'chat-stream-elements.js', iife: 'chat-stream-elements.iife.js' };
/** The ES module bundle's lazy chunk: the markdown renderer. */
export const MARKDOWN_CHUNK = 'chat-stream-elements-markdown.js';
export const addOnFile = (name) => `chat-stream-elements-${name}.js`;
export const LANGUAGE_DIR = 'highlight-languages';

const SHELF = "globalThis[Symbol.for('chat-stream-elements.add-ons')]";

/** Replaces the module at `path` (a src/ file, imported as .js) with `code`. */
function swapModule(name, path, code) {
  const id = `\0${name}`;
  const target = path.replace(/\.ts$/, '');
  return {
    name,
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || importer === id) return null;
      const resolved = resolve(importer, '..', source).replace(/\.[jt]s$/, '');
      return resolved === target ? id : null;
    },
    load: (loaded) => (loaded === id ? code() : null),
  };
}

/** The ES module bundle finds add-ons next to itself. */
const addOnUrlFromOwnUrl = swapModule(
  'add-on-url-es',
  src('addons/add-on-url.ts'),
  // Through a variable: Vite reads \`new URL(…, import.meta.url)\` as an asset to bundle.
  () => `const own = import.meta.url;\nexport function addOnUrl(name) { return new URL('./chat-stream-elements-' + name + '.js', own).href; }`,
);

/**
 * An add-on uses the error classes of the kit it plugs into (so `instanceof NetworkError` holds
 * across files), falling back to its own copy if it ran before the kit.
 */
const errorsFromKit = swapModule('errors-from-kit', src('errors.ts'), () => {
  const names = [...readFileSync(src('errors.ts'), 'utf8').matchAll(/^export (?:class|function|const) (\w+)/gm)].map((m) => m[1]);
  return `import * as own from ${JSON.stringify(src('errors.ts'))};
const kit = ${SHELF}?.errors ?? own;
${names.map((name) => `export const ${name} = kit.${name};`).join('\n')}`;
});

/** The highlight add-on loads each language's script file from dist/highlight-languages/. */
const grammarsBesideAddOn = swapModule('load-grammar-files', src('addons/highlight/load-grammar.ts'), () => `
const own = (typeof document !== 'undefined' && document.currentScript && document.currentScript.src) || undefined;
export async function loadGrammar(name) {
  const shelf = ${SHELF};
  const base = own ?? shelf?.urls?.highlight;
  if (!shelf?.grammars?.[name] && base) {
    await import(/* @vite-ignore */ new URL('${LANGUAGE_DIR}/' + name + '.js', base).href).catch(() => undefined);
  }
  return ${SHELF}?.grammars?.[name];
}`);

function common(outFile) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      // Vite keeps lib-mode ES output readable; these single files are for script tags, so minify fully.
      rolldownOptions: { output: { minify: true } },
      lib: { entry: src('index.ts'), name: 'ChatStreamElements', formats: ['es'], fileName: () => outFile },
    },
  };
}

/** The main bundle: `es` (loads add-ons from its own URL) or `iife` (the page adds their script tags). */
export function bundleConfig(format) {
  const config = common(bundleFile[format]);
  config.plugins = [minifyCssLiterals(), ...(format === 'es' ? [addOnUrlFromOwnUrl] : [])];
  config.build.lib.formats = [format];
  // The ES module bundle keeps the markdown renderer in a chunk beside it, fetched from its own URL
  // on first use (src/markdown/markdown-loader.ts); a classic script has one file, so it stays inline.
  // What both need stays in the bundle: its entry may export more than src/index.ts (unnamed helpers).
  if (format === 'es') {
    config.build.rolldownOptions.output.chunkFileNames = MARKDOWN_CHUNK;
    config.build.rolldownOptions.preserveEntrySignatures = 'allow-extension';
  }
  return config;
}

/** One add-on as a self-registering script file. */
export function addOnConfig(name) {
  const config = common(addOnFile(name));
  config.plugins = [errorsFromKit, grammarsBesideAddOn];
  config.build.lib = { entry: src(`addons/${name}.ts`), formats: ['iife'], name: ADD_ON_GLOBALS[name] ?? `ChatStreamElements_${name}`, fileName: () => addOnFile(name) };
  // The add-on's exports (createActionCableTransport) on a global, also when the file is loaded
  // as a module (where the IIFE's \`var\` stays in the module): for pages using the store API.
  const global = ADD_ON_GLOBALS[name];
  if (global) config.build.rolldownOptions.output.footer = `globalThis.${global}=${global};`;
  return config;
}

