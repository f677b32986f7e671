// Path 2 of the Rails example: real Turbo (@hotwired/turbo-rails' own bundle) applying the job's
// Turbo Stream broadcasts (appends into <chat-message>, the final replace) from the app's
// Turbo::StreamsChannel, subscribed by <turbo-cable-stream-source> with a signed stream name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventually, expectCallStopped, openNewChat } from './pages.mjs';

async function send(page, prompt) {
  const input = page.locator('#new_message input[name="content"]');
  await input.fill(prompt);
  await page.locator('#new_message input[type="submit"]').click();
  // Turbo puts a fresh form in place of the sent one.
  await eventually(async () => (await input.inputValue()) === '', 'the form was not replaced after sending');
}

/** The assistant <chat-message> elements on the page: id, status, light-DOM text, rendered text. */
function replies(page) {
  return page.locator('#messages chat-message[role="assistant"]').evaluateAll((elements) =>
    elements.map((element) => ({
      id: element.id,
      status: element.getAttribute('status'),
      text: element.textContent,
      shown: element.shadowRoot?.querySelector('[part~="content"]')?.textContent ?? '',
      markup: element.querySelector('*') !== null,
    })),
  );
}

/**
 * Records every size the page paints for each assistant <chat-message> (ResizeObserver reports
 * the size of a frame's layout, before it is painted), from now on, including elements a Turbo
 * replace puts in.
 */
function recordPaintedHeights(page) {
  return page.evaluate(() => {
    const painted = [];
    window.__painted = painted;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        // A removed element reports 0 px once; that is not a painted frame.
        if (entry.target.isConnected) painted.push({ id: entry.target.id, status: entry.target.getAttribute('status'), height: entry.borderBoxSize[0].blockSize });
      }
    });
    const watch = (node) => {
      if (!(node instanceof Element)) return;
      if (node.matches('chat-message[role="assistant"]')) observer.observe(node);
      for (const inner of node.querySelectorAll('chat-message[role="assistant"]')) observer.observe(inner);
    };
    const messages = document.getElementById('messages');
    watch(messages);
    new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(watch))).observe(messages, { childList: true, subtree: true });
  });
}

const savedReplies = async (chat) => (await chat.state()).filter((message) => message.role === 'assistant');

