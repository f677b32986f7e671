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
  });
}
