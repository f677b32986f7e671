// One page per visual state of the kit (`states.html?state=…`), built from the replay transport and
// fixed messages, so screenshots (scripts/screenshots.mjs) are the same on every run.
// `&lang=de` or `&lang=ar` shows the state in German or Arabic (Arabic mirrored: dir="rtl");
// `&state=mixed` is an Arabic reply in an English page; `&state=parts` a reply made of parts.
import { createChat, createReplayTransport, NetworkError, type ChatMessageElement, type ChatStreamElement, type Message, type StreamEvent, type Transport } from '../src/index.js';
import de from '../src/locales/de.js';
import ar from '../src/locales/ar.js';
import { conversationTexts, type DemoLanguage } from './conversation/texts.js';
import { fileMessage, reasoningStreamingMessage, richReplyMessage, toolStateMessages } from './conversation/part-messages.js';

const params = new URLSearchParams(location.search);
const lang = (['de', 'ar'].includes(params.get('lang') ?? '') ? params.get('lang') : 'en') as DemoLanguage;
const texts = conversationTexts[lang];
const question = texts.question;

const user = (content: string): Message => ({ id: `u-${content.length}`, role: 'user', content, status: 'complete', toolCalls: [] });
const assistant = (fields: Partial<Message>): Message => ({ id: 'a-1', role: 'assistant', content: '', status: 'complete', toolCalls: [], ...fields });
const forever = { delay: 1e9 };
const data = (text: string): StreamEvent => ({ data: JSON.stringify(text) });

/** A transport that waits to retry (a 503) and never gets there: the countdown state. */
const waitingTransport: Transport = {
  async open(_request, handlers) {
    const error = new NetworkError('HTTP 503 Service Unavailable');
    handlers.onWait?.({ kind: 'retry', attempt: 1, attempts: 3, delayMs: 8000, at: Date.now() + 8000, error });
    await new Promise(() => {});
  },
};

interface State {
  messages?: Message[];
  replay?: Array<StreamEvent | { delay: number }>;
  transport?: Transport;
  prompt?: string;
  suggestions?: string[];
  /** Opens the editor of the last question once the conversation has rendered. */
  editing?: boolean;
  /** Attaches a painted picture, a PDF and a file too large for `max-file-size` to the composer. */
  attaching?: boolean;
}

const starters: Record<DemoLanguage, string[]> = {
  en: [texts.question, 'Show me a table and some code', 'Explain streaming in two sentences'],
  de: [texts.question, 'Zeig mir eine Tabelle und etwas Code'],
  ar: [texts.question, 'أرني جدولاً وبعض الشيفرة'],
};

