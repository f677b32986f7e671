import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { ChatStreamElement } from '../../../src/elements/chat-stream/chat-stream.js';
import { NetworkError } from '../../../src/errors.js';
import { createChat } from '../../../src/store/chat.js';
import type { Transport } from '../../../src/transport/types.js';

describe('<chat-stream> with a user-written transport', () => {
  it('shows the countdown the transport announces through onWait, and removes it when the reply goes on', async () => {
    let goOn!: () => void;
    const transport: Transport = {
      async open(_request, handlers) {
        handlers.onOpen?.({ format: 'sse' });
        const error = new NetworkError('The line went quiet');
        handlers.onWait?.({ kind: 'resume', attempt: 1, attempts: 2, delayMs: 3000, at: Date.now() + 3000, error });
        await new Promise<void>((resolve) => (goOn = resolve));
        handlers.onWait?.(undefined);
        handlers.onEvent({ data: '"Back again"' });
        handlers.onEvent({ event: 'complete', data: '{}' });
      },
    };
    const el = await fixture<ChatStreamElement>(html`<chat-stream></chat-stream>`);
    el.store = createChat({ transport, protocol: 'rubyllm' });
    const done = el.send('hello');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry-countdown"]'), 'countdown shown');
    const countdown = el.shadowRoot!.querySelector('[part~="retry-countdown"]')!;
    expect(countdown.querySelector('.ticking')!.textContent).to.match(/^Connection lost\. Resuming in [23] seconds \(attempt 1 of 2\)$/);
    // Screen readers hear the wait once, as it began, not each tick.
    expect(countdown.querySelector('.visually-hidden')!.textContent).to.equal('Connection lost. Resuming in 3 seconds (attempt 1 of 2)');
    goOn();
    await done;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="retry-countdown"]')).to.equal(null);
    expect(el.messages[1].content).to.equal('Back again');
  });
});
