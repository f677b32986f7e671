// Written by scripts/highlight-languages.mjs from @shikijs/langs; do not edit.

/** A fence's language name or alias → the grammar's name. */
export const LANGUAGE_ALIASES: Record<string, string> = {
  javascript: 'javascript',
  js: 'javascript',
  cjs: 'javascript',
  mjs: 'javascript',
  typescript: 'typescript',
  ts: 'typescript',
  cts: 'typescript',
  mts: 'typescript',
  jsx: 'jsx',
  tsx: 'tsx',
  json: 'json',
  jsonc: 'jsonc',
  html: 'html',
  css: 'css',
  scss: 'scss',
  python: 'python',
  py: 'python',
  ruby: 'ruby',
  rb: 'ruby',
  erb: 'erb',
  shellscript: 'shellscript',
  bash: 'shellscript',
  sh: 'shellscript',
  shell: 'shellscript',
  zsh: 'shellscript',
  powershell: 'powershell',
  ps: 'powershell',
  ps1: 'powershell',
  pwsh: 'powershell',
  sql: 'sql',
  yaml: 'yaml',
  yml: 'yaml',
  toml: 'toml',
  xml: 'xml',
  java: 'java',
  markdown: 'markdown',
  md: 'markdown',
  diff: 'diff',
  docker: 'docker',
  dockerfile: 'docker',
  go: 'go',
  rust: 'rust',
  rs: 'rust',
  kotlin: 'kotlin',
  kt: 'kotlin',
  kts: 'kotlin',
  swift: 'swift',
  c: 'c',
  cpp: 'cpp',
  'c++': 'cpp',
  'cpp-macro': 'cpp-macro',
  regexp: 'regexp',
  regex: 'regexp',
  glsl: 'glsl',
  csharp: 'csharp',
  'c#': 'csharp',
  cs: 'csharp',
  php: 'php',
  lua: 'lua',
  r: 'r',
  graphql: 'graphql',
  gql: 'graphql',
  console: 'shellscript'
};

/** Languages a grammar embeds, loaded with it. */
export const EMBEDDED_LANGUAGES: Record<string, string[]> = {
  html: [
    'javascript',
    'css'
  ],
  scss: [
    'css'
  ],
  erb: [
    'html',
    'ruby'
  ],
  xml: [
    'java'
  ],
  cpp: [
    'cpp-macro',
    'regexp',
    'glsl'
  ],
  'cpp-macro': [
    'regexp',
    'glsl'
  ],
  glsl: [
    'c'
  ],
  lua: [
    'c'
  ]
};