/** Each state: messages to start with, and optionally a reply to play (which may never end). */
const states: Record<string, State> = {
  idle: {},
  waiting: { prompt: question, replay: [forever] },
  streaming: { prompt: question, replay: [data(texts.partial), data(lang === 'en' ? 'ny. The week looks ' : ' …'), forever] },
  markdown: { messages: [user(question), assistant({ content: texts.reply })] },
  'tool-call': {
    messages: [
      user(question),
      assistant({
        content: 'Let me check the forecast.',
        toolCalls: [
          { id: 'call_1', name: 'get_weather', arguments: { city: 'Rome', unit: 'celsius' }, state: 'output-available', status: 'complete', result: { temperature: 18, sky: 'sunny' } },
          { id: 'call_2', name: 'get_forecast', arguments: '{"city": "Rome", "da', state: 'input-streaming', status: 'streaming' },
        ],
        status: 'streaming',
      }),
    ],
  },
  usage: { messages: [user(question), assistant({ content: texts.short, usage: { inputTokens: 1257, outputTokens: 171 }, model: 'demo-assistant-1' })] },
  error: {
    messages: [
      user(question),
      assistant({ content: texts.partial, status: 'error', error: { name: 'NetworkError', message: 'The connection was lost before the reply ended' } }),
    ],
  },
  'rate-limited': {
    messages: [user(question), assistant({ status: 'error', error: { name: 'RateLimitError', message: 'HTTP 429: Rate limit reached for requests', status: 429, retryAfter: 5000 } })],
  },
  'retry-wait': { messages: [user(texts.question), assistant({ content: texts.short })], prompt: question, transport: waitingTransport },
  stopped: { messages: [user(question), assistant({ content: texts.partial, status: 'stopped' })] },
  // A reply with reasoning, a tool card, cited text and sources, then a tool waiting for approval.
  parts: { messages: [user('Should I take an umbrella in Paris tomorrow?'), richReplyMessage, user('Can you get me one?'), toolStateMessages['approval-requested']] },
  // Parts as they stream or fail: a tool error, an image file, reasoning open while it streams.
  'parts-live': { messages: [user('Any weather alerts?'), toolStateMessages['output-error'], fileMessage, user('And tomorrow?'), reasoningStreamingMessage] },
  suggestions: { suggestions: starters[lang] },
  actions: {
    messages: [
      user(question),
      assistant({ id: 'a-0', content: texts.short, feedback: 'up' }),
      { ...user(texts.question + ' '), id: 'u-2' },
      assistant({ content: texts.reply }),
    ],
  },
  attachments: { attaching: true },
  editing: { messages: [user(question), assistant({ content: texts.short })], editing: true },
  mixed: { messages: [user('Summarise this in Arabic, please.'), assistant({ content: conversationTexts.ar.reply })] },
};

/** A painted picture, a PDF, and a picture over the composer's `max-file-size`, attached through its file input. */
async function attachFiles() {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 96;
  const paint = canvas.getContext('2d')!;
  const gradient = paint.createLinearGradient(0, 0, 96, 96);
  gradient.addColorStop(0, '#f6a04d');
  gradient.addColorStop(1, '#5b8def');
  paint.fillStyle = gradient;
  paint.fillRect(0, 0, 96, 96);
  const png = await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png'));
  element.accept = 'image/*,.pdf';
  element.maxFileSize = 1_000_000;
  await element.updateComplete;
  const composer = element.shadowRoot!.querySelector('chat-composer')!;
  await composer.updateComplete;
  const files = new DataTransfer();
  files.items.add(new File([png], 'rome.png', { type: 'image/png' }));
  files.items.add(new File(['%PDF-1.4'], 'itinerary.pdf', { type: 'application/pdf' }));
  files.items.add(new File([new Uint8Array(1_500_000)], 'panorama.png', { type: 'image/png' }));
  const input = composer.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
  await composer.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const name = params.get('state') ?? 'markdown';
const state = states[name] ?? states.markdown;
const element = document.querySelector('#chat') as ChatStreamElement;
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
if (lang !== 'en') element.strings = lang === 'de' ? de : ar;
const transport = state.transport ?? createReplayTransport({ source: state.replay ?? [], delay: 0 });
const chat = createChat({ messages: state.messages, transport, protocol: 'rubyllm' });
element.store = chat;
if (state.suggestions) element.suggestions = state.suggestions;
if (state.prompt) void chat.send(state.prompt);

// Screenshots wait for this: the element and its messages rendered and two frames painted.
void element.updateComplete.then(async () => {
  // Each message's update also waits for the markdown renderer's chunk, fetched on first use.
  await Promise.all(Array.from(element.shadowRoot!.querySelectorAll<ChatMessageElement>('chat-message'), (message) => message.updateComplete));
  if (state.attaching) await attachFiles();
  if (state.editing) {
    const questions = element.shadowRoot!.querySelectorAll<ChatMessageElement>('chat-message[from="user"]');
    questions[questions.length - 1]?.startEdit();
    await questions[questions.length - 1]?.updateComplete;
  }
  requestAnimationFrame(() => requestAnimationFrame(() => ((window as unknown as { __ready: boolean }).__ready = true)));
});
