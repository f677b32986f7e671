import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/index.js';
import { createChat, createReplayTransport, protocolNames, type Chat } from '../src/index.js';
import { replyBody } from '../wire/index.js';
import { faults, liveChat, silentTransport, startStoryChat, type Fault } from './support/live-chat.js';
import { history } from './support/messages.js';
import { replies, type ReplyName } from './support/replies.js';
import { brandTheme, darkTheme } from './support/themes.js';
import de from '../src/locales/de.js';
import ar from '../src/locales/ar.js';
import { conversationTexts } from '../demo/conversation/texts.js';
import type { Message } from '../src/index.js';

interface StreamArgs {
  /** Which recorded reply plays. */
  reply: ReplyName;
  protocol: (typeof protocolNames)[number] | 'auto';
  /** Milliseconds between recorded events: the speed. */
  delay: number;
  fault: Fault;
  failAfter: number;
  prompt: string;
  format: 'markdown' | 'text';
  'no-composer': boolean;
  anchor: 'bottom' | 'top';
}

/** A conversation whose reply is played by the replay transport, started as the story renders. */
const renderLive = (args: StreamArgs, storyId: string, wrap: 'plain' | 'dark' | 'brand' = 'plain') => {
  const chat = startStoryChat(storyId, liveChat({ ...args, reply: replies[args.reply] }), args.prompt);
  return themed(wrap, conversation(chat, args));
};

const conversation = (chat: Chat, args: StreamArgs) =>
  html`<chat-stream .store=${chat} format=${args.format} anchor=${args.anchor} ?no-composer=${args['no-composer']} style="--chat-height: 26rem"></chat-stream>`;

const themed = (wrap: 'plain' | 'dark' | 'brand', content: TemplateResult): TemplateResult => {
  if (wrap === 'dark') return html`${darkTheme}<div class="theme-dark">${content}</div>`;
  if (wrap === 'brand') return html`${brandTheme}<div class="theme-brand">${content}</div>`;
  return content;
};

const meta: Meta<StreamArgs> = {
  title: 'Elements/chat-stream',
  component: 'chat-stream',
  args: {
    reply: 'markdown',
    protocol: 'rubyllm',
    delay: 30,
    fault: 'none',
    failAfter: 120,
    prompt: 'How do I debounce a function in TypeScript?',
    format: 'markdown',
    'no-composer': false,
    anchor: 'bottom',
  },
  argTypes: {
    reply: { control: 'select', options: Object.keys(replies), description: 'The recorded reply the replay transport plays.' },
    protocol: {
      control: 'select',
      options: ['auto', ...protocolNames],
      description: 'Wire format the recording is written in and decoded with (`auto` detects it from the first event).',
    },
    delay: { control: { type: 'range', min: 0, max: 250, step: 5 }, description: 'Speed: milliseconds between recorded events (tokens).' },
    fault: { control: 'select', options: faults, description: 'What goes wrong: an error event, a cut connection, HTTP 429 or 500.' },
    failAfter: { control: { type: 'number', min: 0 }, description: 'With `error event` or `connection cut`: characters that arrive first.' },
    prompt: { control: 'text', description: 'What the user asks.' },
    format: { control: 'inline-radio', options: ['markdown', 'text'] },
    anchor: { control: 'inline-radio', options: ['bottom', 'top'] },
    'no-composer': { control: 'boolean' },
  },
  render: (args, { id }) => renderLive(args, id),
};
export default meta;

type Story = StoryObj<StreamArgs>;

// First, so the docs page opens on a live reply whose controls drive it.
export const StreamingLive: Story = {
  name: 'Streaming live (replay)',
  args: { reply: 'greeting', prompt: 'Hi!' },
};

export const Idle: Story = {
  name: 'Idle (empty)',
  render: (args) => html`<chat-stream .store=${createChat({ transport: silentTransport })} format=${args.format} style="--chat-height: 14rem">
    <p slot="empty" style="margin:auto;color:#57606a;font:0.95rem system-ui">Ask anything to start.</p>
  </chat-stream>`,
};

