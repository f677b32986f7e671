import type { LanguageRegistration } from '@shikijs/core';

/**
 * A language's own grammar (the npm build: a lazy import per language, which bundlers split into
 * its own chunk). The single-file add-on replaces this module with one that loads
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
  javascript: () => import('@shikijs/langs/javascript'),
  typescript: () => import('@shikijs/langs/typescript'),
  jsx: () => import('@shikijs/langs/jsx'),
  tsx: () => import('@shikijs/langs/tsx'),
  json: () => import('@shikijs/langs/json'),
  jsonc: () => import('@shikijs/langs/jsonc'),
  html: () => import('@shikijs/langs/html'),
  css: () => import('@shikijs/langs/css'),
  scss: () => import('@shikijs/langs/scss'),
  python: () => import('@shikijs/langs/python'),
  ruby: () => import('@shikijs/langs/ruby'),
  erb: () => import('@shikijs/langs/erb'),
  shellscript: () => import('@shikijs/langs/shellscript'),
  powershell: () => import('@shikijs/langs/powershell'),
  sql: () => import('@shikijs/langs/sql'),
  yaml: () => import('@shikijs/langs/yaml'),
  toml: () => import('@shikijs/langs/toml'),
  xml: () => import('@shikijs/langs/xml'),
  markdown: () => import('@shikijs/langs/markdown'),
  diff: () => import('@shikijs/langs/diff'),
  docker: () => import('@shikijs/langs/docker'),
  go: () => import('@shikijs/langs/go'),
  rust: () => import('@shikijs/langs/rust'),
  java: () => import('@shikijs/langs/java'),
  kotlin: () => import('@shikijs/langs/kotlin'),
  swift: () => import('@shikijs/langs/swift'),
  c: () => import('@shikijs/langs/c'),
  cpp: () => import('@shikijs/langs/cpp'),
  'cpp-macro': () => import('@shikijs/langs/cpp-macro'),
  regexp: () => import('@shikijs/langs/regexp'),
  glsl: () => import('@shikijs/langs/glsl'),
  csharp: () => import('@shikijs/langs/csharp'),
  php: () => import('@shikijs/langs/php'),
  lua: () => import('@shikijs/langs/lua'),
  r: () => import('@shikijs/langs/r'),
  graphql: () => import('@shikijs/langs/graphql'),
};
