// npm run screenshots: saves a PNG of every visual state into screenshots/, from demo/states.html
// served by the demo server, in Debian's Chromium: light and dark, 1280 px (desktop) and 390 px
// (phone) wide; the main states again in German and in Arabic (mirrored), an Arabic reply in an
// English page; and the same conversation in a peer, deep-chat (demo/peer/), under screenshots/peer/.
//
//   node scripts/screenshots.mjs [filter]   only the shots whose file name contains `filter`
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';

const sizes = { 1280: { width: 1280, height: 800 }, 390: { width: 390, height: 844 } };
const schemes = ['light', 'dark'];
const main = ['idle', 'waiting', 'streaming', 'markdown', 'tool-call', 'parts', 'parts-live', 'usage', 'error', 'rate-limited', 'retry-wait', 'stopped', 'suggestions', 'actions', 'editing', 'attachments'];
const localized = ['markdown', 'waiting', 'error', 'retry-wait', 'usage', 'parts', 'suggestions', 'actions'];
const peerStates = ['markdown', 'waiting', 'error'];

/** Every shot: the page to open and the file to write. */
const shots = [];
const add = (page, query, file, width, scheme) =>
  shots.push({ url: `/demo/${page}?${query}`, file: `screenshots/${file}-${width}${scheme === 'dark' ? '-dark' : ''}.png`, width, scheme });
for (const width of [1280, 390]) {
  for (const scheme of schemes) {
    for (const state of main) add('states.html', `state=${state}`, state, width, scheme);
    for (const lang of ['de', 'ar']) for (const state of localized) add('states.html', `state=${state}&lang=${lang}`, `${lang}/${state}`, width, scheme);
    add('states.html', 'state=mixed', 'mixed', width, scheme);
    for (const state of peerStates) add('peer/deep-chat.html', `state=${state}`, `peer/deep-chat-${state}`, width, scheme);
    add('peer/deep-chat.html', 'state=markdown&lang=ar', 'peer/deep-chat-ar-markdown', width, scheme);
  }
}
const filter = process.argv[2];
const chosen = filter ? shots.filter((shot) => shot.file.includes(filter)) : shots;

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const port = await freePort();
const server = spawn(process.execPath, ['demo/server.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.on('data', (text) => String(text).includes('http://') && resolve());
  server.on('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
});

for (const dir of ['screenshots/de', 'screenshots/ar', 'screenshots/peer']) mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
let failures = 0;
try {
  for (const shot of chosen) {
    const page = await browser.newPage({ viewport: sizes[shot.width], colorScheme: shot.scheme, reducedMotion: 'reduce', deviceScaleFactor: shot.width === 390 ? 2 : 1 });
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // The peer fetches things from the internet, which this machine lacks: only our pages must be clean.
    const ours = !shot.url.includes('/peer/');
    page.on('console', (message) => ours && message.type() === 'error' && problems.push(message.text()));
    await page.goto(`http://127.0.0.1:${port}${shot.url}`);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 30000 });
    await page.screenshot({ path: shot.file });
    console.log(`${problems.length ? '✗' : '✓'} ${shot.file}${problems.length ? `: ${problems.join('; ')}` : ''}`);
    failures += problems.length ? 1 : 0;
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
process.exit(failures ? 1 : 0);
