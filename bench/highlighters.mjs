// Shiki against highlight.js on 2,000 lines of JavaScript (DOMPurify's source), in Node (the numbers behind the
// highlight add-on's choice; docs/performance.md): bundle size of core + JavaScript support,
// time to highlight, whether the work can be cut into slices, and how much of the code is coloured.
//   node bench/highlighters.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import hljs from 'highlight.js/lib/core';
import hljsJavaScript from 'highlight.js/lib/languages/javascript';
import { createCssVariablesTheme, createHighlighterCoreSync } from '@shikijs/core';
import { createJavaScriptRawEngine } from '@shikijs/engine-javascript/raw';
import precompiled from '@shikijs/langs-precompiled/javascript';

const source = readFileSync(new URL('../node_modules/dompurify/dist/purify.es.mjs', import.meta.url), 'utf8').split('\n').slice(0, 2000).join('\n');

async function gzipSize(code) {
  const output = await build({ configFile: false, logLevel: 'silent', build: { write: false, minify: true, lib: { entry: 'virtual', formats: ['es'] }, rolldownOptions: { input: 'entry' } }, plugins: [{ name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? code : null) }] });
  return gzipSync(output[0].output[0].code).length;
}

const time = (fn) => {
  const start = performance.now();
  const result = fn();
  return [performance.now() - start, result];
};

hljs.registerLanguage('javascript', hljsJavaScript);
const [hljsFirst, hljsOut] = time(() => hljs.highlight(source, { language: 'javascript' }).value);
const [hljsWarm] = time(() => hljs.highlight(source, { language: 'javascript' }));
const hljsSpans = (hljsOut.match(/<span class="hljs-/g) ?? []).length;

const theme = createCssVariablesTheme({ name: 'chat', variablePrefix: '--_hl-' });
const coloured = (lines) => lines.flat().filter((token) => token.color && token.color !== 'var(--_hl-foreground)').length;
function shiki(engine, grammar) {
  const highlighter = createHighlighterCoreSync({ engine, themes: [theme], langs: [grammar] });
  const [first, tokens] = time(() => highlighter.codeToTokensBase(source, { lang: 'javascript', theme: 'chat' }));
  const [warm] = time(() => highlighter.codeToTokensBase(source, { lang: 'javascript', theme: 'chat' }));
  // Sliced as the add-on does: 12 lines a step, the grammar's state carried over.
  const lines = source.split('\n');
  let state;
  let longest = 0;
  for (let i = 0; i < lines.length; i += 12) {
    const [took, step] = time(() => highlighter.codeToTokensBase(lines.slice(i, i + 12).join('\n'), { lang: 'javascript', theme: 'chat', grammarState: state }));
    state = highlighter.getLastGrammarState(step);
    longest = Math.max(longest, took);
  }
  return { first, warm, coloured: coloured(tokens), longest };
}
const raw = shiki(createJavaScriptRawEngine(), precompiled.at(-1));

const sizes = {
  hljs: await gzipSize("import hljs from 'highlight.js/lib/core'; import js from 'highlight.js/lib/languages/javascript'; hljs.registerLanguage('javascript', js); export default hljs;"),
  shikiRegex: await gzipSize("export { createHighlighterCoreSync } from '@shikijs/core'; export { createJavaScriptRegexEngine } from '@shikijs/engine-javascript';"),
  shikiRaw: await gzipSize("export { createHighlighterCoreSync } from '@shikijs/core'; export { createJavaScriptRawEngine } from '@shikijs/engine-javascript/raw'; export { default } from '@shikijs/langs-precompiled/javascript';"),
};
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;
console.log(`2,000 lines of JavaScript (${source.length} characters), Node ${process.version}`);
console.log('| highlighter | gzip (core + JavaScript) | first run | warm run | longest 12-line step | coloured tokens |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(`| highlight.js 11 core + javascript | ${kb(sizes.hljs)} | ${ms(hljsFirst)} | ${ms(hljsWarm)} | cannot be cut (no public state between calls) | ${hljsSpans} |`);
console.log(`| Shiki, JavaScript regex engine (compiles grammars at run time) | ${kb(sizes.shikiRegex)} + grammar | | | | |`);
console.log(`| Shiki, raw engine + precompiled grammar (chosen) | ${kb(sizes.shikiRaw)} | ${ms(raw.first)} | ${ms(raw.warm)} | ${ms(raw.longest)} | ${raw.coloured} |`);
