// Browser tests of every embedding: classic script tag, ES module script tag, React 19, Vue 3.
// Each page is the real built page, in Chromium, against the demo's mock assistant on a real
// socket. A test mounts the page, sends a prompt through the element's composer, waits for the
// streamed reply, unmounts, and fails on any console error or warning, any uncaught error, or any
// request still open in the browser or on the server.
//
//   npm run build && npx vite build -c demo/vite.embeddings.config.ts --mode development
//   node test/embeddings/run.mjs
//
// (`--mode development`, so React's and Vue's warnings reach the console.)
//
// Prints `tests: N passed, N failed, N skipped`; exits non-zero when a test fails.
// EMBEDDINGS_ONLY=<text> runs only the tests whose names contain it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createAnswerPlan } from '../../demo/backend/answer.mjs';
import { startEmbeddingsServer } from './embeddings-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TEST_TIMEOUT_MS = 20000;
const PROMPT = 'What is the weather in Paris?';

const embeddings = [
  { name: 'classic script tag', path: '/demo/script-tag/classic.html', needs: ['dist/chat-stream-elements.iife.js'] },
  { name: 'ES module script tag', path: '/demo/script-tag/module.html', needs: ['dist/chat-stream-elements.js'] },
  { name: 'React 19', path: '/dist-demo/react/index.html', needs: ['dist-demo/react/index.html'] },
  { name: 'Vue 3', path: '/dist-demo/vue/index.html', needs: ['dist-demo/vue/index.html'] },
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class AssertionError extends Error {}
function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

/** Polls `check` until it returns true; fails with `message` after `timeout` ms. */
async function eventually(check, message, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new AssertionError(message);
    await sleep(25);
  }
}

