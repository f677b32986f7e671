import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ChatMessageElement } from '../../src/elements/chat-message/chat-message.js';
import type { ChatStreamElement } from '../../src/elements/chat-stream/chat-stream.js';
import type { Message } from '../../src/types.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { streamUrl, type Step } from '../helpers/scripts.js';
import '../helpers/fail-on-console-error.js';
import { auditDom } from './dom-audit.js';
import { randomSplit, seededRandom } from './random-splits.js';

declare global {
  interface Window {
    __xss?: (id: number) => void;
  }
}

// The page-level canary: every payload calls `__xss(its index)` if any part of it ever runs.
const hits: number[] = [];
const violations: string[] = [];
window.__xss = (id: number) => {
  hits.push(id);
};
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));

const BEFORE = 'Before the payload.\n\n';
const AFTER = '\n\nAfter the payload.';
const SEEDS = [11, 23, 37];
const FORMATS = ['markdown', 'text'] as const;

const ranCanaries = () => hits.map((id) => `#${id} ${XSS_PAYLOADS[id]?.name}`);

/** Time for image/media errors, focus, toggles and frame loads to have fired their handlers. */
const letHandlersFire = () => new Promise((resolve) => setTimeout(resolve, 400));

function message(content: string, status: Message['status']): Message {
  return { id: 'hostile', role: 'assistant', content, status, toolCalls: [] };
}

function contentOf(element: Element): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('[part="content"]')!;
}

// What the runner put in <head>; hostile content must add nothing there (a <base>, a <meta refresh>).
const headBefore = new Set(Array.from(document.head.children));

function expectClean(root: Node, label: string) {
  expect(auditDom(root), label).to.deep.equal([]);
  const added = Array.from(document.head.children).filter((element) => !headBefore.has(element));
  expect(added.map((element) => element.outerHTML), `${label}: added to <head>`).to.deep.equal([]);
}

/** Streams each payload's pieces into its own `<chat-message>`, all elements in step. */
async function streamIntoMessages(format: 'markdown' | 'text', pieces: string[][]): Promise<{ container: HTMLElement; elements: ChatMessageElement[] }> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const elements = pieces.map(() => {
    const element = document.createElement('chat-message');
    element.format = format;
    element.message = message('', 'streaming');
    container.append(element);
    return element;
  });
  const shown = pieces.map(() => '');
  const steps = Math.max(...pieces.map((list) => list.length));
  for (let step = 0; step < steps; step++) {
    elements.forEach((element, index) => {
      const piece = pieces[index][step];
      if (piece === undefined) return;
      shown[index] += piece;
      element.message = message(shown[index], 'streaming');
    });
    await Promise.all(elements.map((element) => element.updateComplete));
    expectClean(container, `${format}, after piece ${step + 1}`);
  }
  elements.forEach((element, index) => {
    element.message = message(shown[index], 'complete');
  });
  await Promise.all(elements.map((element) => element.updateComplete));
  return { container, elements };
}

