// The demo page: keeps <chat-stream>'s src/protocol/transport/method/model/format attributes in step
// with the controls, and logs the element's events.
import '../src/index.js';
import type { ChatStrings } from '../src/index.js';
import de from '../src/locales/de.js';
import ar from '../src/locales/ar.js';

/** The part of <chat-stream> the page drives; typed locally so the page builds before it exists. */
interface ChatStreamLike extends HTMLElement {
  send(text: string): Promise<void>;
  clear(): void;
  strings?: Partial<ChatStrings>;
  suggestions?: string[];
}

/** The chat's UI text and direction for each choice of the language switch (`lang` formats numbers and plurals). */
const languages: Record<string, { strings?: Partial<ChatStrings>; dir: 'ltr' | 'rtl'; suggestions: string[] }> = {
  en: { dir: 'ltr', suggestions: ['Show me a table and some code', 'Explain streaming in two sentences', 'Call a tool for the weather'] },
  de: { strings: de, dir: 'ltr', suggestions: ['Zeig mir eine Tabelle und etwas Code', 'Erkläre Streaming in zwei Sätzen'] },
  ar: { strings: ar, dir: 'rtl', suggestions: ['أرني جدولاً وبعض الشيفرة', 'اشرح البث في جملتين'] },
};

const chat = document.querySelector('#chat') as ChatStreamLike;
const form = document.querySelector('#controls') as HTMLFormElement;
const endpoint = document.querySelector('#endpoint') as HTMLElement;
const statusOutput = document.querySelector('#status') as HTMLOutputElement;
const log = document.querySelector('#log') as HTMLOListElement;
const realOption = form.querySelector('option[value="real"]') as HTMLOptionElement;

let realModel: string | null = null;

function field<T extends Element>(name: string): T {
  return form.elements.namedItem(name) as unknown as T;
}

function setAttr(name: string, value: string | null) {
  if (value === null) chat.removeAttribute(name);
  else if (chat.getAttribute(name) !== value) chat.setAttribute(name, value);
}

/** The knobs the backend reads from the query string (see demo/README.md). */
function knobs(): URLSearchParams {
  const params = new URLSearchParams({ speed: field<HTMLInputElement>('speed').value });
  const fault = field<HTMLSelectElement>('fault').value;
  if (fault !== 'none') params.set('fault', fault);
  if (fault === 'fail' || fault === 'cut') params.set('after', field<HTMLInputElement>('after').value || '0');
  return params;
}

function apply() {
  const choice = field<HTMLSelectElement>('protocol').value;
  const detect = field<HTMLInputElement>('detect').checked;
  const fault = field<HTMLSelectElement>('fault').value;
  const real = choice === 'real';
  field<HTMLOutputElement>('speedValue').value = field<HTMLInputElement>('speed').value;
  for (const name of ['fault', 'speed', 'detect', 'method']) field<HTMLInputElement>(name).disabled = real;
  field<HTMLInputElement>('after').disabled = real || (fault !== 'fail' && fault !== 'cut');

  let src: string;
  if (real) {
    src = '/api/openai-proxy';
    setAttr('protocol', 'openai');
    setAttr('transport', null);
    setAttr('method', null);
  } else if (choice === 'websocket') {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    src = `${scheme}://${location.host}/ws?${knobs()}`;
    setAttr('protocol', detect ? 'auto' : 'rubyllm');
    setAttr('transport', 'websocket');
    setAttr('method', null);
  } else {
    src = `/api/chat/${choice}?${knobs()}`;
    setAttr('protocol', detect ? 'auto' : choice);
    setAttr('transport', 'sse');
    setAttr('method', field<HTMLSelectElement>('method').value);
  }
  setAttr('model', real ? realModel : null);
  setAttr('format', (form.querySelector('input[name="format"]:checked') as HTMLInputElement).value);
  setAttr('src', src);
  endpoint.textContent = src;

  const language = field<HTMLSelectElement>('language').value;
  const { strings, dir, suggestions } = languages[language] ?? languages.en;
  setAttr('lang', language);
  setAttr('dir', dir);
  if (chat.strings !== strings) chat.strings = strings;
  // Starter prompts of an empty conversation, in the chosen language.
  if (chat.suggestions !== suggestions) chat.suggestions = suggestions;
}

function addLogLine(text: string, isError = false) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  if (isError) item.className = 'error';
  log.prepend(item);
  while (log.children.length > 60) log.lastElementChild?.remove();
}

type Detail = Record<string, unknown> | undefined;
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

const describe: Record<string, (detail: Detail) => string> = {
  'chat-send': (detail) => `send "${String(detail?.prompt ?? '')}"`,
  'chat-message-start': () => 'reply started',
  'chat-tool-call': (detail) => {
    const call = record(detail?.toolCall);
    return `tool ${String(call.name ?? '?')} ${String(call.state ?? call.status ?? '')}`;
  },
  'chat-tool-approval': (detail) => `${detail?.approved ? 'approved' : 'denied'} ${String(record(detail?.toolCall).name ?? '?')} (sent with the next request)`,
  'chat-message-end': (detail) => {
    const usage = record(detail?.usage);
    return `reply complete (${String(usage.inputTokens ?? '?')} in, ${String(usage.outputTokens ?? '?')} out)`;
  },
  'chat-feedback': (detail) => `rated ${String(detail?.value ?? 'no longer')} (${String(record(detail?.message).id ?? '?')})`,
  'chat-edit': (detail) => `edited a question to "${String(detail?.text ?? '')}"`,
  'chat-error': (detail) => {
    const error = record(detail?.error);
    return `${String(error.name ?? 'Error')}: ${String(error.message ?? '')}`;
  },
};

for (const [type, summarize] of Object.entries(describe)) {
  chat.addEventListener(type, (event) => addLogLine(summarize((event as CustomEvent<Detail>).detail), type === 'chat-error'));
}

new MutationObserver(() => {
  statusOutput.value = chat.getAttribute('status') ?? 'idle';
}).observe(chat, { attributes: true, attributeFilter: ['status'] });

form.addEventListener('input', apply);
form.addEventListener('change', apply);
form.addEventListener('submit', (event) => event.preventDefault());

document.querySelector('.prompts')?.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button');
  if (!button || !customElements.get('chat-stream')) return;
  if (button.id === 'clear') chat.clear();
  else if (button.dataset.prompt) void chat.send(button.dataset.prompt);
});

// The "Real model" choice exists only when the server has an upstream (OPENAI_BASE_URL).
fetch('/api/config')
  .then((response) => response.json() as Promise<{ realModel?: string | null }>)
  .then((config) => {
    if (!config.realModel) return;
    realModel = config.realModel;
    realOption.hidden = false;
    realOption.disabled = false;
    realOption.textContent = `Real model (${realModel})`;
  })
  .catch(() => {});

// Until src/index.ts registers the element, say so rather than show an empty box.
const notDefined = document.querySelector('#not-defined') as HTMLElement;
notDefined.hidden = customElements.get('chat-stream') !== undefined;
void customElements.whenDefined('chat-stream').then(() => (notDefined.hidden = true));

apply();
