import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { ChatMessageElement, ChatToolApprovalDetail } from '../../../src/elements/chat-message/chat-message.js';
import type { ChatStreamElement } from '../../../src/elements/chat-stream/chat-stream.js';
import type { Message, Part, ToolCall } from '../../../src/types.js';
import { partsFixtures } from '../../fixtures/part-streams.js';
import { axeViolations } from '../../helpers/axe.js';
import { recordedRequests, storedStreamUrl, uniqueTag } from '../../helpers/servers.js';
import { makeMessage, settle, showMessage } from './message-fixtures.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A message whose `parts` are given (content and toolCalls derived from them, as the store keeps them). */
function withParts(parts: Part[], fields: Partial<Message> = {}): Message {
  const content = parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
  const toolCalls = parts.filter((part): part is Extract<Part, { type: 'tool-call' }> => part.type === 'tool-call');
  return makeMessage({ content, toolCalls, parts, ...fields });
}

async function set(el: ChatMessageElement, message: Message) {
  el.message = message;
  await el.updateComplete;
}

const call = (state: ToolCall['state'], fields: Partial<ToolCall> = {}): Part => ({
  type: 'tool-call',
  id: 'call_1',
  name: 'get_weather',
  arguments: { city: 'Paris' },
  state,
  status: state === 'input-streaming' ? 'streaming' : 'complete',
  ...fields,
});

