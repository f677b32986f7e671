import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createChat } from '../../../src/store/chat.js';
import { createSseTransport } from '../../../src/transport/sse.js';
import type { ChatStreamElement } from '../../../src/elements/chat-stream/chat-stream.js';
import type { ChatMessageElement } from '../../../src/elements/chat-message/chat-message.js';
import type { Message } from '../../../src/types.js';
import { rubyllmReply, streamUrl } from '../../helpers/scripts.js';
import { axeViolations } from '../../helpers/axe.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
async function frames(count: number) {
  for (let i = 0; i < count; i++) await frame();
}

/** A conversation of `count` finished messages; `words` sets how tall each one is. */
function history(count: number, words = 8): Message[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `h${i}`,
    role: i % 2 ? 'assistant' : 'user',
    content: `Message ${i}: ${'some words of history '.repeat(words)}`,
    status: 'complete',
    toolCalls: [],
  }));
}

const rows = (el: ChatStreamElement) => [...el.shadowRoot!.querySelectorAll<ChatMessageElement>('chat-message')];
const log = (el: ChatStreamElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="log"]')!;
const loadEarlier = (el: ChatStreamElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-earlier"]');
const renderedText = (message: Element) => message.shadowRoot?.querySelector('[part~="content"]')?.textContent ?? '';

/** Whether `element` is at least partly inside the log's visible box. */
function inView(el: ChatStreamElement, element: Element) {
  const view = log(el).getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return box.bottom > view.top && box.top < view.bottom;
}

/** The message at the top of the view: what the reader is looking at. */
function topVisible(el: ChatStreamElement) {
  const view = log(el).getBoundingClientRect();
  return rows(el).find((row) => row.getBoundingClientRect().bottom > view.top + 4)!;
}

/** Waits until the list of rendered messages stops changing for a few frames. */
async function settled(el: ChatStreamElement) {
  let count = -1;
  let still = 0;
  while (still < 8) {
    await frame();
    const now = rows(el).length;
    still = now === count ? still + 1 : 0;
    count = now;
  }
}

async function open(messages: Message[], height = 300) {
  const el = await fixture<ChatStreamElement>(html`<chat-stream no-composer style="--chat-height: ${height}px"></chat-stream>`);
  el.store = createChat({ messages });
  await el.updateComplete;
  return el;
}

describe('<chat-stream> with a long history', () => {
  it('opens 2,000 messages at the newest one, rendering only a few of them', async () => {
    const el = await open(history(2000));
    await Promise.all(rows(el).map((row) => row.updateComplete));
    // The first frame's messages already fill the view (more than fill it): no gap above them.
    expect(renderedText(rows(el).at(-1)!)).to.contain('Message 1999');
    expect(log(el).scrollHeight).to.be.above(log(el).clientHeight + 100);
    await settled(el);
    const last = rows(el).at(-1)!;
    expect(inView(el, last)).to.equal(true);
    expect(rows(el).length).to.be.below(100);
    expect(el.messages).to.have.length(2000);
    expect(loadEarlier(el)).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  // Browsers without CSS scroll anchoring (Safari) stand behind `overflow-anchor: none`.
  for (const anchoring of ['auto', 'none']) {
    it(`keeps the message being read in place as earlier ones are added above it, up to the first (overflow-anchor: ${anchoring})`, async () => {
      const style = document.createElement('style');
      style.textContent = `chat-stream.anchoring-${anchoring}::part(log) { overflow-anchor: ${anchoring}; }`;
      document.head.append(style);
      try {
        const el = await open(history(150));
        el.classList.add(`anchoring-${anchoring}`);
        await settled(el);
        let batches = 0;
        while (loadEarlier(el)) {
          // Scroll to the top: the button comes into view, and a batch is added above what shows.
          log(el).scrollTop = 0;
          const reading = topVisible(el);
          const top = reading.getBoundingClientRect().top;
          const before = rows(el).length;
          await waitUntil(() => rows(el).length > before || !loadEarlier(el), 'a batch is added');
          await settled(el);
          batches += 1;
          expect(Math.abs(reading.getBoundingClientRect().top - top), `moved after batch ${batches}`).to.be.at.most(2);
          expect(inView(el, reading)).to.equal(true);
        }
        expect(batches).to.be.above(3);
        expect(rows(el)).to.have.length(150);
        log(el).scrollTop = 0;
        await frame();
        expect(renderedText(rows(el)[0])).to.contain('Message 0');
        expect(inView(el, rows(el)[0])).to.equal(true);
      } finally {
        style.remove();
      }
    });
  }

  it('moves the content exactly with the scroll, frame by frame, as earlier messages are added ahead of the reader', async () => {
    // Markdown replies of several blocks, like a model's; no CSS scroll anchoring (as in Safari).
    const messages = history(400).map((message, i) =>
      i % 2 ? { ...message, content: `## Reply ${i}\n\n${'A paragraph of the reply. '.repeat(12)}\n\n- one point\n- another point\n\n${'More words. '.repeat(20)}` } : message,
    );
    const style = document.createElement('style');
    style.textContent = 'chat-stream.no-anchoring::part(log) { overflow-anchor: none; }';
    document.head.append(style);
    const probe = document.createElement('div');
    document.body.append(probe);
    try {
      const el = await open(messages, 400);
      el.classList.add('no-anchoring');
      await settled(el);
      const opened = rows(el).length;
      const view = log(el);
      const jumps: number[] = [];
      let tracked: Element | undefined;
      let expected: number | undefined;
      // ResizeObserver reports after layout, just before paint: where things are on screen in that frame.
      const observer = new ResizeObserver(() => {
        if (tracked?.isConnected && expected !== undefined) {
          const off = tracked.getBoundingClientRect().top - expected;
          if (Math.abs(off) > 1) jumps.push(Math.round(off));
        }
        const top = view.getBoundingClientRect().top;
        tracked = rows(el).find((row) => row.getBoundingClientRect().bottom > top + 50);
        expected = tracked?.getBoundingClientRect().top;
      });
      observer.observe(probe);
      for (let i = 1; i <= 150; i++) {
        await frame();
        const step = Math.min(40, view.scrollTop);
        view.scrollTop -= step;
        if (expected !== undefined) expected += step;
        probe.style.width = `${i}px`;
      }
      await frame();
      observer.disconnect();
      expect(rows(el).length).to.be.above(opened + 10);
      expect(jumps).to.deep.equal([]);
    } finally {
      style.remove();
      probe.remove();
    }
  });

  it('offers earlier messages to the keyboard: a real button that adds a batch on Enter, until the first message', async () => {
    // Tall messages: one batch takes the button far out of the observer's reach, so only presses add more.
    const el = await open(history(40, 120));
    await settled(el);
    log(el).focus();
    await sendKeys({ press: 'Tab' });
    const button = loadEarlier(el)!;
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.textContent).to.contain('Show earlier messages');
    await settled(el);
    const before = rows(el).length;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el).length > before, 'Enter adds earlier messages');
    for (let presses = 0; loadEarlier(el) && presses < 20; presses++) {
      await settled(el);
      await sendKeys({ press: 'Enter' });
    }
    await settled(el);
    expect(loadEarlier(el)).to.equal(null);
    expect(rows(el)).to.have.length(40);
    expect(renderedText(rows(el)[0])).to.contain('Message 0');
    // The button is gone, and focus stays in the conversation rather than falling to the page.
    expect(el.shadowRoot!.activeElement).to.equal(log(el));
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps the live region quiet while earlier messages are added above, and polite again after', async () => {
    const el = await open(history(150));
    await settled(el);
    expect(log(el).getAttribute('aria-live')).to.equal('polite');
    const before = rows(el).length;
    log(el).scrollTop = 0;
    await waitUntil(() => log(el).getAttribute('aria-live') === 'off', 'quiet while old messages are added');
    await waitUntil(() => rows(el).length > before, 'earlier messages are added');
    await waitUntil(() => log(el).getAttribute('aria-live') === 'polite', 'polite again once they are in', { timeout: 10000 });
    await settled(el);
    expect(log(el).getAttribute('aria-live')).to.equal('polite');
  });

  it('lets go of the earlier messages it rendered when the reader jumps back to the latest', async () => {
    const el = await open(history(300));
    await settled(el);
    const opened = rows(el).length;
    while (rows(el).length <= opened + 60) {
      log(el).scrollTop = 0;
      await frame();
    }
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="jump"]')!.click();
    await settled(el);
    expect(rows(el).length).to.be.at.most(opened);
    const last = rows(el).at(-1)!;
    expect(renderedText(last)).to.contain('Message 299');
    expect(inView(el, last)).to.equal(true);
    expect(loadEarlier(el)).to.exist;
  });

  it('streams and renders a new reply after a long history, at the end of the conversation', async () => {
    const el = await open([]);
    el.store = createChat({
      messages: history(2000),
      transport: createSseTransport({ url: streamUrl(rubyllmReply(['A fresh ', 'reply after ', 'the history.'], { delay: 30 })) }),
    });
    await settled(el);
    const shown = rows(el).length;
    await el.send('And now?');
    await waitUntil(() => renderedText(rows(el).at(-1)!).includes('A fresh reply after the history.'), 'the reply is shown');
    const [question, reply] = rows(el).slice(-2);
    expect(renderedText(question)).to.contain('And now?');
    expect(rows(el)).to.have.length(shown + 2);
    await frames(2);
    expect(inView(el, reply)).to.equal(true);
    expect(el.messages).to.have.length(2002);
  });

  it('starts over with a new store (at its newest message, even when the reader had scrolled up) and on clear()', async () => {
    const el = await open(history(300));
    await settled(el);
    while (rows(el).length <= 40) {
      log(el).scrollTop = 0;
      await frame();
    }
    log(el).scrollTop = 0;
    await frame();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="jump"]'), 'jump to latest offered').to.exist;

    // Tall messages: the new conversation is taller than the old scroll position, so only re-pinning shows its end.
    el.store = createChat({ messages: history(500, 40).map((message) => ({ ...message, id: `second-${message.id}` })) });
    await settled(el);
    expect(rows(el).length).to.be.below(40);
    const last = rows(el).at(-1)!;
    expect(renderedText(last)).to.contain('Message 499');
    expect(inView(el, last)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="jump"]')).to.equal(null);
    expect(loadEarlier(el)).to.exist;

    el.clear();
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
    expect(loadEarlier(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot[name="empty"]')).to.exist;
  });

  it('with anchor="top", opens at the start of the latest exchange', async () => {
    const messages = history(200);
    messages[199] = { ...messages[199], content: `The last answer starts here. ${'A long answer. '.repeat(400)}` };
    const el = await fixture<ChatStreamElement>(html`<chat-stream no-composer anchor="top" style="--chat-height: 300px"></chat-stream>`);
    el.store = createChat({ messages });
    await settled(el);
    const [question, answer] = rows(el).slice(-2);
    expect(renderedText(answer)).to.contain('The last answer starts here.');
    expect(Math.abs(question.getBoundingClientRect().top - log(el).getBoundingClientRect().top)).to.be.below(20);
  });
});
