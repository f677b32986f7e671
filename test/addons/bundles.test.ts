import { expect, waitUntil } from '@open-wc/testing';
import { cableUrl, peerReply } from '../rails/ruby-peer.js';

// The real single-file bundles and add-on script files from dist/ (`npm run build` first), each in
// its own page (an iframe): the ES module bundle fetching add-ons from its own URL, the classic
// bundle with the add-ons' script tags, and the classic bundle without them.

const CONTENT = 'A <b>bold</b> word.\n\nEuler: $$e^{i\\pi} + 1 = 0$$, and it costs $5 and $10.\n\n```js\nconst answer = 42;\n```\n';

async function page(head: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8">${head}</head><body></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  await waitUntil(() => win.customElements.get('chat-message'), 'the bundle defines the elements', { timeout: 10000 });
  return win;
}

function showMessage(win: Window, attributes: string[]): HTMLElement {
  const el = win.document.createElement('chat-message') as HTMLElement & { message: unknown };
  for (const name of attributes) el.setAttribute(name, '');
  el.message = { id: 'm', role: 'assistant', content: CONTENT, status: 'complete', toolCalls: [] };
  win.document.body.append(el);
  return el;
}

const content = (el: HTMLElement) => el.shadowRoot?.querySelector<HTMLElement>('[part="content"]') ?? document.createElement('div');

async function expectEveryFeature(el: HTMLElement): Promise<void> {
  await waitUntil(() => content(el).querySelector('b'), 'raw HTML rendered, sanitized', { timeout: 10000 });
  await waitUntil(() => content(el).querySelector('math'), 'math typeset', { timeout: 10000 });
  await waitUntil(() => content(el).querySelector('pre code span'), 'code highlighted', { timeout: 10000 });
  expect(content(el).textContent).to.contain('it costs $5 and $10.');
}

const fetched = (win: Window) => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('single-file bundles and add-on script files (dist/)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the ES module bundle loads each add-on a page turns on from its own URL, and none other', async () => {
    const win = await page('<script type="module" src="/dist/chat-stream-elements.js"></script>');
    const plain = showMessage(win, []);
    await waitUntil(() => content(plain).textContent?.includes('bold'));
    // The markdown renderer is the bundle's own lazy chunk, not an add-on.
    expect(fetched(win)).to.include('/dist/chat-stream-elements-markdown.js');
    expect(fetched(win).filter((path) => path.includes('chat-stream-elements-') && !path.endsWith('-markdown.js'))).to.deep.equal([]);

    await expectEveryFeature(showMessage(win, ['allow-html', 'math', 'highlight']));
    const loaded = fetched(win);
    for (const file of ['/dist/chat-stream-elements-html.js', '/dist/chat-stream-elements-math.js', '/dist/chat-stream-elements-highlight.js', '/dist/highlight-languages/javascript.js']) {
      expect(loaded).to.include(file);
    }
    expect(loaded).not.to.include('/dist/chat-stream-elements-actioncable.js');
  });

  it('the ES module bundle streams from ActionCable with the add-on it loads itself', async () => {
    const win = await page('<script type="module" src="/dist/chat-stream-elements.js"></script>');
    const channel = JSON.stringify({ channel: 'ChatChannel', chat_id: `bundle-${Date.now()}`, scenario: 'chunks' });
    const el = win.document.createElement('chat-stream') as HTMLElement & { send(text: string): Promise<void>; messages: { content: string; status: string }[] };
    Object.entries({ transport: 'actioncable', protocol: 'rubyllm', src: cableUrl(), channel }).forEach(([name, value]) => el.setAttribute(name, value));
    win.document.body.append(el);
    await el.send('from the bundle');
    expect(el.messages[1].content).to.equal(peerReply('from the bundle'));
    expect(fetched(win)).to.include('/dist/chat-stream-elements-actioncable.js');
  });

  it('the classic bundle works with the add-ons as script tags after it', async () => {
    const tags = ['iife', '-html', '-math', '-highlight'].map((name) => `<script src="/dist/chat-stream-elements${name === 'iife' ? '.iife' : name}.js"></script>`);
    const win = await page(tags.join(''));
    await expectEveryFeature(showMessage(win, ['allow-html', 'math', 'highlight']));
  });

  it('the classic bundle without an add-on says which one is missing', async () => {
    const win = await page('<script src="/dist/chat-stream-elements.iife.js"></script>');
    const logged: string[] = [];
    (win as unknown as { console: Console }).console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    const el = showMessage(win, ['allow-html', 'math']);
    await waitUntil(() => logged.length >= 2, 'both missing add-ons reported', { timeout: 10000 });
    expect(logged.join('\n')).to.contain('chat-stream-elements/html').and.to.contain('chat-stream-elements/math');
    expect(logged.join('\n')).to.contain('ConfigurationError');
    // Readable all the same: the HTML as text, the TeX as code.
    expect(content(el).querySelector('b')).to.equal(null);
    expect(content(el).textContent).to.contain('<b>bold</b>');
    expect(content(el).querySelector('code.math')?.textContent).to.equal('e^{i\\pi} + 1 = 0');

    const stream = win.document.createElement('chat-stream') as HTMLElement & { send(text: string): Promise<void>; messages: { error?: Error }[] };
    Object.entries({ transport: 'actioncable', protocol: 'rubyllm', src: 'ws://127.0.0.1:1/cable', channel: 'ChatChannel' }).forEach(([name, value]) => stream.setAttribute(name, value));
    win.document.body.append(stream);
    await stream.send('hello').catch(() => undefined);
    expect(stream.messages[1].error?.name).to.equal('ConfigurationError');
    expect(stream.messages[1].error?.message).to.contain('chat-stream-elements/actioncable');
  });
});