describe('<chat-message> parts', () => {
  describe('reasoning', () => {
    it('is open while it streams, closes when the answer starts, and says how long it took', async () => {
      const el = await showMessage(withParts([{ type: 'reasoning', text: 'Looking up **Paris**', state: 'streaming', durationMs: 300 }], { status: 'streaming' }));
      const details = () => $<HTMLDetailsElement>(el, 'details[part="reasoning"]')!;
      expect(details().open).to.equal(true);
      expect(text(details().querySelector('summary'))).to.equal('Thinking…');
      expect(details().querySelector('.reasoning-body strong')?.textContent, 'reasoning is markdown').to.equal('Paris');

      await set(el, withParts([{ type: 'reasoning', text: 'Looking up **Paris** weather.', state: 'done', durationMs: 4200 }, { type: 'text', text: 'Sunny.' }], { status: 'streaming' }));
      expect(details().open).to.equal(false);
      // Closed, its text is out of the accessibility tree: the reply is announced without it.
      expect(details().querySelector<HTMLElement>('.reasoning-body')!.checkVisibility()).to.equal(false);
      expect(text(details().querySelector('summary'))).to.equal('Thought for 4 seconds');
      expect(text(details().querySelector('.reasoning-body'))).to.equal('Looking up Paris weather.');
      // In order: the reasoning, then the answer.
      const answer = $(el, '[part="content"]')!;
      expect(details().compareDocumentPosition(answer) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(text(answer)).to.equal('Sunny.');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it("keeps the reader's own toggle: opened after it closed, it stays open as the answer streams", async () => {
      const thought: Part = { type: 'reasoning', text: 'Hmm.', state: 'done', durationMs: 1500 };
      const el = await showMessage(withParts([thought, { type: 'text', text: 'A' }], { status: 'streaming' }));
      const summary = $(el, 'details[part="reasoning"] summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $<HTMLDetailsElement>(el, 'details[part="reasoning"]')!.open);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await set(el, withParts([thought, { type: 'text', text: 'A longer answer' }], { status: 'streaming' }));
      await set(el, withParts([thought, { type: 'text', text: 'A longer answer.' }], { status: 'complete' }));
      expect($<HTMLDetailsElement>(el, 'details[part="reasoning"]')!.open).to.equal(true);
    });

    it('stays closed when the reader closed it while it streamed', async () => {
      const el = await showMessage(withParts([{ type: 'reasoning', text: 'First', state: 'streaming' }], { status: 'streaming' }));
      const details = () => $<HTMLDetailsElement>(el, 'details[part="reasoning"]')!;
      expect(details().open).to.equal(true);
      details().querySelector('summary')!.click();
      await waitUntil(() => !details().open);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await set(el, withParts([{ type: 'reasoning', text: 'First, then more', state: 'streaming' }], { status: 'streaming' }));
      expect(details().open).to.equal(false);
      expect(text(details().querySelector('.reasoning-body')), 'its text still streams in').to.equal('First, then more');
    });

    it('does not touch the answer when only the reasoning after it changed', async () => {
      const answer: Part = { type: 'text', text: 'First step done.\n\nNow the open paragraph' };
      const el = await showMessage(withParts([answer, { type: 'reasoning', text: 'Next', state: 'streaming' }], { status: 'streaming' }));
      const open = $(el, '[part="content"] .open')!;
      const nodes = [...open.childNodes];
      await set(el, withParts([answer, { type: 'reasoning', text: 'Next I will check', state: 'streaming' }], { status: 'streaming' }));
      expect(text($(el, '.reasoning-body'))).to.equal('Next I will check');
      const after = [...$(el, '[part="content"] .open')!.childNodes];
      expect(after.length).to.equal(nodes.length);
      // The very same nodes (strict equality: a deep comparison of DOM nodes proves nothing).
      after.forEach((node, index) => expect(node === nodes[index], 'the open block was not rendered again').to.equal(true));
      expect($(el, '[part="content"] .open')).to.equal(open);
    });

    it('pulses "Thinking…" only for readers who did not ask for reduced motion', async () => {
      const el = await showMessage(withParts([{ type: 'reasoning', text: 'Hmm', state: 'streaming' }, call('input-available')], { status: 'streaming' }));
      const animations = () => [$(el, '.reasoning-label')!, $(el, '.tool-state')!].map((node, index) => getComputedStyle(node, index ? '::before' : null).animationName);
      expect(animations()).to.deep.equal(['pulse', 'pulse']);
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(animations()).to.deep.equal(['none', 'none']);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('says so when the provider redacted it', async () => {
      const el = await showMessage(withParts([{ type: 'reasoning', text: '', state: 'done', redacted: true }, { type: 'text', text: 'Hi' }]));
      expect(text($(el, '[part="reasoning"]'))).to.equal('Reasoning hidden by the provider');
      expect($(el, 'details[part="reasoning"]')).to.equal(null);
    });
  });

  describe('tool calls', () => {
    it('sit where they happened, between the texts around them', async () => {
      const el = await showMessage(withParts([{ type: 'text', text: 'Let me check.' }, call('output-available', { result: { celsius: 24 } }), { type: 'text', text: 'It is 24 °C.' }]));
      const rows = $$(el, '.parts > *').map((row) => (row.getAttribute('part') === 'content' ? `text:${text(row)}` : `tool:${text(row.querySelector('.tool-name'))}`));
      expect(rows).to.deep.equal(['text:Let me check.', 'tool:get_weather', 'text:It is 24 °C.']);
    });

    const states: Array<[ToolCall['state'], string, Partial<ToolCall>]> = [
      ['input-streaming', 'Preparing…', { arguments: '{"city": "Pa' }],
      ['input-available', 'Called', {}],
      ['output-available', 'Done', { result: { celsius: 24 } }],
      ['output-error', 'Error', { errorText: 'Weather service timed out' }],
      ['approval-requested', 'Waiting for approval', {}],
      ['output-denied', 'Denied', {}],
    ];
    for (const [state, label, fields] of states) {
      it(`shows the state "${label}" (${state}), readable and accessible`, async () => {
        const el = await showMessage(withParts([call(state, fields)], { status: state === 'input-streaming' ? 'streaming' : 'complete' }));
        const card = $<HTMLDetailsElement>(el, '[part="tool-call"]')!;
        expect(card.dataset.state).to.equal(state);
        expect(text(card.querySelector('.tool-state'))).to.equal(label);
        if (state === 'output-error') {
          expect(card.open, 'an error opens its card').to.equal(true);
          expect(text(card.querySelector('[part="tool-error"]'))).to.equal('Weather service timed out');
        }
        if (state === 'approval-requested') {
          expect(card.open).to.equal(true);
          expect(text(card.querySelector('[part="approve"]'))).to.equal('Approve');
          expect(text(card.querySelector('[part="deny"]'))).to.equal('Deny');
        } else {
          expect(card.querySelector('[part="approve"], [part="deny"]')).to.equal(null);
        }
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }

    it('reads "Running…" while the reply streams and the call has its input', async () => {
      const el = await showMessage(withParts([call('input-available')], { status: 'streaming' }));
      expect(text($(el, '.tool-state'))).to.equal('Running…');
    });

    it('shows arguments and result as pretty JSON text, never as markup', async () => {
      const hostile = '<img src=x onerror="window.__toolPwned = 1">';
      const el = await showMessage(withParts([call('output-available', { arguments: { html: hostile }, result: { note: hostile } })]));
      const card = $<HTMLDetailsElement>(el, '[part="tool-call"]')!;
      card.open = true;
      expect(card.querySelector('[part="tool-arguments"]')!.textContent).to.equal(JSON.stringify({ html: hostile }, null, 2));
      expect(card.querySelector('[part="tool-result"]')!.textContent).to.equal(JSON.stringify({ note: hostile }, null, 2));
      expect(card.querySelector('img')).to.equal(null);
      await settle();
      expect((window as unknown as { __toolPwned?: number }).__toolPwned).to.equal(undefined);
    });

    it('standalone, Approve fires chat-tool-approval with the call (keyboard reachable)', async () => {
      const el = await showMessage(withParts([call('approval-requested', { approvalId: 'appr_1' })]));
      const approve = $<HTMLButtonElement>(el, '[part="approve"]')!;
      approve.focus();
      expect(root(el).activeElement).to.equal(approve);
      const fired = oneEvent(el, 'chat-tool-approval') as Promise<CustomEvent<ChatToolApprovalDetail>>;
      await sendKeys({ press: 'Enter' });
      const { detail } = await fired;
      expect(detail.approved).to.equal(true);
      expect(detail.toolCall.id).to.equal('call_1');
      expect(detail.message?.id).to.equal('m1');
    });

    it('renderTool replaces a call\'s card when it returns something, and is asked again only when the call changes', async () => {
      const el = await showMessage(withParts([call('input-available'), { type: 'text', text: 'a' }], { status: 'streaming' }));
      const asked: string[] = [];
      el.renderTool = (toolCall) => {
        asked.push(toolCall.state);
        if (toolCall.state !== 'output-available') return undefined;
        const box = document.createElement('weather-card');
        box.textContent = `${(toolCall.result as { celsius: number }).celsius} °C in Paris`;
        return box;
      };
      await el.updateComplete;
      expect($(el, '[part="tool-call"]'), 'undefined keeps the default card').to.not.equal(null);
      await set(el, withParts([call('input-available'), { type: 'text', text: 'ab' }], { status: 'streaming' }));
      await set(el, withParts([call('output-available', { result: { celsius: 24 } }), { type: 'text', text: 'ab' }]));
      expect($(el, '[part="tool-call"]')).to.equal(null);
      expect(text($(el, 'weather-card'))).to.equal('24 °C in Paris');
      expect(asked).to.deep.equal(['input-available', 'input-available', 'output-available']);
    });
  });

  describe('sources, citations and files', () => {
    it('lists sources numbered, links only safe http(s) URLs, and ties a cited span to its number', async () => {
      const answer = 'Paris is sunny today. Lyon is **cloudy**.';
      const el = await showMessage(
        withParts([
          { type: 'text', text: answer },
          { type: 'source', id: 's1', url: 'https://www.meteo.example/paris', title: 'Paris forecast', spans: [{ start: 0, end: 21 }] },
          { type: 'source', id: 's2', url: 'javascript:alert(1)', title: 'Sneaky' },
          { type: 'source', id: 's3', url: 'https://lyon.example/', spans: [{ start: 22, end: answer.length }] },
        ]),
      );
      const list = $(el, '[part="sources"]')!;
      const entries = [...list.querySelectorAll('li')];
      expect(entries.map((entry) => text(entry))).to.deep.equal(['Paris forecast meteo.example', 'Sneaky', 'lyon.example']);
      expect(entries[0].querySelector('a')!.getAttribute('href')).to.equal('https://www.meteo.example/paris');
      expect(entries[0].querySelector('a')!.rel).to.contain('noopener');
      expect(entries[1].querySelector('a'), 'no javascript: link').to.equal(null);

      const marks = $$(el, '[part="content"] sup.citation a[part="citation"]');
      expect(marks.map((mark) => mark.textContent)).to.deep.equal(['1', '3']);
      expect(text($(el, '[part="content"] p')).replace(/\s/g, '')).to.equal('Parisissunnytoday.1Lyoniscloudy.3'.replace(/\s/g, ''));
      expect(marks[0].getAttribute('aria-label')).to.equal('Source 1');
      marks[1].click();
      expect(root(el).activeElement).to.equal(entries[2]);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows an image file as an image named by its file name, other files as download links, unsafe URLs as neither', async () => {
      const el = await showMessage(
        withParts([
          { type: 'file', url: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', mediaType: 'image/png', filename: 'chart.png' },
          { type: 'file', url: 'https://files.example/report.pdf', mediaType: 'application/pdf', filename: 'report.pdf' },
          { type: 'file', url: 'javascript:alert(1)', mediaType: 'image/png', filename: 'evil.png' },
          { type: 'data', name: 'weather', data: { celsius: 24 } },
        ]),
      );
      const files = $$(el, '[part="file"]');
      expect(files.length).to.equal(3);
      expect(files[0].tagName).to.equal('IMG');
      expect(files[0].getAttribute('alt')).to.equal('chart.png');
      expect(files[1].tagName).to.equal('A');
      expect(files[1].getAttribute('href')).to.equal('https://files.example/report.pdf');
      expect(files[1].getAttribute('download')).to.equal('report.pdf');
      expect(files[2].tagName, 'an unsafe URL is neither shown nor linked').to.equal('SPAN');
      expect(text(files[2])).to.contain('evil.png');
      expect(root(el).textContent, 'data parts are not shown').to.not.contain('celsius');
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('inside <chat-stream>, from real streams', () => {
    for (const fixtureCase of partsFixtures) {
      it(`renders every part of a reply in order (${fixtureCase.name})`, async () => {
        const src = await storedStreamUrl({ headers: fixtureCase.headers, steps: [{ write: fixtureCase.body }] });
        const el = await fixture<ChatStreamElement>(html`<chat-stream src=${src} protocol=${fixtureCase.protocol}></chat-stream>`);
        const ended = oneEvent(el, 'chat-message-end');
        void el.send('Weather in Paris?');
        await ended;
        const reply = [...root(el).querySelectorAll('chat-message')].at(-1)!;
        await (reply as ChatMessageElement).updateComplete;
        const expected = fixtureCase.parts.filter((part) => part.type !== 'data' && part.type !== 'source').map((part) => part.type);
        const shown = $$(reply, '.parts > *').flatMap((row) => {
          if (row.getAttribute('part') === 'content') return row.textContent ? ['text'] : [];
          if (row.classList.contains('step')) return ['step-start'];
          const inner = row.firstElementChild?.getAttribute('part');
          return [inner === 'reasoning' ? 'reasoning' : inner === 'tool-call' ? 'tool-call' : inner === 'file' ? 'file' : `?${inner}`];
        });
        expect(shown).to.deep.equal(expected);
        const sources = fixtureCase.parts.filter((part) => part.type === 'source');
        expect($$(reply, '[part="sources"] li').length).to.equal(sources.length);
        expect(await axeViolations(reply)).to.deep.equal([]);
      });
    }

    // The demo backend's rich reply, in each format that carries the parts (what each writes: wire/formats).
    const rich = 'Think it through for Paris: check the alerts, cite your sources, chart the day, and book me an umbrella';
    const expectations: Array<{ protocol: string; kinds: string[]; sources: number; citations: number }> = [
      { protocol: 'ai-sdk', kinds: ['reasoning', 'tool-call', 'tool-call', 'text', 'file', 'tool-call'], sources: 2, citations: 0 },
      { protocol: 'anthropic', kinds: ['reasoning', 'tool-call', 'tool-call', 'text', 'tool-call'], sources: 2, citations: 2 },
      { protocol: 'openai-responses', kinds: ['reasoning', 'tool-call', 'tool-call', 'text', 'tool-call'], sources: 2, citations: 2 },
      { protocol: 'rubyllm', kinds: ['reasoning', 'tool-call', 'tool-call', 'text', 'tool-call'], sources: 2, citations: 2 },
      { protocol: 'openai', kinds: ['reasoning', 'tool-call', 'tool-call', 'text', 'file', 'tool-call'], sources: 2, citations: 2 },
    ];
    for (const { protocol, kinds, sources, citations } of expectations) {
      it(`shows the demo backend's reply with reasoning, tools, sources and files (${protocol})`, async () => {
        const el = await fixture<ChatStreamElement>(html`<chat-stream src=${`/api/chat/${protocol}?speed=0`} protocol="auto"></chat-stream>`);
        const ended = oneEvent(el, 'chat-message-end');
        void el.send(rich);
        await ended;
        const reply = [...root(el).querySelectorAll('chat-message')].at(-1)! as ChatMessageElement;
        await reply.updateComplete;
        const shown = $$(reply, '.parts > *').flatMap((row) => {
          if (row.getAttribute('part') === 'content') return row.textContent ? ['text'] : [];
          if (row.classList.contains('step')) return [];
          return [row.firstElementChild?.getAttribute('part') ?? '?'];
        });
        expect(shown).to.deep.equal(kinds);
        expect($<HTMLDetailsElement>(reply, 'details[part="reasoning"]')!.open, 'closed once the answer started').to.equal(false);
        expect($$(reply, '[part="sources"] li').length).to.equal(sources);
        expect($$(reply, '[part="content"] [part="citation"]').length).to.equal(citations);
        expect($$(reply, '[part="tool-call"]').map((card) => card.dataset.state).filter((state) => state !== 'input-available' && state !== 'output-available')).to.deep.equal(
          protocol === 'ai-sdk' ? ['output-error', 'approval-requested'] : [],
        );
        expect(await axeViolations(reply)).to.deep.equal([]);
      });
    }

    it('Approve moves the call on at once, fires chat-tool-approval, and the next request carries the answer', async () => {
      const aiSdk = partsFixtures.find((candidate) => candidate.protocol === 'ai-sdk')!;
      const tag = uniqueTag('approval');
      const src = await storedStreamUrl({ headers: aiSdk.headers, steps: [{ write: aiSdk.body }] });
      const el = await fixture<ChatStreamElement>(html`<chat-stream src=${`${src}&tag=${tag}`} protocol="ai-sdk"></chat-stream>`);
      const ended = oneEvent(el, 'chat-message-end');
      void el.send('Book me an umbrella');
      await ended;
      const reply = [...root(el).querySelectorAll('chat-message')].at(-1)! as ChatMessageElement;
      await reply.updateComplete;
      const card = () => $$(reply, '[part="tool-call"]').find((row) => text(row.querySelector('.tool-name')) === 'book_umbrella')!;
      expect(card().dataset.state).to.equal('approval-requested');

      const fired = oneEvent(el, 'chat-tool-approval');
      card().querySelector<HTMLButtonElement>('[part="approve"]')!.click();
      const { detail } = await fired;
      expect(detail.approved).to.equal(true);
      expect(detail.toolCall).to.include({ id: 'call_c', state: 'input-available', approved: true });
      await reply.updateComplete;
      expect(card().dataset.state).to.equal('input-available');
      expect(text(card().querySelector('.tool-state'))).to.equal('Approved');
      expect(card().querySelector('[part="approve"]')).to.equal(null);

      const again = oneEvent(el, 'chat-message-end');
      void el.send('Thanks');
      await again;
      const requests = await recordedRequests(tag);
      const body = JSON.parse(requests.at(-1)!.body) as { messages: Array<{ role: string; toolApprovals?: unknown[] }> };
      const asked = body.messages.find((message) => message.toolApprovals);
      expect(asked?.role).to.equal('assistant');
      expect(asked?.toolApprovals).to.deep.equal([{ toolCallId: 'call_c', approvalId: 'appr_1', name: 'book_umbrella', arguments: { size: 'large' }, approved: true }]);
    });

    it('Deny shows the call denied, and renderTool on <chat-stream> reaches its messages', async () => {
      const aiSdk = partsFixtures.find((candidate) => candidate.protocol === 'ai-sdk')!;
      const src = await storedStreamUrl({ headers: aiSdk.headers, steps: [{ write: aiSdk.body }] });
      const el = await fixture<ChatStreamElement>(html`<chat-stream src=${src} protocol="ai-sdk"></chat-stream>`);
      el.renderTool = (toolCall) => (toolCall.name === 'get_forecast' ? `Forecast: ${JSON.stringify(toolCall.result)}` : undefined);
      const ended = oneEvent(el, 'chat-message-end');
      void el.send('Umbrella?');
      await ended;
      const reply = [...root(el).querySelectorAll('chat-message')].at(-1)! as ChatMessageElement;
      await reply.updateComplete;
      expect(text($(reply, '.tool-custom'))).to.equal('Forecast: {"city":"Paris","celsius":24,"sky":"sunny"}');
      el.respondToToolApproval('call_c', false);
      await reply.updateComplete;
      const denied = $$(reply, '[part="tool-call"]').find((row) => row.dataset.state === 'output-denied');
      expect(text(denied?.querySelector('.tool-state'))).to.equal('Denied');
    });
  });
});
