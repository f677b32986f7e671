// npm run check:package-types: the published types as a consumer meets them. Packs the package
// (`npm pack --ignore-scripts`, from dist/: run `npm run build` first), installs the tarball in fresh projects
// outside the repository (so none of our devDependencies can stand in for a missing one), and
// type-checks them with `strict` and without `skipLibCheck`:
//   bare   the tarball and TypeScript alone: the package root must need nothing optional
//   full   with every peer dependency: each `exports` entry (bundler and nodenext resolution), a
//          plain TS consumer, a React one (.tsx) and a Vue one (App.vue, through vue-tsc)
// Installs use npm's cache first (`--prefer-offline`); the versions are the ones this repo uses.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const fixtures = new URL('test/package-types/', root);
const work = mkdtempSync(join(tmpdir(), 'package-types-'));

const run = (cwd, command, args) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const runAsync = promisify(execFile);
/** `name@range` as this repo pins it (devDependencies first), so the install hits npm's cache. */
const pinned = (name) => `${name}@${pkg.devDependencies?.[name] ?? pkg.peerDependencies?.[name] ?? 'latest'}`;

const strict = {
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  types: [],
  jsx: 'react-jsx',
};

async function project(name, installs, tsconfigs) {
  const dir = join(work, name);
  mkdirSync(dir);
  cpSync(fixtures, dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }));
  await runAsync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...installs], { cwd: dir });
  for (const [file, config] of Object.entries(tsconfigs)) writeFileSync(join(dir, file), JSON.stringify(config, null, 2));
  return dir;
}

/** One import per `exports` entry that has types. */
function entriesFile() {
  const entries = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object' && target.types);
  return entries.map(([path], index) => `export * as entry${index} from '${path === '.' ? pkg.name : `${pkg.name}/${path.slice(2)}`}';`).join('\n') + '\n';
}

const failures = [];
async function check(label, dir, command, args) {
  const started = Date.now();
  try {
    await runAsync(command, args, { cwd: dir, encoding: 'utf8' });
    console.log(`  ✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures.push(label);
    console.log(`  ✗ ${label}\n${String(error.stdout ?? '') + String(error.stderr ?? '')}`.trimEnd());
  }
}

try {
  const tarball = join(work, run(work, 'npm', ['pack', new URL('.', root).pathname, '--silent', '--ignore-scripts']).trim().split('\n').pop());
  console.log(`packed ${tarball}`);

  const peers = Object.keys(pkg.peerDependencies ?? {});
  // Two cores: the installs side by side, then the checks side by side.
  const [bare, full] = await Promise.all([
    project('bare', [tarball, pinned('typescript')], {
      'tsconfig.json': { compilerOptions: { ...strict, module: 'ESNext', moduleResolution: 'Bundler' }, files: ['plain.ts'] },
    }),
    project('full', [tarball, pinned('typescript'), pinned('vue-tsc'), pinned('@types/react'), ...peers.map(pinned)], {
      'tsconfig.json': { compilerOptions: { ...strict, module: 'ESNext', moduleResolution: 'Bundler' }, files: ['entries.ts', 'plain.ts', 'react.tsx'] },
      'tsconfig.nodenext.json': { compilerOptions: { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext' }, files: ['entries.ts'] },
      'tsconfig.vue.json': { compilerOptions: { ...strict, module: 'ESNext', moduleResolution: 'Bundler', jsx: 'preserve' }, files: ['App.vue'] },
    }),
  ]);
  writeFileSync(join(full, 'entries.ts'), entriesFile());
  await Promise.all([
    check('bare: the package root with TypeScript alone (plain.ts)', bare, 'npx', ['tsc', '-p', 'tsconfig.json']),
    check(`full: every exports entry (${Object.keys(pkg.exports).length - 1}), plain.ts and react.tsx (bundler resolution)`, full, 'npx', ['tsc', '-p', 'tsconfig.json']),
    check('full: every exports entry (nodenext resolution)', full, 'npx', ['tsc', '-p', 'tsconfig.nodenext.json']),
    check('full: App.vue (vue-tsc)', full, 'npx', ['vue-tsc', '-p', 'tsconfig.vue.json']),
  ]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`The published types fail for a consumer: ${failures.join('; ')}`);
  process.exit(1);
}