export const Suggestions: Story = {
  name: 'Suggestions (empty conversation)',
  parameters: { docs: { description: { story: '`.suggestions` as buttons under the default greeting; choosing one sends it (the replay plays the reply), and both go once the conversation starts.' } } },
  render: (args) =>
    html`<chat-stream
      .store=${liveChat({ ...args, reply: replies[args.reply] })}
      .suggestions=${['How do I debounce a function in TypeScript?', 'Show me a table', 'Explain SSE in two sentences']}
      style="--chat-height: 22rem"
    ></chat-stream>`,
};

export const MessageActions: Story = {
  name: 'Message actions (copy, edit, rate, regenerate)',
  parameters: {
    docs: {
      description: {
        story:
          'Under each finished message: Copy; Edit on questions (an inline editor: Enter resends, Escape cancels); Good/Bad response on replies (here the reply is rated good); Regenerate on the last reply. Earlier rows show on hover and keyboard focus; the last one stays visible.',
      },
    },
  },
  render: (args) => {
    const rated = history.map((message, index) => (message.role === 'assistant' && index === history.length - 1 ? { ...message, feedback: 'up' as const } : message));
    return conversation(liveChat({ ...args, reply: replies[args.reply], messages: rated }), args);
  },
};

export const EditingAQuestion: Story = {
  name: 'Editing a question',
  parameters: { docs: { description: { story: 'The inline editor open in the last question’s bubble (as Edit, or ArrowUp in the empty composer, opens it).' } } },
  render: (args) => {
    const view = conversation(liveChat({ ...args, reply: replies[args.reply], messages: history }), args);
    // Opens the editor once the conversation has rendered.
    setTimeout(() => {
      const stream = document.querySelector('chat-stream');
      const questions = stream?.shadowRoot?.querySelectorAll<HTMLElement & { startEdit(): void }>('chat-message[from="user"]');
      questions?.[questions.length - 1]?.startEdit();
    }, 300);
    return view;
  },
};

export const WithHistory: Story = {
  name: 'Idle with history',
  render: (args) => conversation(createChat({ transport: silentTransport, messages: history }), args),
};

export const Waiting: Story = {
  name: 'Waiting (typing)',
  parameters: { docs: { description: { story: 'The request is out and nothing has arrived: the typing indicator shows and Stop is offered.' } } },
  render: (args, { id }) => conversation(startStoryChat(id, createChat({ transport: silentTransport }), args.prompt), args),
};

export const RecordedSse: Story = {
  name: 'Streaming a recorded SSE body',
  parameters: {
    docs: { description: { story: 'The replay transport fed the bytes of a rubyllm `text/event-stream` body, sliced as a network would deliver them.' } },
  },
  render: (args, { id }) => {
    const reply = replies[args.reply];
    const recordedSSE = replyBody('rubyllm', reply);
    const chat = createChat({ transport: createReplayTransport({ source: recordedSSE, delay: args.delay, chunkSize: 24 }), protocol: 'rubyllm' });
    return conversation(startStoryChat(id, chat, args.prompt), args);
  },
};

export const MarkdownWithCode: Story = {
  name: 'Markdown with code',
  args: { reply: 'markdown', protocol: 'anthropic' },
};

export const ToolCallStreaming: Story = {
  name: 'Tool call streaming',
  args: { reply: 'tool call', protocol: 'ai-sdk', prompt: 'What is the weather in Paris?', delay: 60 },
};

export const UsageFooter: Story = {
  name: 'Usage footer',
  args: { reply: 'greeting', protocol: 'openai', prompt: 'Hello', delay: 10 },
};

export const ErrorWithPartialText: Story = {
  name: 'Error with partial text',
  args: { reply: 'long', protocol: 'openai', fault: 'error event', failAfter: 220, prompt: 'Why stream replies?' },
};

