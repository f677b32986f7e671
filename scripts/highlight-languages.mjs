// Writes src/addons/highlight/languages.ts: the languages the highlight add-on knows, their
// aliases and the languages each embeds, from @shikijs/langs-precompiled (grammars whose patterns
// are already JavaScript regular expressions). Run after upgrading Shiki:
// `node scripts/highlight-languages.mjs`. scripts/build.mjs writes one script file per language
// (`grammarScript`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** What chat replies plausibly fence, by Shiki's names. */
export const LANGUAGES = [
  'javascript', 'typescript', 'jsx', 'tsx', 'json', 'jsonc', 'html', 'css', 'scss', 'python', 'ruby',
  'erb', 'shellscript', 'powershell', 'sql', 'yaml', 'toml', 'xml', 'markdown', 'diff', 'docker',
  'go', 'rust', 'java', 'kotlin', 'swift', 'c', 'cpp', 'csharp', 'php', 'lua', 'r', 'graphql',
];

/** More embedded languages than this are left out (Ruby's heredocs would pull in twelve). */
export const MAX_EMBEDDED = 3;

/** Own grammar of a language (the last of its module's list; the others are what it embeds). */
export async function ownGrammar(name) {
  const grammars = (await import(`@shikijs/langs-precompiled/${name}`)).default;
  const own = { ...grammars.at(-1) };
  if ((own.embeddedLangs?.length ?? 0) > MAX_EMBEDDED) delete own.embeddedLangs;
  delete own.embeddedLangsLazy;
  return own;
}

/** Every language to ship: the list and, recursively, what they embed. */
export async function allLanguages() {
  const seen = new Map();
  const visit = async (name) => {
    if (seen.has(name)) return;
    const grammar = await ownGrammar(name);
    seen.set(name, grammar);
    for (const embedded of grammar.embeddedLangs ?? []) await visit(embedded);
  };
  for (const name of LANGUAGES) await visit(name);
  return seen;
}

const SHELF = "globalThis[Symbol.for('chat-stream-elements.add-ons')]";

/**
 * A language's own grammar as a classic script that puts it on the add-ons' shelf: the module's
 * `const lang = …` with its imports dropped (embedded languages load as their own files) and
 * `EmulatedRegExp` taken from the highlight add-on, which shelves it.
 */
export function grammarScript(name) {
  const file = createRequire(import.meta.url).resolve(`@shikijs/langs-precompiled/${name}`);
  const source = readFileSync(file, 'utf8');
  const match = /^const lang = (Object\.freeze\([\s\S]*\))\s*export default \[[^\]]*\]\s*$/m.exec(source);
  if (!match) throw new Error(`scripts/highlight-languages.mjs: unexpected shape of ${file}`);
  return `(()=>{const s=${SHELF}??={addOns:{},loading:{}},EmulatedRegExp=s.EmulatedRegExp;(s.grammars??={})[${JSON.stringify(name)}]=${match[1]};})();\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const languages = await allLanguages();
  const aliases = {};
  const embeds = {};
  for (const [name, grammar] of languages) {
    for (const alias of [name, ...(grammar.aliases ?? [])]) aliases[alias] = name;
    if (grammar.embeddedLangs?.length) embeds[name] = grammar.embeddedLangs;
  }
  Object.assign(aliases, { sh: 'shellscript', bash: 'shellscript', zsh: 'shellscript', shell: 'shellscript', console: 'shellscript', dockerfile: 'docker', 'c++': 'cpp', 'c#': 'csharp', cs: 'csharp', py: 'python', rb: 'ruby', md: 'markdown', yml: 'yaml', ts: 'typescript', js: 'javascript' });
  const text = `// Written by scripts/highlight-languages.mjs from @shikijs/langs; do not edit.

/** A fence's language name or alias → the grammar's name. */
export const LANGUAGE_ALIASES: Record<string, string> = ${JSON.stringify(aliases, null, 2).replace(/"/g, "'").replace(/'([a-z][a-z0-9]*)':/g, '$1:')};

/** Languages a grammar embeds, loaded with it. */
export const EMBEDDED_LANGUAGES: Record<string, string[]> = ${JSON.stringify(embeds, null, 2).replace(/"/g, "'").replace(/'([a-z][a-z0-9]*)':/g, '$1:')};
`;
  writeFileSync(new URL('../src/addons/highlight/languages.ts', import.meta.url), text);
  console.log(`${languages.size} languages, ${Object.keys(aliases).length} names`);
}