describe('hostile model output (the XSS corpus)', () => {
  beforeEach(() => {
    hits.length = 0;
    violations.length = 0;
  });

  it(`holds at least 50 payloads covering every kind of attack`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
    const categories = new Set(XSS_PAYLOADS.map((payload) => payload.category));
    expect([...categories]).to.have.members(['filter-evasion', 'mutation', 'svg-mathml', 'url-attribute', 'encoded-url', 'css', 'markdown', 'document', 'embedding', 'clobbering']);
    XSS_PAYLOADS.forEach((payload, index) => {
      // A payload without its canary could never be caught running.
      if (payload.category !== 'css' && payload.category !== 'clobbering' && !payload.name.startsWith('vbscript') && payload.name !== 'base href' && payload.name !== 'form with a password field') {
        expect(decoded(payload.text), payload.name).to.contain(`__xss(${index})`);
      }
    });
  });

  for (const format of FORMATS) {
    it(`${format}: no payload runs or reaches the DOM when it arrives whole`, async function () {
      this.timeout(30000);
      const texts = XSS_PAYLOADS.map((payload) => BEFORE + payload.text + AFTER);
      const { container, elements } = await streamIntoMessages(format, texts.map((text) => [text]));
      await letHandlersFire();
      expect(ranCanaries(), 'payloads that ran').to.deep.equal([]);
      expectClean(container, `${format}, complete`);
      expect(violations).to.deep.equal([]);
      elements.forEach((element, index) => expectReadable(element, format, texts[index], XSS_PAYLOADS[index].name));
      expect(typeof window.__xss, 'the canary was not clobbered').to.equal('function');
    });

    for (const seed of SEEDS) {
      it(`${format}: no payload runs or reaches the DOM while it streams in random pieces (seed ${seed})`, async function () {
        this.timeout(60000);
        const random = seededRandom(seed);
        const texts = XSS_PAYLOADS.map((payload) => BEFORE + payload.text + AFTER);
        const { container, elements } = await streamIntoMessages(format, texts.map((text) => randomSplit(text, random)));
        await letHandlersFire();
        expect(ranCanaries(), 'payloads that ran').to.deep.equal([]);
        expectClean(container, `${format}, complete`);
        elements.forEach((element, index) => expectReadable(element, format, texts[index], XSS_PAYLOADS[index].name));
      });
    }
  }

  describe('through <chat-stream> from the real SSE endpoint', () => {
    // Every third payload, over the network: as SSE events (markdown) and as a plain text body (text).
    const sample = XSS_PAYLOADS.map((payload, index) => ({ payload, index })).filter(({ index }) => index % 3 === 0);

    for (const format of FORMATS) {
      it(`${format}: ${sample.length} payloads streamed in random network pieces run nothing`, async function () {
        this.timeout(60000);
        const random = seededRandom(format === 'markdown' ? 101 : 202);
        const el = await fixture<ChatStreamElement>(html`<chat-stream no-composer format=${format} protocol=${format === 'markdown' ? 'rubyllm' : 'text'}></chat-stream>`);
        for (const { payload } of sample) {
          const text = BEFORE + payload.text + AFTER;
          el.clear();
          el.src = streamUrl(format === 'markdown' ? sseScript(text, random) : textScript(text, random));
          await el.send('Say something nasty');
          expect(el.messages[1]?.status, payload.name).to.equal('complete');
          expect(el.messages[1]?.content, payload.name).to.equal(text);
          await el.updateComplete;
          const reply = el.shadowRoot!.querySelector<ChatMessageElement>('chat-message[from="assistant"]')!;
          await reply.updateComplete;
          expectClean(el, payload.name);
          expectReadable(reply, format, text, payload.name);
        }
        await letHandlersFire();
        expect(ranCanaries(), 'payloads that ran').to.deep.equal([]);
        expectClean(el, 'after every reply');
      });
    }
  });
});

/** The words around the payload still reach the reader; plain text shows the payload verbatim. */
function expectReadable(element: ChatMessageElement, format: 'markdown' | 'text', text: string, name: string) {
  const content = contentOf(element);
  if (format === 'text') {
    expect(content.textContent, name).to.equal(text);
    expect(content.children.length, `${name}: plain text makes no elements`).to.equal(0);
    return;
  }
  const paragraphs = Array.from(content.querySelectorAll('p')).map((p) => p.textContent);
  expect(paragraphs[0], name).to.equal('Before the payload.');
  expect(paragraphs[paragraphs.length - 1], name).to.equal('After the payload.');
  const last = Array.from(content.querySelectorAll('p')).pop()!;
  expect(last.getClientRects().length, `${name}: the text after the payload is laid out`).to.be.greaterThan(0);
}

/** The payload with base64 and character references decoded, as a browser might read it. */
function decoded(text: string): string {
  const unbased = text.replace(/base64,([A-Za-z0-9+/=]+)/g, (_match, data: string) => atob(data));
  return new DOMParser().parseFromString(`<textarea>${unbased.replace(/</g, '&lt;')}</textarea>`, 'text/html').querySelector('textarea')!.value;
}

/** RubyLLM-style SSE: the text in random content chunks, the bytes in random writes. */
function sseScript(text: string, random: () => number) {
  const events = randomSplit(text, random).map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('') + 'event: complete\ndata: {}\n\n';
  return { steps: withPauses(randomSplit(events, random, 12)) };
}

/** A plain text body in random writes. */
function textScript(text: string, random: () => number) {
  return { headers: { 'content-type': 'text/plain; charset=utf-8' }, steps: withPauses(randomSplit(text, random, 12)) };
}

function withPauses(pieces: string[]): Step[] {
  return pieces.flatMap((piece, index) => (index ? [{ delay: 5 }, { write: piece }] : [{ write: piece }]));
}
