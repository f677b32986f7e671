// Opening the Rails example's pages in Chromium and reading what the server did, for the tests.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome.mjs';

/** How often the stand-in model writes a chunk in these tests (CHUNK_INTERVAL_MS). */
export const CHUNK_INTERVAL_MS = 80;

export function launchBrowser() {
  return chromium.launch({
    executablePath: chromePath,
    args: chromeArgs,
  });
}

/** Polls `check` until it returns a truthy value, which it returns; fails with `message` after `timeout` ms. */
export async function eventually(check, message, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new assert.AssertionError({ message: typeof message === 'function' ? await message() : message });
    await sleep(25);
  }
}

/**
 * A new chat, made as a visitor makes one (the "New chat" button on the home page), opened at
 * `path` ('' for the SSE page, '/turbo', '/cable'). Records what DevTools would show: console
 * errors and warnings, uncaught errors.
 */
export async function openNewChat(browser, origin, path = '', query = '') {
  const context = await browser.newContext();
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(origin);
  await page.getByRole('button', { name: 'New chat' }).click();
  await page.waitForURL(/\/chats\/\d+$/);
  const id = Number(/\/chats\/(\d+)$/.exec(page.url())[1]);
  const url = `${origin}/chats/${id}${path}${query}`;
  if (path || query) await page.goto(url);
  await page.waitForLoadState('load');
  const chat = {
    id,
    url,
    page,
    problems,
    /** What the server saved and did: each message with `produced` (chunks the model wrote) and `call` (its state). */
    async state() {
      const response = await page.request.get(`${origin}/chats/${id}/state`);
      assert.equal(response.status(), 200);
      return response.json();
    },
    async lastReply() {
      return (await chat.state()).filter((message) => message.role === 'assistant').at(-1);
    },
    /** Waits for the server to end the last reply's call (complete, stopped or error) and returns it. */
    async endedReply() {
      return eventually(async () => {
        const reply = await chat.lastReply();
        return reply && reply.call !== 'streaming' && reply.status !== 'streaming' ? reply : undefined;
      }, async () => `the server did not end the reply: ${JSON.stringify(await chat.lastReply())}`);
    },
    expectNoProblems() {
      assert.deepEqual(problems, [], 'the page reported problems');
    },
    close: () => context.close(),
  };
  return chat;
}

/**
 * After a stop: the server's call ended as `stopped`, and the model writes nothing more while
 * three more chunks' worth of time passes. Returns the stopped reply.
 */
export async function expectCallStopped(chat) {
  const reply = await chat.endedReply();
  assert.equal(reply.call, 'stopped', `the call ended as ${reply.call}, not stopped`);
  await sleep(CHUNK_INTERVAL_MS * 3);
  const later = await chat.lastReply();
  assert.equal(later.produced, reply.produced, 'the model kept writing after the stop');
  assert.equal(later.status, 'stopped');
  return later;
}
