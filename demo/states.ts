// One page per visual state of the kit (`states.html?state=…`), built from the replay transport and
// fixed messages, so screenshots (scripts/screenshots.mjs) are the same on every run.
import { createChat, createReplayTransport, type ChatStreamElement, type Message, type StreamEvent } from '../src/index.js';

const markdown = [
  '## Weather in Rome',
  '',
  'Right now it is **18 °C** and sunny; `get_weather` says the wind is light. See the [forecast](https://example.com/rome).',
  '',
  '- Morning: clear',
  '- Afternoon: a few clouds',
  '- Evening: mild',
  '',
  '| Day | High | Low |',
  '|-----|-----:|----:|',
  '| Mon | 19 | 11 |',
  '| Tue | 21 | 12 |',
  '',
  '```ts',
  "const forecast = await getWeather({ city: 'Rome' });",
  'console.log(forecast.summary);',
  '```',
].join('\n');

const user = (content: string): Message => ({ id: `u-${content.length}`, role: 'user', content, status: 'complete', toolCalls: [] });
const assistant = (fields: Partial<Message>): Message => ({ id: 'a-1', role: 'assistant', content: '', status: 'complete', toolCalls: [], ...fields });
const forever = { delay: 1e9 };
const data = (text: string): StreamEvent => ({ data: JSON.stringify(text) });

const question = 'What is the weather in Rome this week?';

/** Each state: messages to start with, and optionally a reply to play (which may never end). */
const states: Record<string, { messages?: Message[]; replay?: Array<StreamEvent | { delay: number }>; prompt?: string; stopAfter?: number }> = {
  idle: {},
  waiting: { prompt: question, replay: [forever] },
  streaming: { prompt: question, replay: [data('## Weather in Rome\n\nRight now it is **18 °C** and sun'), data('ny. The week looks '), forever] },
  markdown: { messages: [user(question), assistant({ content: markdown })] },
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
  usage: { messages: [user(question), assistant({ content: 'It is **18 °C** and sunny in Rome.', usage: { inputTokens: 57, outputTokens: 171 }, model: 'demo-assistant-1' })] },
  error: {
    messages: [
      user(question),
      assistant({
        content: '## Weather in Rome\n\nRight now it is **18 °C** and sun',
        status: 'error',
        error: { name: 'NetworkError', message: 'The connection was lost before the reply ended' },
      }),
    ],
  },
  'rate-limited': {
    messages: [
      user(question),
      assistant({ status: 'error', error: { name: 'RateLimitError', message: 'HTTP 429: Rate limit reached for requests', status: 429, retryAfter: 5000 } }),
    ],
  },
  stopped: { messages: [user(question), assistant({ content: '## Weather in Rome\n\nRight now it is **18 °C**', status: 'stopped' })] },
};

const name = new URLSearchParams(location.search).get('state') ?? 'markdown';
const state = states[name] ?? states.markdown;
const element = document.querySelector('#chat') as ChatStreamElement;
const chat = createChat({ messages: state.messages, transport: createReplayTransport({ source: state.replay ?? [], delay: 0 }), protocol: 'rubyllm' });
element.store = chat;
if (state.prompt) void chat.send(state.prompt);

// Screenshots wait for this: the element rendered and two frames painted.
void element.updateComplete.then(() =>
  requestAnimationFrame(() => requestAnimationFrame(() => ((window as unknown as { __ready: boolean }).__ready = true))),
);
