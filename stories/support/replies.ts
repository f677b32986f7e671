/**
 * What the mock assistant says in stories, as the pieces (tokens) a model streams. Each reply is
 * turned into any wire format by `encode-reply.ts`, so every story can be played in every protocol.
 */

import { markdownContent } from './messages.js';

/** A tool call the assistant makes while replying. */
export interface ScriptedToolCall {
  id: string;
  name: string;
  /** The final arguments; streamed as JSON text in `argumentPieces` fragments. */
  arguments: Record<string, unknown>;
  /** How many fragments the arguments' JSON text is streamed in. */
  argumentPieces: number;
  result?: unknown;
}

/** One step of a reply: a piece of text, or a whole tool call. */
export type ReplyPart = { text: string } | { toolCall: ScriptedToolCall };

export interface ScriptedReply {
  model: string;
  parts: ReplyPart[];
  usage: { inputTokens: number; outputTokens: number };
}

/** Splits text into token-sized pieces (a word and the space before it), as models stream it. */
export function tokens(text: string): Array<{ text: string }> {
  return (text.match(/\s*\S+|\s+$/g) ?? []).map((piece) => ({ text: piece }));
}

export const greetingReply: ScriptedReply = {
  model: 'gpt-4.1-mini',
  parts: tokens('Hello! I am a **recorded** assistant. Ask me anything, and I will stream my answer piece by piece.'),
  usage: { inputTokens: 12, outputTokens: 24 },
};

const markdownText = `${markdownContent}

> Tip: cancel pending calls when the component unmounts.`;

export const markdownReply: ScriptedReply = {
  model: 'claude-sonnet-4',
  parts: tokens(markdownText),
  usage: { inputTokens: 31, outputTokens: 182 },
};

export const toolCallReply: ScriptedReply = {
  model: 'gpt-4.1',
  parts: [
    ...tokens('Let me check the weather in Paris.'),
    {
      toolCall: {
        id: 'call_weather_1',
        name: 'get_weather',
        arguments: { city: 'Paris', unit: '°C', days: 2 },
        argumentPieces: 6,
        result: { temperature: 19, sky: 'partly cloudy', tomorrow: { temperature: 22, sky: 'sunny' } },
      },
    },
    ...tokens(' It is **19 °C** and partly cloudy in Paris today; tomorrow looks sunny at 22 °C. ☀️'),
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

export const longReply: ScriptedReply = {
  model: 'llama3.2',
  parts: tokens(
    Array.from({ length: 4 }, (_, round) =>
      [`### Part ${round + 1}`, ...longParagraphs].join('\n\n'),
    ).join('\n\n'),
  ),
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