export const ConnectionCut: Story = {
  name: 'Connection cut',
  args: { reply: 'long', protocol: 'anthropic', fault: 'connection cut', failAfter: 160, prompt: 'Why stream replies?' },
};

export const RateLimited: Story = {
  name: 'Rate limited (429)',
  args: { reply: 'greeting', fault: 'rate limited (429)', prompt: 'Hello again' },
};

export const ServerFailed: Story = {
  name: 'Server error (500)',
  args: { reply: 'greeting', fault: 'server error (500)', prompt: 'Hello again' },
};

export const Stopped: Story = {
  name: 'Stopped by the reader',
  args: { reply: 'long', protocol: 'openai-responses', prompt: 'Why stream replies?', delay: 20 },
  render: (args, { id }) => {
    const chat = liveChat({ ...args, reply: replies[args.reply] });
    // Stops as the reader would, once a couple of sentences have arrived.
    const unlisten = chat.on('chunk', ({ message }) => {
      if (message.content.length < 200) return;
      unlisten();
      chat.stop();
    });
    return conversation(startStoryChat(id, chat, args.prompt), args);
  },
};

export const LongReply: Story = {
  name: 'Long reply',
  args: { reply: 'long', protocol: 'openai', prompt: 'Tell me everything about streaming replies.', delay: 8 },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { reply: 'tool call', protocol: 'openai-responses', prompt: 'What is the weather in Paris?' },
  render: (args, { id }) => renderLive(args, id, 'dark'),
};

export const CustomTheme: Story = {
  name: 'Custom theme (--chat-* and ::part)',
  args: { reply: 'markdown', protocol: 'rubyllm' },
  render: (args, { id }) => renderLive(args, id, 'brand'),
};

const exchange = (question: string, reply: string, fields: Partial<Message> = {}): Message[] => [
  { id: 'q', role: 'user', content: question, status: 'complete', toolCalls: [] },
  { id: 'a', role: 'assistant', content: reply, status: 'complete', toolCalls: [], ...fields },
];

export const German: Story = {
  name: 'German (strings and lang)',
  parameters: { docs: { description: { story: '`.strings` from `chat-stream-elements/locales/de` and `lang="de"`: every UI text in German, numbers with German grouping.' } } },
  render: () => {
    const { question, short } = conversationTexts.de;
    const messages = [
      ...exchange(question, short, { usage: { inputTokens: 1257, outputTokens: 171 }, model: 'demo-assistant-1' }),
      { id: 'q2', role: 'user', content: 'Und morgen?', status: 'complete', toolCalls: [] },
      { id: 'a2', role: 'assistant', content: 'Morgen wird es', status: 'error', toolCalls: [], error: { name: 'RateLimitError', message: 'HTTP 429', status: 429, retryAfter: 1000 } },
    ] satisfies Message[];
    return html`<chat-stream lang="de" .strings=${de} .store=${createChat({ transport: silentTransport, messages })} style="--chat-height: 26rem"></chat-stream>`;
  },
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  parameters: { docs: { description: { story: '`dir="rtl"`, `lang="ar"` and the Arabic strings: the whole conversation mirrors; code still reads left to right.' } } },
  render: () => {
    const { question, reply } = conversationTexts.ar;
    return html`<div dir="rtl" lang="ar"><chat-stream .strings=${ar} .store=${createChat({ transport: silentTransport, messages: exchange(question, reply) })} style="--chat-height: 30rem"></chat-stream></div>`;
  },
};

export const ArabicReplyInEnglishPage: Story = {
  name: 'Arabic reply in an English page',
  parameters: { docs: { description: { story: 'Each markdown block takes its own direction (`dir="auto"`): the Arabic reads right to left in a left-to-right page.' } } },
  render: () =>
    html`<chat-stream .store=${createChat({ transport: silentTransport, messages: exchange('Summarise this in Arabic, please.', conversationTexts.ar.reply) })} style="--chat-height: 30rem"></chat-stream>`,
};