export function turboPageTests(server) {
  describe('Rails Turbo Streams page (real Turbo, Turbo::StreamsChannel, <chat-message>)', () => {
    it('shows escaped chunks as the model wrote them while they stream, then the saved reply, never painting it empty in between', async () => {
      const chat = await openNewChat(server.browser, server.origin, '/turbo');
      try {
        await chat.page.locator('turbo-cable-stream-source[connected]').waitFor({ state: 'attached' });
        await recordPaintedHeights(chat.page);
        await send(chat.page, 'Turbo, "please"');
        // While it streams: the appended text is the model's text, and none of it became markup.
        const streaming = await eventually(async () => (await replies(chat.page)).find((reply) => reply.status === 'streaming' && reply.text.includes('<b>is not')), 'the streamed chunks never showed the model’s <b> as text');
        assert.equal(streaming.markup, false, 'an escaped chunk became an element');
        assert.match(streaming.shown, /You said: Turbo, "please"/);
        const [done] = await eventually(async () => {
          const all = await replies(chat.page);
          return all.length === 1 && all[0].status === 'complete' && all[0].shown ? all : undefined;
        }, 'the saved reply did not replace the streaming one');
        const [saved] = await savedReplies(chat);
        assert.equal(done.text, saved.content, 'the replaced message is not the saved reply');
        assert.match(done.shown, /grüße 👋, "quotes", a backslash \\ and 1 < 2 && 3 > 2/);
        assert.equal(done.shown.match(/You said/g).length, 1, 'the reply’s text shows twice');
        // The final replace: the new element's first painted frame already holds the reply.
        const painted = await chat.page.evaluate(() => window.__painted);
        const beforeReplace = painted.filter((entry) => entry.status === 'streaming').at(-1);
        const afterReplace = painted.filter((entry) => entry.status === 'complete');
        assert.ok(beforeReplace && afterReplace.length, `no frames recorded around the replace: ${JSON.stringify(painted)}`);
        const smallest = Math.min(...afterReplace.map((entry) => entry.height));
        assert.ok(smallest >= beforeReplace.height / 2, `the replaced message painted at ${smallest} px after ${beforeReplace.height} px (frames: ${JSON.stringify(painted.slice(-4))})`);
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });

    it('the guide’s raw `html: chunk.content` lets the model’s markup in as elements (why the example escapes); the saved reply then shows it as text', async () => {
      const chat = await openNewChat(server.browser, server.origin, '/turbo', '?raw_html=1');
      try {
        await chat.page.locator('turbo-cable-stream-source[connected]').waitFor({ state: 'attached' });
        await send(chat.page, 'raw');
        const streaming = await eventually(async () => (await replies(chat.page)).find((reply) => reply.status === 'streaming' && reply.text.includes('is not')), 'no streamed text arrived');
        assert.equal(streaming.markup, true, 'the raw chunk <b>… did not become an element');
        assert.ok(!streaming.text.includes('<b>'), 'the raw chunk was shown as text');
        const done = await eventually(async () => (await replies(chat.page)).find((reply) => reply.status === 'complete'), 'the saved reply did not replace the streaming one');
        const [saved] = await savedReplies(chat);
        assert.equal(done.text, saved.content);
        assert.equal(done.markup, false);
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });

    it('two replies streaming at once each get their own chunks and end as their own saved text', async () => {
      const chat = await openNewChat(server.browser, server.origin, '/turbo');
      try {
        await chat.page.locator('turbo-cable-stream-source[connected]').waitFor({ state: 'attached' });
        await send(chat.page, 'first question');
        await eventually(async () => (await replies(chat.page)).some((reply) => reply.status === 'streaming' && reply.text.length > 0), 'the first reply did not start');
        await send(chat.page, 'second question');
        await eventually(async () => (await replies(chat.page)).filter((reply) => reply.status === 'streaming').length === 2, 'the two replies never streamed at once');
        const done = await eventually(async () => {
          const all = await replies(chat.page);
          return all.length === 2 && all.every((reply) => reply.status === 'complete') ? all : undefined;
        }, 'both replies did not complete');
        const saved = await savedReplies(chat);
        assert.deepEqual(done.map((reply) => reply.text), saved.map((reply) => reply.content));
        assert.match(done[0].text, /^You said: first question\n/);
        assert.match(done[1].text, /^You said: second question\n/);
        assert.ok(!done[0].shown.includes('second question') && !done[1].shown.includes('first question'));
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });

    it('a reload mid-reply renders the text so far and keeps streaming into it; the reply ends whole, with no text twice', async () => {
      const chat = await openNewChat(server.browser, server.origin, '/turbo');
      try {
        await chat.page.locator('turbo-cable-stream-source[connected]').waitFor({ state: 'attached' });
        await send(chat.page, 'reload me');
        await eventually(async () => (await replies(chat.page)).some((reply) => reply.status === 'streaming' && reply.text.length > 30), 'no streamed text arrived');
        await chat.page.reload();
        const [rendered] = await replies(chat.page);
        assert.equal(rendered.status, 'streaming', 'the reply was over before the page came back; the test proves nothing');
        assert.match(rendered.text, /^You said: reload me\n/, 'the reloaded page lost the text so far');
        const done = await eventually(async () => (await replies(chat.page)).find((reply) => reply.status === 'complete'), 'the reply did not complete after the reload');
        const [saved] = await savedReplies(chat);
        assert.equal(saved.status, 'complete');
        assert.equal(done.text, saved.content);
        assert.equal(done.shown.match(/You said/g).length, 1);
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });

    it('Stop ends the job’s model call before its next chunk, and the reply is saved and shown as stopped', async () => {
      const chat = await openNewChat(server.browser, server.origin, '/turbo');
      try {
        await chat.page.locator('turbo-cable-stream-source[connected]').waitFor({ state: 'attached' });
        await send(chat.page, 'stop me');
        await eventually(async () => (await replies(chat.page)).some((reply) => reply.status === 'streaming' && reply.text.length > 20), 'no streamed text arrived');
        await chat.page.getByRole('button', { name: 'Stop' }).click();
        const saved = await expectCallStopped(chat);
        assert.ok(!saved.content.endsWith('and done.'), 'the whole reply was produced anyway');
        const shown = await eventually(async () => (await replies(chat.page)).find((reply) => reply.status === 'stopped'), 'the page does not show the reply as stopped');
        assert.equal(shown.text, saved.content);
        chat.expectNoProblems();
      } finally {
        await chat.close();
      }
    });
  });
}
