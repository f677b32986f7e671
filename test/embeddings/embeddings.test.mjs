// Browser tests of every embedding: classic script tag, ES module script tag, React 19, Vue 3.
// Each page is the real built page, in Chromium, against the demo's mock assistant on a real
// socket. A test mounts the page, sends a prompt through the element's composer, waits for the
// streamed reply, unmounts, and fails on any console error or warning, any uncaught error, or any
// request still open in the browser or on the server. Node's own test runner runs them:
//
//   npm run build && npm run build:demo-test      (`--mode development`, so React's and Vue's warnings reach the console)
//   npm run test:embeddings                        (`-- --test-name-pattern=Vue` runs only some)
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { replyText } from '../../wire/index.js';
import { createAnswer } from '../../demo/backend/answer.mjs';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
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

/** Polls `check` until it returns true; fails with `message` after `timeout` ms. */
async function eventually(check, message, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(message);
    await sleep(25);
  }
}

/** What the reader sees of the answer: its heading and the last line of its code block. */
function expectedPhrases(prompt) {
  const lines = replyText(createAnswer({ prompt })).split('\n');
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

/** The two tests of one embedding; `context()` gives the browser and server once `before` has run. */
function testsFor(embedding, context) {
  /**
   * Opens the page against a chat endpoint with these knobs, sends the prompt from the composer,
   * runs `check` with the page and this test's chat requests, and always closes the page.
   */
  const withChat = async (knobs, check) => {
    const absent = embedding.needs.filter((file) => !existsSync(`${root}/${file}`));
    // A missing build is a failure, never a quiet skip.
    assert.equal(absent.length, 0, `not built: ${absent.join(', ')}: run \`npm run build\` and \`npm run build:demo-test\` first`);
    const { browser, server } = context();
    const endpoint = chatEndpoint(knobs);
    const view = await openEmbedding(browser, server.origin, embedding.path, endpoint.src);
    try {
      await sendFromComposer(view.page, PROMPT);
      await check(view, endpoint.mine(server));
    } finally {
      await view.context.close();
    }
  };

  it(`${embedding.name}: a prompt typed in the composer streams the whole reply into the assistant's message, and unmounting leaves nothing open`, { timeout: TEST_TIMEOUT_MS }, () =>
    withChat('speed=400', async (view, chats) => {
      const reply = view.page.locator('chat-stream chat-message[role="assistant"]');
      await reply.and(view.page.locator('[status="complete"]')).waitFor({ timeout: 10000 });
      const text = await reply.locator('[part="content"]').innerText();
      for (const phrase of expectedPhrases(PROMPT)) assert(text.includes(phrase), `the reply lacks "${phrase}"; it shows:\n${text}`);
      const user = await view.page.locator('chat-stream chat-message[role="user"] [part="content"]').innerText();
      assert(user.includes(PROMPT), `the user's message shows "${user}"`);
      const events = await view.page.locator('#events').innerText();
      assert(/chat-tool-call: get_weather/.test(events) && /chat-message-end: \d+ chunks/.test(events), `the page's event log missed events:\n${events}`);
      await unmount(view.page);
      await expectNothingLeftOpen(view, chats);
      assert(chats().length === 1 && chats()[0].finished, `expected one finished chat request, got ${JSON.stringify(chats())}`);
      expectNoProblems(view);
    }),
  );

  it(`${embedding.name}: unmounting while a reply streams closes its connection`, { timeout: TEST_TIMEOUT_MS }, () =>
    withChat('speed=15', async (view, chats) => {
      const content = view.page.locator('chat-stream chat-message[role="assistant"] [part="content"]');
      await eventually(async () => (await content.count()) > 0 && (await content.innerText()).trim().length > 0, 'no reply text arrived', 8000);
      assert.equal(await view.page.locator('chat-stream').getAttribute('status'), 'streaming', 'the element was not streaming');
      await unmount(view.page);
      await expectNothingLeftOpen(view, chats);
      assert(chats().length === 1 && !chats()[0].finished, `expected one chat request closed before its end, got ${JSON.stringify(chats())}`);
      expectNoProblems(view);
    }),
  );
}

describe('embeddings', () => {
  let browser;
  let server;
  before(async () => {
    server = await startEmbeddingsServer();
    browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  for (const embedding of embeddings) testsFor(embedding, () => ({ browser, server }));
});