/** What the reader sees of the answer: its heading and the last line of its code block. */
function expectedPhrases(prompt) {
  const lines = createAnswerPlan({ prompt }).text.split('\n');
  const heading = lines.find((line) => line.startsWith('#')).replace(/^#+\s*/, '');
  const fence = lines.lastIndexOf('```');
  return [heading, lines[fence - 1]];
}

/**
 * Opens `path` in a fresh browser context, pointing the page's element at `src`, and records what
 * would show up in DevTools: console errors and warnings, uncaught errors, requests still open.
 */
async function openEmbedding(browser, origin, path, src) {
  const context = await browser.newContext();
  // Shorter than the test's own limit, so a stuck step names itself.
  context.setDefaultTimeout(8000);
  const page = await context.newPage();
  const problems = [];
  const openRequests = new Set();
  page.on('console', (message) => {
    // The development build of Lit announces itself once per page; that is not a problem.
    if (message.text().startsWith('Lit is in dev mode')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => openRequests.add(request));
  page.on('requestfinished', (request) => openRequests.delete(request));
  page.on('requestfailed', (request) => {
    openRequests.delete(request);
    // An aborted stream is how a stop looks from here; anything else is a real failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  await page.goto(`${origin}${path}?src=${encodeURIComponent(src)}`);
  await page.locator('chat-stream textarea').waitFor();
  return { page, context, problems, openRequests };
}

async function sendFromComposer(page, prompt) {
  await page.locator('chat-stream textarea').fill(prompt);
  await page.locator('chat-stream [part="send"]').click();
}

async function unmount(page) {
  await page.locator('#toggle').click();
  await page.locator('chat-stream').waitFor({ state: 'detached' });
}

async function expectNothingLeftOpen(view, chats) {
  await eventually(() => view.openRequests.size === 0, `the browser still has requests open: ${[...view.openRequests].map((r) => r.url()).join(', ')}`);
  await eventually(() => chats().every((chat) => chat.closed), 'the server still has a chat connection open');
}

function expectNoProblems(view) {
  assert(view.problems.length === 0, `the page reported:\n      ${view.problems.join('\n      ')}`);
}

let runs = 0;
/** A per-test marker in the chat URL, so each test reads back only its own server-side requests. */
function chatEndpoint(knobs) {
  const run = `r${++runs}`;
  return { src: `/api/chat/rubyllm?${knobs}&run=${run}`, mine: (server) => () => server.chats.filter((chat) => chat.url.endsWith(`run=${run}`)) };
}

function testsFor(embedding) {
  return [
    {
      name: `${embedding.name}: a prompt typed in the composer streams the whole reply into the assistant's message, and unmounting leaves nothing open`,
      async run({ browser, server }) {
        const endpoint = chatEndpoint('speed=400');
        const chats = endpoint.mine(server);
        const view = await openEmbedding(browser, server.origin, embedding.path, endpoint.src);
        try {
          await sendFromComposer(view.page, PROMPT);
          const reply = view.page.locator('chat-stream chat-message[from="assistant"]');
          await reply.and(view.page.locator('[status="complete"]')).waitFor({ timeout: 10000 });
          const text = await reply.locator('[part="content"]').innerText();
          for (const phrase of expectedPhrases(PROMPT)) assert(text.includes(phrase), `the reply lacks "${phrase}"; it shows:\n${text}`);
          const user = await view.page.locator('chat-stream chat-message[from="user"] [part="content"]').innerText();
          assert(user.includes(PROMPT), `the user's message shows "${user}"`);
          const events = await view.page.locator('#events').innerText();
          assert(/chat-tool-call: get_weather/.test(events) && /chat-message-end: \d+ chunks/.test(events), `the page's event log missed events:\n${events}`);
          await unmount(view.page);
          await expectNothingLeftOpen(view, chats);
          assert(chats().length === 1 && chats()[0].finished, `expected one finished chat request, got ${JSON.stringify(chats())}`);
          expectNoProblems(view);
        } finally {
          await view.context.close();
        }
      },
    },
    {
      name: `${embedding.name}: unmounting while a reply streams closes its connection`,
      async run({ browser, server }) {
        const endpoint = chatEndpoint('speed=15');
        const chats = endpoint.mine(server);
        const view = await openEmbedding(browser, server.origin, embedding.path, endpoint.src);
        try {
          await sendFromComposer(view.page, PROMPT);
          const content = view.page.locator('chat-stream chat-message[from="assistant"] [part="content"]');
          await eventually(async () => (await content.count()) > 0 && (await content.innerText()).trim().length > 0, 'no reply text arrived', 8000);
          assert((await view.page.locator('chat-stream').getAttribute('status')) === 'streaming', 'the element was not streaming');
          await unmount(view.page);
          await expectNothingLeftOpen(view, chats);
          assert(chats().length === 1 && !chats()[0].finished, `expected one chat request closed before its end, got ${JSON.stringify(chats())}`);
          expectNoProblems(view);
        } finally {
          await view.context.close();
        }
      },
    },
  ];
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new AssertionError(`timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  const tally = { passed: 0, failed: 0, skipped: 0 };
  const missing = embeddings.flatMap((embedding) => embedding.needs).filter((file) => !existsSync(`${root}/${file}`));
  if (missing.length) {
    // A missing build is a failure, never a quiet skip.
    console.error(`Missing ${missing.join(', ')}: run \`npm run build\` and \`npx vite build -c demo/vite.embeddings.config.ts\` first.`);
  }
  const server = await startEmbeddingsServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const embedding of embeddings) {
      for (const test of testsFor(embedding)) {
        if (process.env.EMBEDDINGS_ONLY && !test.name.includes(process.env.EMBEDDINGS_ONLY)) continue;
        const started = Date.now();
        try {
          const absent = embedding.needs.filter((file) => missing.includes(file));
          if (absent.length) throw new AssertionError(`not built: ${absent.join(', ')}`);
          await withTimeout(test.run({ browser, server }), TEST_TIMEOUT_MS);
          tally.passed++;
          console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
        } catch (error) {
          tally.failed++;
          console.log(`  ✗ ${test.name}\n      ${error instanceof AssertionError ? error.message : error.stack}`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  process.exitCode = tally.failed ? 1 : 0;
}

await main();
