// Writes what is derived from the Custom Elements Manifest (custom-elements.json), so no list of
// tags, properties or events is kept by hand:
//   src/element-api.generated.ts   tags, settable properties and events per element (the React
//                                  wrappers and the Vue typings are built from it)
//   README.md                      the <chat-stream> attribute table and the React components table,
//                                  between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`
//   docs/api.md                    the API reference (scripts/api-docs.mjs)
//
//   node scripts/generate.mjs           writes them (run `npm run analyze` first: `npm run generate` does)
//   node scripts/generate.mjs --check   fails, naming the files, when a committed one is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { renderApiDocs } from './api-docs.mjs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const fields = (element) => (element.members ?? []).filter((member) => member.kind === 'field' && !member.static);
const settable = (element) => fields(element).filter((field) => !field.readonly);
const events = (element) => (element.events ?? []).map((event) => event.name);
const pascal = (kebab) => kebab.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
const union = (names) => (names.length ? names.map((name) => `'${name}'`).join(' | ') : 'never');
const code = (text) => `\`${text}\``;
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

function elementApi() {
  const lines = [
    '// Generated from custom-elements.json by scripts/generate.mjs (`npm run generate`); do not edit.',
    '',
    '/** Every tag the kit defines. */',
    `export const elementTags = [${elements.map((element) => `'${element.tagName}'`).join(', ')}] as const;`,
    '',
    '/** The public properties of each element that a template or JSX may set (read-only ones left out). */',
    'export interface ElementProperties {',
    ...elements.map((element) => `  '${element.tagName}': ${union(settable(element).map((field) => field.name))};`),
    '}',
    '',
    '/** The DOM events each element documents (`@event`), in the order it documents them. */',
    'export const elementEvents = {',
    ...elements.map((element) => `  '${element.tagName}': [${events(element).map((name) => `'${name}'`).join(', ')}],`),
    '} as const;',
    '',
  ];
  return lines.join('\n');
}

/** A default as a reader writes it: `'auto'` → `auto`; nothing for undefined, empty or false. */
function shownDefault(value) {
  if (value === undefined || value === 'undefined' || value === "''" || value === 'false' || value === '{}') return '';
  return code(value.replace(/^'(.*)'$/, '$1'));
}

function attributeTable(tag) {
  const element = elements.find((candidate) => candidate.tagName === tag);
  const rows = fields(element).map((field) => {
    const name = field.attribute ? code(field.attribute) : code(`.${field.name}`);
    const note = field.readonly && !/read-only/.test(field.description ?? '') ? ' (read-only)' : '';
    return `| ${name} | ${oneLine(field.description)}${note} | ${shownDefault(field.default)} |`;
  });
  return ['| attribute / property | meaning | default |', '|---|---|---|', ...rows].join('\n');
}

function reactTable() {
  const rows = elements.map((element) => {
    const props = settable(element).map((field) => code(field.name)).join(', ');
    const listeners = (element.events ?? []).map((event) => `${code(`on${pascal(event.name)}`)}${event.description ? ` (${oneLine(event.description)})` : ''}`).join(', ');
    return `| ${code(pascal(element.tagName))} | ${props} | ${listeners} |`;
  });
  return ['| component | props | event props |', '|---|---|---|', ...rows].join('\n');
}

/** `text` with the block between the markers named `name` replaced by `body`. */
function replaceBlock(text, name, body) {
  const start = `<!-- generated:${name} (from custom-elements.json by scripts/generate.mjs) -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers of the generated block "${name}"`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

const readme = readFileSync(new URL('README.md', root), 'utf8');
const outputs = {
  'src/element-api.generated.ts': elementApi(),
  'README.md': replaceBlock(replaceBlock(readme, 'chat-stream-attributes', attributeTable('chat-stream')), 'react-components', reactTable()),
  'docs/api.md': renderApiDocs(manifest),
};

if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([path, text]) => {
    try {
      return readFileSync(new URL(path, root), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`Out of date with custom-elements.json: ${stale.map(([path]) => path).join(', ')}. Run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`up to date: ${Object.keys(outputs).join(', ')}`);
} else {
  for (const [path, text] of Object.entries(outputs)) writeFileSync(new URL(path, root), text);
  console.log(`wrote ${Object.keys(outputs).join(', ')}`);
}
