import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/addons/html.js';
import '../../src/addons/highlight.js';
import '../../src/addons/math.js';
import type { ChatMessageElement } from '../../src/elements/chat-message/chat-message.js';
import type { Message } from '../../src/types.js';

// The npm entries, imported as an npm user would; the script files are tested in bundles.test.ts.

function message(content: string, status: Message['status'] = 'complete'): Message {
  return { id: `m${Math.random()}`, role: 'assistant', content, status, toolCalls: [] };
}

const contentOf = (el: ChatMessageElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="content"]')!;

describe('add-ons (npm entries)', () => {
  it('html: allow-html renders raw HTML sanitized; without it the HTML is text', async () => {
    const source = 'A <b>bold</b> word <img src=x onerror="window.__pwned = 1"> <a href="javascript:alert(1)">link</a>\n\n<script>window.__pwned = 1</script>';
    const allowed = await fixture<ChatMessageElement>(html`<chat-message allow-html .message=${message(source)}></chat-message>`);
    await waitUntil(() => contentOf(allowed).querySelector('b'), 'the HTML renders');
    expect(contentOf(allowed).querySelector('b')!.textContent).to.equal('bold');
    expect(contentOf(allowed).querySelector('script, [onerror]')).to.equal(null);
    expect(contentOf(allowed).querySelector('a')!.hasAttribute('href')).to.equal(false);

    const plain = await fixture<ChatMessageElement>(html`<chat-message .message=${message(source)}></chat-message>`);
    await waitUntil(() => contentOf(plain).textContent?.includes('bold'));
    expect(contentOf(plain).querySelector('b, img, script')).to.equal(null);
    expect(contentOf(plain).textContent).to.contain('<b>bold</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('math: closed formulas become MathML, money stays text, broken TeX stays code', async () => {
    const el = await fixture<ChatMessageElement>(html`<chat-message math .message=${message('Euler: $$e^{i\\pi} + 1 = 0$$\n\nInline \\(a^2 + b^2\\), and it costs $5 and $10.\n\nBroken: $$\\frac{a$$\n')}></chat-message>`);
    await waitUntil(() => contentOf(el).querySelectorAll('math').length === 2, 'two formulas typeset', { timeout: 5000 });
    const content = contentOf(el);
    expect(content.querySelector('.math-display math')).to.exist;
    expect(content.textContent).to.contain('it costs $5 and $10.');
    const broken = content.querySelector('code.math');
    expect(broken?.textContent).to.equal('\\frac{a');
    await waitUntil(() => broken!.classList.contains('math-error'), 'the broken formula is marked');
  });

  it('math: a formula still streaming stays text until it is closed', async () => {
    const el = await fixture<ChatMessageElement>(html`<chat-message math .message=${message('Sum: $$\\sum_i x', 'streaming')}></chat-message>`);
    await waitUntil(() => contentOf(el).textContent?.includes('Sum'));
    expect(contentOf(el).querySelector('math, code.math')).to.equal(null);
    el.message = message('Sum: $$\\sum_i x$$\n');
    await waitUntil(() => contentOf(el).querySelector('math'), 'typeset once the reply is done', { timeout: 5000 });
  });

  it('highlight: a finished code block is coloured from --_hl-* properties, its text unchanged', async () => {
    const code = 'const answer = 42; // the answer\nfunction ask(question) {\n  return `${question}?`;\n}';
    const el = await fixture<ChatMessageElement>(html`<chat-message highlight .message=${message(`Here:\n\n\`\`\`js\n${code}\n\`\`\`\n`)}></chat-message>`);
    const block = () => contentOf(el).querySelector('pre code')!;
    await waitUntil(() => block().querySelector('span'), 'the block is coloured', { timeout: 10000 });
    expect(block().textContent).to.equal(`${code}\n`);
    const keyword = [...block().querySelectorAll('span')].find((span) => span.textContent?.trim() === 'function');
    expect(keyword?.style.color, block().innerHTML).to.equal('var(--_hl-token-keyword)');
    expect(getComputedStyle(keyword!).color).to.not.equal(getComputedStyle(block()).color);
  });

  it('highlight: a 2,000-line block is coloured to its last line, in slices', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => (i % 50 === 0 ? '/* a comment\n   over two lines */' : `let value${i} = "text ${i}" + ${i};`));
    const code = lines.join('\n');
    const el = await fixture<ChatMessageElement>(html`<chat-message highlight .message=${message(`\`\`\`javascript\n${code}\n\`\`\`\n`)}></chat-message>`);
    const block = () => contentOf(el).querySelector('pre code')!;
    await waitUntil(() => block().hasAttribute('data-highlighted'), 'the block is coloured to its end', { timeout: 60000, interval: 200 });
    expect(block().lastElementChild?.textContent).to.equal('1999');
    expect(block().textContent).to.equal(`${code}\n`);
    // The state carried between slices: the comment's second line is still a comment.
    const second = [...block().querySelectorAll('span')].find((span) => span.textContent?.includes('over two lines'));
    expect(second?.style.color).to.equal('var(--_hl-token-comment)');
  });

  it('highlight: a language it does not know stays plain', async () => {
    const el = await fixture<ChatMessageElement>(html`<chat-message highlight .message=${message('```klingon\nqapla\n```\n')}></chat-message>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(contentOf(el).querySelector('pre code')!.children.length).to.equal(0);
  });
});
