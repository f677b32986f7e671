import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ChatMessageElement, type ChatRetryDetail } from '../../../src/elements/chat-message/chat-message.js';
import type { Message } from '../../../src/types.js';
import { axeViolations } from '../../helpers/axe.js';
import { contentOf, makeMessage, showMessage, shownText } from './message-fixtures.js';

async function expectAccessible(element: ChatMessageElement) {
  expect(await axeViolations(element)).to.deep.equal([]);
}

/** A button's accessible name, as its `aria-labelledby` gives it (the texts live in the element's shadow root). */
function nameOf(el: ChatMessageElement, button: Element): string {
  return el.shadowRoot!.getElementById(button.getAttribute('aria-labelledby')!)?.textContent ?? '';
}

function stream(element: ChatMessageElement, content: string, fields: Partial<Message> = {}) {
  element.message = makeMessage({ status: 'streaming', ...fields, content });
  return element.updateComplete;
}

describe('<chat-message>', () => {
  it('renders markdown headings, lists, tables and code blocks with a copy button', async () => {
    const el = await showMessage(makeMessage({ content: '# Title\n\nSome *emphasis* and `code`.\n\n- one\n- two\n\n1. first\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nconst x = 1;\n```\n' }));
    const content = contentOf(el);
    expect(content.querySelector('h1')?.textContent).to.equal('Title');
    expect(content.querySelector('em')?.textContent).to.equal('emphasis');
    expect(content.querySelectorAll('ul li').length).to.equal(2);
    expect(content.querySelector('ol li')?.textContent).to.equal('first');
    expect(content.querySelectorAll('table td').length).to.equal(2);
    expect(content.querySelector('pre code')?.textContent).to.equal('const x = 1;\n');
    const copy = content.querySelector('[part="code-block"] [part="code-header"] button[part="copy-button"]')!;
    expect(nameOf(el, copy)).to.equal('Copy code');
    expect(content.querySelector('[part="code-language"]')?.textContent).to.equal('js');
    await expectAccessible(el);
  });

  it('lets a keyboard user copy a code block and says "Copied"', async () => {
    const el = await showMessage(makeMessage({ content: '```\necho hi\n```' }));
    const button = contentOf(el).querySelector<HTMLButtonElement>('button[part="copy-button"]')!;
    expect(button.tabIndex).to.equal(0);
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(button.dataset.copy).to.equal('copied');
    expect(nameOf(el, button)).to.equal('Copied');
  });

  it('shows text format literally, without interpreting markdown or HTML', async () => {
    const el = await showMessage(makeMessage({ content: '# not a heading\n<b>not bold</b>' }), 'text');
    const content = contentOf(el);
    expect(content.textContent).to.equal('# not a heading\n<b>not bold</b>');
    expect(content.querySelector('h1, b')).to.equal(null);
  });

  it('appends streamed text to the same text node in text format', async () => {
    const el = await showMessage(makeMessage({ status: 'streaming', content: 'Hel' }), 'text');
    const node = contentOf(el).firstChild;
    await stream(el, 'Hello, wor');
    await stream(el, 'Hello, world');
    expect(contentOf(el).firstChild).to.equal(node);
    expect(contentOf(el).textContent).to.equal('Hello, world');
    // Text that no longer starts with what is shown (a replaced message) is shown afresh.
    await stream(el, 'Other');
    expect(contentOf(el).textContent).to.equal('Other');
  });

  it('shows streamed text progressively, on the next frame', async () => {
    const el = await showMessage(makeMessage({ status: 'streaming', content: 'The answer' }));
    expect(shownText(el)).to.equal('The answer');
    el.message = makeMessage({ status: 'streaming', content: 'The answer is forty' });
    expect(shownText(el), 'not before the frame').to.equal('The answer');
    await el.updateComplete;
    expect(shownText(el)).to.equal('The answer is forty');
  });

  it('coalesces many chunks arriving within one frame into one DOM update', async () => {
    const el = await showMessage(makeMessage({ status: 'streaming', content: 'a' }));
    const open = contentOf(el).querySelector('.block.open')!;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(open, { childList: true });
    let text = 'a';
    for (let i = 0; i < 30; i++) {
      text += ` word${i}`;
      el.message = makeMessage({ status: 'streaming', content: text });
    }
    await el.updateComplete;
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(shownText(el)).to.equal(text);
    expect(records.length).to.equal(1);
  });

  it('keeps the DOM of finished blocks while later chunks arrive (no re-render of the whole message)', async () => {
    const el = await showMessage(makeMessage({ status: 'streaming', content: '# Heading\n\nFirst paragraph.\n\n' }));
    await stream(el, '# Heading\n\nFirst paragraph.\n\nSecond');
    const heading = contentOf(el).querySelector('h1')!;
    const first = contentOf(el).querySelector('p')!;
    expect(first.textContent).to.equal('First paragraph.');
    await stream(el, '# Heading\n\nFirst paragraph.\n\nSecond paragraph grows');
    await stream(el, '# Heading\n\nFirst paragraph.\n\nSecond paragraph grows\n\n- a list');
    el.message = makeMessage({ status: 'complete', content: '# Heading\n\nFirst paragraph.\n\nSecond paragraph grows\n\n- a list\n' });
    await el.updateComplete;
    expect(contentOf(el).querySelector('h1')).to.equal(heading);
    expect(contentOf(el).querySelector('p')).to.equal(first);
    expect(contentOf(el).querySelectorAll('p')[1].textContent).to.equal('Second paragraph grows');
    expect(contentOf(el).querySelector('li')?.textContent).to.equal('a list');
  });

  it('heals incomplete markdown while streaming so it reads sensibly', async () => {
    const el = await showMessage(makeMessage({ status: 'streaming', content: 'This is **impor' }));
    expect(contentOf(el).querySelector('strong')?.textContent).to.equal('impor');
    expect(contentOf(el).textContent).not.to.contain('*');

    await stream(el, 'Run:\n\n```sh\nnpm inst');
    expect(contentOf(el).querySelector('pre code')?.textContent).to.equal('npm inst\n');
    expect(contentOf(el).textContent).not.to.contain('```');

    await stream(el, 'See [the docs](https://exam');
    expect(shownText(el)).to.equal('See the docs');
    expect(contentOf(el).querySelector('a')).to.equal(null);

    await stream(el, 'Use `npm t');
    expect(contentOf(el).querySelector('code')?.textContent).to.equal('npm t');

    await stream(el, 'an _empha');
    expect(contentOf(el).querySelector('em')?.textContent).to.equal('empha');

    await stream(el, '| Name | Age |\n|--');
    expect(contentOf(el).querySelectorAll('th').length).to.equal(2);
    expect(contentOf(el).textContent).not.to.contain('|');
  });

  it('shows the finished reply as written, without healing', async () => {
    const el = await showMessage(makeMessage({ status: 'streaming', content: 'cost 5 * 3' }));
    el.message = makeMessage({ status: 'complete', content: 'cost 5 * 3 and *x' });
    await el.updateComplete;
    expect(shownText(el)).to.equal('cost 5 * 3 and *x');
  });

  describe('errors', () => {
    const cases: Array<[Partial<Message>['error'], string]> = [
      [{ name: 'RateLimitError', message: 'HTTP 429: Slow down', status: 429, retryAfter: 7000 }, 'Rate limited — try again in 7 seconds'],
      [{ name: 'AuthenticationError', message: 'HTTP 401', status: 401 }, 'You are signed out or not allowed'],
      [{ name: 'ServerError', message: 'HTTP 502 Bad Gateway', status: 502 }, 'The server failed'],
      [{ name: 'NetworkError', message: 'network error' }, 'The connection was lost'],
      [{ name: 'StreamError', message: 'overloaded_error' }, 'The model reported an error'],
      [{ name: 'ProtocolError', message: 'bad JSON in event' }, 'The reply could not be understood'],
      [{ name: 'HttpError', message: 'HTTP 404 Not Found', status: 404 }, 'The request failed (HTTP 404)'],
    ];
    for (const [error, summary] of cases) {
      it(`says "${summary}" for a ${error!.name}, with its message, and keeps the partial reply`, async () => {
        const partial = 'Half an answer, cut off mid-sen';
        const el = await showMessage(makeMessage({ status: 'error', content: partial, error }), 'text');
        expect(el.getAttribute('status')).to.equal('error');
        expect(contentOf(el).textContent).to.equal(partial);
        const notice = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(notice.getAttribute('role')).to.equal('alert');
        expect(notice.textContent).to.contain(summary);
        expect(notice.textContent).to.contain(error!.message);
        expect(el.shadowRoot!.querySelector('[part="retry"]')?.textContent).to.equal('Retry');
        await expectAccessible(el);
      });
    }

    it('does not repeat itself when the error’s own message already starts with the plain words', async () => {
      const error = { name: 'NetworkError', message: 'The connection was lost before the reply ended' };
      const el = await showMessage(makeMessage({ status: 'error', content: 'Half', error }), 'text');
      const notice = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(notice.textContent!.trim()).to.equal('The connection was lost before the reply ended');
    });

    it('shows the partial markdown healed (as text, not raw markers) above the notice', async () => {
      const el = await showMessage(makeMessage({ status: 'streaming', content: 'Intro.\n\nStarting **bo' }));
      el.message = makeMessage({ status: 'error', content: 'Intro.\n\nStarting **bo', error: { name: 'NetworkError', message: 'dropped' } });
      await el.updateComplete;
      expect(shownText(el)).to.equal('Intro.\nStarting bo');
      expect(contentOf(el).querySelector('strong')?.textContent).to.equal('bo');
    });

    it('asks to retry with a chat-retry event that reaches the page', async () => {
      const message = makeMessage({ status: 'error', content: 'x', error: { name: 'ServerError', message: 'HTTP 500' } });
      const wrapper = await fixture<HTMLDivElement>(html`<div><chat-message .message=${message}></chat-message></div>`);
      const el = wrapper.querySelector('chat-message')!;
      await el.updateComplete;
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
      setTimeout(() => retry.click());
      const event = (await oneEvent(wrapper, 'chat-retry')) as CustomEvent<ChatRetryDetail>;
      expect(event.detail.message).to.equal(message);
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  it('marks a stopped reply as "Stopped" and keeps its text', async () => {
    const el = await showMessage(makeMessage({ status: 'stopped', content: 'Partial' }));
    expect(el.shadowRoot!.querySelector('[part="stopped"]')?.textContent).to.equal('Stopped');
    expect(shownText(el)).to.equal('Partial');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('is busy for assistive technology only while streaming or pending', async () => {
    const el = await showMessage(makeMessage({ status: 'pending' }));
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await stream(el, 'Hi');
    expect(el.getAttribute('status')).to.equal('streaming');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await expectAccessible(el);
    el.message = makeMessage({ status: 'complete', content: 'Hi' });
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('shows tool calls as collapsible rows with arguments as pretty JSON, streaming then complete', async () => {
    const el = await showMessage(
      makeMessage({ status: 'streaming', toolCalls: [{ id: 't1', name: 'get_weather', arguments: '{"city": "Par', state: 'input-streaming', status: 'streaming' }] }),
    );
    let row = el.shadowRoot!.querySelector('details[part="tool-call"]')!;
    expect(row.querySelector('summary')?.textContent).to.contain('get_weather');
    expect(row.querySelector('summary')?.textContent).to.contain('Preparing');
    expect(row.querySelector('[part="tool-arguments"]')?.textContent).to.equal('{"city": "Par');
    (row as HTMLDetailsElement).open = true;

    el.message = makeMessage({
      status: 'complete',
      toolCalls: [{ id: 't1', name: 'get_weather', arguments: { city: 'Paris', unit: 'C' }, state: 'output-available', status: 'complete', result: { temp: 21 } }],
    });
    await el.updateComplete;
    row = el.shadowRoot!.querySelector('details[part="tool-call"]')!;
    expect((row as HTMLDetailsElement).open, 'a row the reader opened stays open').to.equal(true);
    expect(row.querySelector('[part="tool-arguments"]')?.textContent).to.equal('{\n  "city": "Paris",\n  "unit": "C"\n}');
    expect(row.querySelector('[part="tool-result"]')?.textContent).to.equal('{\n  "temp": 21\n}');
    expect(row.querySelector('summary')?.textContent).to.contain('Done');
    await expectAccessible(el);
  });

  it('shows token usage and model in a footer', async () => {
    const el = await showMessage(makeMessage({ content: 'ok', usage: { inputTokens: 12, outputTokens: 48 }, model: 'gpt-x' }));
    expect(el.shadowRoot!.querySelector('[part="usage"]')?.textContent).to.equal('12 in · 48 out · gpt-x');
    await expectAccessible(el);
  });

  it('reflects who wrote it (from), status and format as attributes for CSS, and leaves the ARIA role alone', async () => {
    const el = await showMessage(makeMessage({ role: 'user', content: 'Hi', status: 'complete' }));
    expect(el.getAttribute('from')).to.equal('user');
    expect(el.hasAttribute('role')).to.equal(false);
    expect(el.getAttribute('status')).to.equal('complete');
    expect(el.getAttribute('format')).to.equal('markdown');
    await expectAccessible(el);
  });

  it('warns instead of throwing when its tag is defined a second time', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Other extends ChatMessageElement {}
      ChatMessageElement.define();
      Other.define('chat-message');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('chat-message')).to.equal(ChatMessageElement);
    expect(warnings.length).to.equal(1);
  });
  for (const format of ['text', 'markdown'] as const) {
    it(`shows every line of a long ${format} reply that arrives in one burst, once the next frames have run`, async () => {
      const paragraphs = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i}: ${'words and more words '.repeat(8)}`);
      const el = await showMessage(makeMessage({ status: 'streaming', content: 'Start.\n\n' }), format);
      await stream(el, `Start.\n\n${paragraphs.join('\n\n')}\n\nThe end.`);
      const content = contentOf(el);
      // Markdown renders a burst a frame's budget at a time (no long task): wait for its end to show.
      for (let frame = 0; frame < 600 && !content.textContent!.includes('The end.'); frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
      // The sections this burst filled wait one frame outside layout; then each one shows.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(content.querySelectorAll('.section').length).to.be.greaterThan(2);
      expect(content.querySelectorAll('.pending').length).to.equal(0);
      expect(content.textContent).to.include('Paragraph 1999:');
      // Wherever the reader scrolls, the words are laid out there (off-screen sections skip layout).
      const sections = Array.from(content.querySelectorAll<HTMLElement>('.section'));
      for (const section of [sections[0], sections[sections.length >> 1], sections[sections.length - 1]]) {
        section.scrollIntoView();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(section.innerText).to.match(/Paragraph \d+: words/);
      }
      expect(content.textContent!.trimEnd().endsWith('The end.')).to.equal(true);
    });
  }
});
