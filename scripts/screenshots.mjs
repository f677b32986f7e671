// npm run screenshots: saves a PNG of every visual state (light, and dark where it matters) into
// screenshots/, from demo/states.html served by the demo server, in Debian's Chromium.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';

const states = ['idle', 'waiting', 'streaming', 'markdown', 'tool-call', 'usage', 'error', 'rate-limited', 'stopped'];
const dark = ['markdown', 'streaming', 'error', 'tool-call'];

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

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: chromePath,
  args: chromeArgs,
});
let failures = 0;
try {
  const shots = [...states.map((state) => [state, 'light']), ...dark.map((state) => [state, 'dark'])];
  for (const [state, colorScheme] of shots) {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 }, colorScheme, reducedMotion: 'reduce' });
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`http://127.0.0.1:${port}/demo/states.html?state=${state}`);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 30000 });
    const file = `screenshots/${state}${colorScheme === 'dark' ? '-dark' : ''}.png`;
    await page.locator('chat-stream').screenshot({ path: file });
    console.log(`${problems.length ? '✗' : '✓'} ${file}${problems.length ? `: ${problems.join('; ')}` : ''}`);
    failures += problems.length ? 1 : 0;
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
process.exit(failures ? 1 : 0);
