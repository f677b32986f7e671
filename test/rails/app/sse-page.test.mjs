// Path 1 of the Rails example: <chat-stream> posting to ChatStreamsController (ActionController::Live).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventually, expectCallStopped, openNewChat } from './pages.mjs';

const element = (page) => page.locator('chat-stream');
const lastReply = (page) => element(page).evaluate((chat) => chat.messages.at(-1));

async function send(page, prompt) {
  await page.locator('chat-stream textarea').fill(prompt);
  await page.locator('chat-stream [part="send"]').click();
}

async function waitForSomeText(page) {
  await eventually(async () => {
    const reply = await lastReply(page);
    return reply?.role === 'assistant' && reply.status === 'streaming' && reply.content.length > 20;
  }, 'no reply text arrived');
}

export function ssePageTests(server) {
  describe('Rails SSE page (<chat-stream> → ActionController::Live)', () => {
    it('streams the whole reply into the page, exactly as the server saved it, with the CSRF token Rails checks', async () => {
      const chat = await openNewChat(server.browser, server.origin);
      try {
        await send(chat.page, 'Grüß "dich" <please>');
        await eventually(async () => (await lastReply(chat.page))?.status === 'complete', 'the reply did not complete');
        const shown = await lastReply(chat.page);
        const saved = await chat.endedReply();
        assert.equal(saved.status, 'complete');
        assert.equal(shown.content, saved.content);
        assert.match(shown.content, /^You said: Grüß "dich" <please>\n/);
        const text = await chat.page.locator('chat-stream chat-message[role="assistant"] [part="content"]').innerText();
        assert.match(text, /grüße 👋, "quotes", a backslash \\ and 1 < 2 && 3 > 2/);
        assert.match(text, /The second point .*is not bold.*, since it is text\./);
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });

    it('a stale CSRF token is refused by Rails (422), shown as an error on the reply, and never reaches the model', async () => {
      const chat = await openNewChat(server.browser, server.origin);
      try {
        // As after the session expired in another tab: the page's token is no longer valid.
        await chat.page.evaluate(() => document.querySelector('meta[name="csrf-token"]').setAttribute('content', 'stale-token'));
        chat.problems.length = 0;
        await send(chat.page, 'refused');
        const reply = await eventually(async () => {
          const last = await lastReply(chat.page);
          return last?.status === 'error' ? last : undefined;
        }, 'the refused request did not show as an error');
        assert.equal(reply.error.name, 'HttpError');
        assert.equal(reply.error.status, 422);
        assert.match(reply.error.message, /422/);
        assert.equal(reply.content, '');
        await chat.page.locator('chat-stream [part="error"]').waitFor();
        assert.deepEqual(await chat.state(), [], 'the refused request created messages on the server');
      } finally {
        await chat.close();
      }
    });

    it('Stop closes the stream and the controller ends the model call: no more chunks are produced', async () => {
      const chat = await openNewChat(server.browser, server.origin);
      try {
        await send(chat.page, 'stop me');
        await waitForSomeText(chat.page);
        await chat.page.locator('chat-stream [part="stop"]').click();
        const shown = await lastReply(chat.page);
        assert.equal(shown.status, 'stopped');
        const saved = await expectCallStopped(chat);
        assert.ok(!saved.content.endsWith('and done.'), 'the whole reply was produced anyway');
        // The server saw the chunks the page saw (and at most the one it was writing when the stream closed).
        assert.ok(saved.content.startsWith(shown.content), `saved "${saved.content}" does not continue shown "${shown.content}"`);
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });

    it('a reload mid-reply closes its request, so the reloaded page shows the reply as stopped, with the text the server saved', async () => {
      const chat = await openNewChat(server.browser, server.origin);
      try {
        await send(chat.page, 'reload me');
        await waitForSomeText(chat.page);
        await chat.page.reload();
        const saved = await expectCallStopped(chat);
        await chat.page.reload();
        await eventually(async () => (await lastReply(chat.page))?.status === 'stopped', 'the reloaded page does not show the reply as stopped');
        assert.equal((await lastReply(chat.page)).content, saved.content);
        await chat.page.locator('chat-stream chat-message[role="assistant"] [part="stopped"]').waitFor();
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });
  });
}
