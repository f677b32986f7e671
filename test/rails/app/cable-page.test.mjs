// Path 3 of the Rails example: <chat-stream> over ActionCable (createActionCableTransport) with
// ChatChannel: `ask` starts ChatChannelReplyJob, `stop` ends its model call.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventually, expectCallStopped, openNewChat } from './pages.mjs';

const lastReply = (page) => page.locator('chat-stream').evaluate((chat) => chat.messages.at(-1));

async function send(page, prompt) {
  await page.locator('chat-stream textarea').fill(prompt);
  await page.locator('chat-stream [part="send"]').click();
}

export function cablePageTests(server) {
  describe('Rails ActionCable page (<chat-stream> → ChatChannel → job)', () => {
    it('streams the whole reply from RubyLLM chunk objects (with thinking and citations among them), exactly as the server saved it, with its token usage', async () => {
      const chat = await openNewChat(server.browser, server.origin, '/cable');
      try {
        await send(chat.page, 'Über "cable"');
        await eventually(async () => (await lastReply(chat.page))?.status === 'complete', 'the reply did not complete');
        const shown = await lastReply(chat.page);
        const saved = await chat.endedReply();
        assert.equal(saved.status, 'complete');
        assert.equal(shown.content, saved.content);
        assert.match(shown.content, /^You said: Über "cable"\n/);
        assert.equal(shown.usage?.inputTokens, 'Über "cable"'.length);
        assert.ok(shown.usage?.outputTokens > 0);
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });

    it('Stop performs the channel’s stop action: the job ends the model call before its next chunk', async () => {
      const chat = await openNewChat(server.browser, server.origin, '/cable');
      try {
        await send(chat.page, 'stop me');
        await eventually(async () => {
          const reply = await lastReply(chat.page);
          return reply?.role === 'assistant' && reply.status === 'streaming' && reply.content.length > 20;
        }, 'no reply text arrived');
        await chat.page.locator('chat-stream [part="stop"]').click();
        const shown = await lastReply(chat.page);
        assert.equal(shown.status, 'stopped');
        const saved = await expectCallStopped(chat);
        assert.ok(!saved.content.endsWith('and done.'), 'the whole reply was produced anyway');
        assert.ok(saved.content.startsWith(shown.content), `saved "${saved.content}" does not continue shown "${shown.content}"`);
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });

    it('a reply survives reloads at several points: each reloaded page shows the text so far and picks the reply up after it, ending whole with nothing twice or missing', async () => {
      const chat = await openNewChat(server.browser, server.origin, '/cable');
      try {
        await send(chat.page, 'reload me three times');
        let shownBefore = 0;
        let reloadsMidReply = 0;
        for (const atLeast of [12, 90, 170]) {
          await eventually(async () => (await lastReply(chat.page))?.content.length >= atLeast, async () => `the reply did not reach ${atLeast} characters: the page shows ${JSON.stringify(await lastReply(chat.page))}; the server: ${JSON.stringify(await chat.lastReply())}`);
          await chat.page.reload();
          const rendered = await lastReply(chat.page);
          assert.equal(rendered.role, 'assistant');
          assert.ok(rendered.content.length >= shownBefore, 'the reloaded page shows less than before');
          shownBefore = rendered.content.length;
          if (rendered.status !== 'streaming') break;
          reloadsMidReply += 1;
        }
        assert.ok(reloadsMidReply >= 2, `only ${reloadsMidReply} reload(s) came while the reply streamed; the test proves too little`);
        await eventually(async () => (await lastReply(chat.page))?.status === 'complete', async () => `the reply did not complete after the reloads: the page shows ${JSON.stringify(await lastReply(chat.page))}; the server: ${JSON.stringify(await chat.lastReply())}`);
        const shown = await lastReply(chat.page);
        const saved = await chat.endedReply();
        assert.equal(saved.status, 'complete', 'a reload stopped the reply on the server');
        assert.equal(shown.content, saved.content);
        const text = await chat.page.locator('chat-stream chat-message[role="assistant"] [part="content"]').innerText();
        assert.equal(text.match(/You said/g).length, 1);
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });

    it('Stop after a reload still stops the reply on the server', async () => {
      const chat = await openNewChat(server.browser, server.origin, '/cable');
      try {
        await send(chat.page, 'reload, then stop');
        await eventually(async () => (await lastReply(chat.page))?.content.length > 20, 'no reply text arrived');
        await chat.page.reload();
        await eventually(async () => {
          const reply = await lastReply(chat.page);
          return reply?.status === 'streaming' && (await chat.page.locator('chat-stream').getAttribute('status')) === 'streaming';
        }, 'the reloaded page did not pick the reply up');
        await chat.page.locator('chat-stream [part="stop"]').click();
        const saved = await expectCallStopped(chat);
        assert.ok(!saved.content.endsWith('and done.'), 'the whole reply was produced anyway');
        assert.equal((await lastReply(chat.page)).status, 'stopped');
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });
  });
}
