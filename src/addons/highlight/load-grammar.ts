import type { LanguageRegistration } from '@shikijs/core';

/**
 * A language's own grammar, precompiled to JavaScript regular expressions (the npm build: a lazy
 * import per language, which bundlers split into its own chunk). The single-file add-on replaces this module with one that loads
 * dist/highlight-languages/<name>.js next to the add-on (see scripts/bundles.mjs).
 */
export async function loadGrammar(name: string): Promise<LanguageRegistration | undefined> {
  const load = LOADERS[name];
  if (!load) return undefined;
  const grammars = (await load()).default;
  return grammars[grammars.length - 1];
}

type Loader = () => Promise<{ default: LanguageRegistration[] }>;

const LOADERS: Record<string, Loader> = {
  javascript: () => import('@shikijs/langs-precompiled/javascript'),
  typescript: () => import('@shikijs/langs-precompiled/typescript'),
  jsx: () => import('@shikijs/langs-precompiled/jsx'),
  tsx: () => import('@shikijs/langs-precompiled/tsx'),
  json: () => import('@shikijs/langs-precompiled/json'),
  jsonc: () => import('@shikijs/langs-precompiled/jsonc'),
  html: () => import('@shikijs/langs-precompiled/html'),
  css: () => import('@shikijs/langs-precompiled/css'),
  scss: () => import('@shikijs/langs-precompiled/scss'),
  python: () => import('@shikijs/langs-precompiled/python'),
  ruby: () => import('@shikijs/langs-precompiled/ruby'),
  erb: () => import('@shikijs/langs-precompiled/erb'),
  shellscript: () => import('@shikijs/langs-precompiled/shellscript'),
  powershell: () => import('@shikijs/langs-precompiled/powershell'),
  sql: () => import('@shikijs/langs-precompiled/sql'),
  yaml: () => import('@shikijs/langs-precompiled/yaml'),
  toml: () => import('@shikijs/langs-precompiled/toml'),
  xml: () => import('@shikijs/langs-precompiled/xml'),
  markdown: () => import('@shikijs/langs-precompiled/markdown'),
  diff: () => import('@shikijs/langs-precompiled/diff'),
  docker: () => import('@shikijs/langs-precompiled/docker'),
  go: () => import('@shikijs/langs-precompiled/go'),
  rust: () => import('@shikijs/langs-precompiled/rust'),
  java: () => import('@shikijs/langs-precompiled/java'),
  kotlin: () => import('@shikijs/langs-precompiled/kotlin'),
  swift: () => import('@shikijs/langs-precompiled/swift'),
  c: () => import('@shikijs/langs-precompiled/c'),
  cpp: () => import('@shikijs/langs-precompiled/cpp'),
  'cpp-macro': () => import('@shikijs/langs-precompiled/cpp-macro'),
  regexp: () => import('@shikijs/langs-precompiled/regexp'),
  glsl: () => import('@shikijs/langs-precompiled/glsl'),
  csharp: () => import('@shikijs/langs-precompiled/csharp'),
  php: () => import('@shikijs/langs-precompiled/php'),
  lua: () => import('@shikijs/langs-precompiled/lua'),
  r: () => import('@shikijs/langs-precompiled/r'),
  graphql: () => import('@shikijs/langs-precompiled/graphql'),
};
