import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { loadAddOn } from '../../src/addons/registry.js';
import { ConfigurationError } from '../../src/errors.js';
import type { ChatMessageElement } from '../../src/elements/chat-message/chat-message.js';
import type { ChatStreamElement } from '../../src/elements/chat-stream/chat-stream.js';
import { forgetConsoleProblems } from '../helpers/fail-on-console-error.js';

// No add-on is imported in this page: the npm build cannot load one by itself.

/** Runs `action`, returning what it logged with console.error. */
async function consoleErrors(action: () => Promise<void>): Promise<unknown[]> {
  const logged: unknown[] = [];
  const previous = console.error;
  console.error = (...args: unknown[]) => logged.push(...args);
  try {
    await action();
  } finally {
    console.error = previous;
    forgetConsoleProblems();
  }
  return logged;
}

describe('a feature whose add-on is not loaded', () => {
  it('fails to load with a ConfigurationError naming the add-on', async () => {
    const error = await loadAddOn('math').catch((failure: unknown) => failure);
    expect(error).to.be.instanceOf(ConfigurationError);
    expect((error as Error).message).to.contain("import 'chat-stream-elements/math'");
  });

  it('transport="actioncable" fails the reply with an error naming chat-stream-elements/actioncable', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream transport="actioncable" protocol="rubyllm" src="ws://127.0.0.1:1/cable" channel="ChatChannel"></chat-stream>`);
    await el.send('hello').catch(() => undefined);
    expect(el.getAttribute('status')).to.equal('error');
    const error = el.messages[1].error;
    expect(error?.name).to.equal('ConfigurationError');
    expect(error?.message).to.contain('chat-stream-elements/actioncable');
    const reply = [...el.shadowRoot!.querySelectorAll('chat-message')].at(-1)!;
    await waitUntil(() => reply.shadowRoot!.querySelector('[part="error"]'), 'the error notice shows');
    expect(reply.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('chat-stream-elements/actioncable');
  });

  it('allow-html without the html add-on shows raw HTML as text and says what is missing', async () => {
    let el!: ChatMessageElement;
    const logged = await consoleErrors(async () => {
      el = await fixture<ChatMessageElement>(html`<chat-message allow-html .message=${{ id: 'm', role: 'assistant', content: 'A <b>bold</b> word', status: 'complete', toolCalls: [] }}></chat-message>`);
      const content = () => el.shadowRoot!.querySelector('[part="content"]')!;
      await waitUntil(() => content().textContent?.includes('bold'), 'the content renders');
    });
    const content = el.shadowRoot!.querySelector('[part="content"]')!;
    expect(content.querySelector('b')).to.equal(null);
    expect(content.textContent?.trim()).to.equal('A <b>bold</b> word');
    expect(logged.map(String).join('\n')).to.contain('ConfigurationError').and.to.contain('chat-stream-elements/html');
  });
});
