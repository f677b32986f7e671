// npm run build: the npm ESM build with types (tsc), then the single-file bundles (vite): the ES
// module and classic main bundles, one script file per add-on, one per highlighting language.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { ADD_ONS, addOnConfig, bundleConfig, bundleFile, LANGUAGE_DIR, root } from './bundles.mjs';
import { allLanguages, grammarScript } from './highlight-languages.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root });
rmSync(resolve(root, 'dist'), { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
await build(bundleConfig('es'));
await build(bundleConfig('iife'));
for (const name of ADD_ONS) await build(addOnConfig(name));

const languages = resolve(root, 'dist', LANGUAGE_DIR);
mkdirSync(languages, { recursive: true });
for (const name of (await allLanguages()).keys()) writeFileSync(resolve(languages, `${name}.js`), grammarScript(name));

// Nothing of an add-on may be in the main bundles (a static import would put it there).
const MARKS = { DOMPurify: 'DOMPurify', '@rails/actioncable': 'ConnectionMonitor', Shiki: 'grammarState', Temml: 'temml' };
for (const file of Object.values(bundleFile)) {
  const code = readFileSync(resolve(root, 'dist', file), 'utf8');
  for (const [library, mark] of Object.entries(MARKS)) {
    if (code.includes(mark)) throw new Error(`scripts/build.mjs: ${library} is in dist/${file}; it belongs in its add-on`);
  }
}
