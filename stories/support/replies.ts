/**
 * What the mock assistant says in stories, described once for the kit's reply encoder (wire/),
 * so every story can be played in every wire format.
 */
import { splitEvenly, type Reply, type ReplyPart } from '../../wire/index.js';
import { markdownContent } from './messages.js';

/** Text as a model streams it: token-sized pieces (a word and the space before it). */
export function tokens(text: string): ReplyPart {
  return { type: 'text', deltas: text.match(/\s*\S+|\s+$/g) ?? [] };
}

export const greetingReply: Reply = {
  model: 'gpt-4.1-mini',
  parts: [tokens('Hello! I am a **recorded** assistant. Ask me anything, and I will stream my answer piece by piece.')],
  usage: { inputTokens: 12, outputTokens: 24 },
};

const markdownText = `${markdownContent}

> Tip: cancel pending calls when the component unmounts.`;

export const markdownReply: Reply = {
  model: 'claude-sonnet-4',
  parts: [tokens(markdownText)],
  usage: { inputTokens: 31, outputTokens: 182 },
};

const weatherInput = { city: 'Paris', unit: '°C', days: 2 };

export const toolCallReply: Reply = {
  model: 'gpt-4.1',
  parts: [
    tokens('Let me check the weather in Paris.'),
    { type: 'tool-call', id: 'call_weather_1', name: 'get_weather', input: weatherInput, inputDeltas: splitEvenly(JSON.stringify(weatherInput), 6) },
    { type: 'tool-result', id: 'call_weather_1', output: { temperature: 19, sky: 'partly cloudy', tomorrow: { temperature: 22, sky: 'sunny' } } },
    tokens(' It is **19 °C** and partly cloudy in Paris today; tomorrow looks sunny at 22 °C. ☀️'),
  ],
  usage: { inputTokens: 212, outputTokens: 64 },
};

const longParagraphs = [
  'Streaming replies change how an interface feels. Instead of a spinner and a wall of text, the reader sees the answer form, and can start reading, or stop it, at once.',
  'Each chunk of the reply is small. The element appends it to the message and renders only the block that changed, so the cost of a chunk does not grow with the length of the reply.',
  'Markdown arrives broken while it streams: a code fence opens long before it closes, a table has its header but no rows, a list item stops mid-word. The renderer heals the open block for display and sanitizes each block on its own.',
  'When the connection drops, nothing already shown is lost. The message keeps its partial text, says what went wrong in plain words, and offers a retry that replaces the failed reply without repeating the question.',
  'Scrolling follows the newest text unless the reader scrolls up to re-read something; then it stays put and offers a button to jump back to the latest line.',
];

export const longReply: Reply = {
  model: 'llama3.2',
  parts: [tokens(Array.from({ length: 4 }, (_, round) => [`### Part ${round + 1}`, ...longParagraphs].join('\n\n')).join('\n\n'))],
  usage: { inputTokens: 18, outputTokens: 1240 },
};

/** The replies a story can pick from, by name (for a select control). */
export const replies = {
  greeting: greetingReply,
  markdown: markdownReply,
  'tool call': toolCallReply,
  long: longReply,
} as const;

export type ReplyName = keyof typeof replies;
