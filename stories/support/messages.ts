import type { Message } from '../../src/index.js';

/** Message objects in every state, for `<chat-message>` stories and chat histories. */

const message = (fields: Omit<Message, 'toolCalls'>): Message => ({ ...fields, toolCalls: [] });


export const userMessage: Message = message({
  id: 'user-1',
  role: 'user',
  status: 'complete',
  content: 'How do I debounce a function in TypeScript?',
});

export const markdownContent = `## Debouncing in TypeScript

A debounce waits until calls **stop** for a while, then runs once:

\`\`\`ts
export function debounce<A extends unknown[]>(run: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), ms);
  };
}
\`\`\`

| use | wait |
|---|---|
| search box | 200 ms |
| window resize | 100 ms |

- Keep \`ms\` short for typing.
- Use *throttle* instead when you need regular updates.`;

export const completeMessage: Message = message({
  id: 'assistant-complete',
  role: 'assistant',
  status: 'complete',
  content: markdownContent,
  usage: { inputTokens: 31, outputTokens: 182 },
  model: 'claude-sonnet-4',
});

export const pendingMessage: Message = message({ id: 'assistant-pending', role: 'assistant', status: 'pending', content: '' });

/** Mid-stream: the code fence is open and the sentence unfinished. */
export const streamingMessage: Message = message({
  id: 'assistant-streaming',
  role: 'assistant',
  status: 'streaming',
  content: markdownContent.slice(0, markdownContent.indexOf('clearTimeout(timer);') + 8),
});

export const toolCallStreamingMessage: Message = {
  id: 'assistant-tool-streaming',
  role: 'assistant',
  status: 'streaming',
  content: 'Let me check the weather in Paris.',
  toolCalls: [{ id: 'call_weather_1', name: 'get_weather', arguments: '{"city": "Paris", "unit": "°', state: 'input-streaming', status: 'streaming' }],
};

export const toolCallCompleteMessage: Message = {
  id: 'assistant-tool-complete',
  role: 'assistant',
  status: 'complete',
  content: 'Let me check the weather in Paris. It is **19 °C** and partly cloudy.',
  toolCalls: [
    {
      id: 'call_weather_1',
      name: 'get_weather',
      arguments: { city: 'Paris', unit: '°C' },
      state: 'output-available',
      status: 'complete',
      result: { temperature: 19, sky: 'partly cloudy' },
    },
  ],
  usage: { inputTokens: 212, outputTokens: 64 },
  model: 'gpt-4.1',
};

export const usageMessage: Message = message({
  id: 'assistant-usage',
  role: 'assistant',
  status: 'complete',
  content: 'Paris is the capital of France.',
  usage: { inputTokens: 14, outputTokens: 9 },
  model: 'gpt-4.1-mini',
});

export const errorMessage: Message = message({
  id: 'assistant-error',
  role: 'assistant',
  status: 'error',
  content: 'Streaming replies change how an interface feels. Instead of a spinner and a wall of',
  error: { name: 'NetworkError', message: 'The connection closed before the reply ended.' },
});

export const streamErrorMessage: Message = message({
  id: 'assistant-stream-error',
  role: 'assistant',
  status: 'error',
  content: 'Once upon a time',
  error: { name: 'StreamError', message: 'The model is overloaded. Please try again.' },
});

export const rateLimitedMessage: Message = message({
  id: 'assistant-rate-limited',
  role: 'assistant',
  status: 'error',
  content: '',
  error: { name: 'RateLimitError', message: 'Too many requests: the limit is 20 replies a minute.', status: 429, retryAfter: 20_000 },
});

export const stoppedMessage: Message = message({
  id: 'assistant-stopped',
  role: 'assistant',
  status: 'stopped',
  content: 'Each chunk of the reply is small. The element appends it to the message and renders only',
});

export const systemMessage: Message = message({
  id: 'system-1',
  role: 'system',
  status: 'complete',
  content: 'You are a concise assistant. Answer in English.',
});

/** A finished conversation to start a `<chat-stream>` with. */
export const history: Message[] = [userMessage, completeMessage];
