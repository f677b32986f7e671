import type { ProtocolName } from '../../src/index.js';
import type { StreamEvent } from '../../src/index.js';
import type { ReplyPart, ScriptedReply, ScriptedToolCall } from './replies.js';

/** One step of a reply on the wire, before it is written in a protocol's shape. */
export type ReplyStep =
  | { kind: 'text'; text: string }
  | { kind: 'tool-start'; call: ScriptedToolCall }
  | { kind: 'tool-arguments'; call: ScriptedToolCall; fragment: string }
  | { kind: 'tool-end'; call: ScriptedToolCall };

/** How the recorded reply ends: normally, with the server's error event, or not at all (cut). */
export type ReplyEnding = { kind: 'complete' } | { kind: 'error'; message: string } | { kind: 'cut' };

/** Splits `text` into `count` fragments without breaking a character. */
function fragments(text: string, count: number): string[] {
  const characters = Array.from(text);
  const size = Math.max(1, Math.ceil(characters.length / Math.max(1, count)));
  const pieces: string[] = [];
  for (let at = 0; at < characters.length; at += size) pieces.push(characters.slice(at, at + size).join(''));
  return pieces;
}

function partSteps(part: ReplyPart): ReplyStep[] {
  if ('text' in part) return [{ kind: 'text', text: part.text }];
  const { toolCall: call } = part;
  return [
    { kind: 'tool-start', call },
    ...fragments(JSON.stringify(call.arguments), call.argumentPieces).map((fragment): ReplyStep => ({ kind: 'tool-arguments', call, fragment })),
    { kind: 'tool-end', call },
  ];
}

/** The reply's steps; with `textLimit`, only up to that many characters of text (a reply cut short). */
export function replySteps(reply: ScriptedReply, textLimit = Infinity): ReplyStep[] {
  const steps: ReplyStep[] = [];
  let budget = textLimit;
  for (const step of reply.parts.flatMap(partSteps)) {
    if (budget <= 0) break;
    if (step.kind === 'text') {
      const text = Array.from(step.text).slice(0, budget).join('');
      budget -= Array.from(step.text).length;
      steps.push({ kind: 'text', text });
    } else {
      steps.push(step);
    }
  }
  return steps;
}

/** Writes steps as one protocol's events. Each encoder keeps the little state its format needs. */
interface Encoder {
  start(): StreamEvent[];
  step(step: ReplyStep): StreamEvent[];
  complete(): StreamEvent[];
  error(message: string): StreamEvent[];
}

const json = (value: unknown, event?: string): StreamEvent => (event ? { event, data: JSON.stringify(value) } : { data: JSON.stringify(value) });

function rubyllmEncoder(reply: ScriptedReply): Encoder {
  return {
    start: () => [json({ role: 'assistant', content: null, model_id: reply.model, tool_calls: null })],
    step(step) {
      switch (step.kind) {
        case 'text':
          // The design's Rails route: `sse.write(chunk.content.to_json)`.
          return [json(step.text)];
        case 'tool-start':
          return [json({ content: null, tool_calls: { [step.call.id]: { id: step.call.id, name: step.call.name, arguments: '' } } })];
        case 'tool-arguments':
          // Continuations carry no id or name: they extend the latest call.
          return [json({ content: null, tool_calls: { '': { id: null, name: null, arguments: step.fragment } } })];
        case 'tool-end':
          return [];
      }
    },
    complete: () => [json({ input_tokens: reply.usage.inputTokens, output_tokens: reply.usage.outputTokens, model_id: reply.model }), json({}, 'complete')],
    error: (message) => [json({ error: message }, 'error')],
  };
}

function openaiEncoder(reply: ScriptedReply): Encoder {
  const base = { id: 'chatcmpl-story', object: 'chat.completion.chunk', created: 1750000000, model: reply.model };
  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) => json({ ...base, choices: [{ index: 0, delta, finish_reason: finishReason }] });
  const indexes = new Map<string, number>();
  return {
    start: () => [chunk({ role: 'assistant', content: '' })],
    step(step) {
      switch (step.kind) {
        case 'text':
          return [chunk({ content: step.text })];
        case 'tool-start':
          indexes.set(step.call.id, indexes.size);
          return [chunk({ tool_calls: [{ index: indexes.get(step.call.id), id: step.call.id, type: 'function', function: { name: step.call.name, arguments: '' } }] })];
        case 'tool-arguments':
          return [chunk({ tool_calls: [{ index: indexes.get(step.call.id), function: { arguments: step.fragment } }] })];
        case 'tool-end':
          return [];
      }
    },
    complete: () => [
      chunk({}, 'stop'),
      json({ ...base, choices: [], usage: { prompt_tokens: reply.usage.inputTokens, completion_tokens: reply.usage.outputTokens } }),
      { data: '[DONE]' },
    ],
    error: (message) => [json({ error: { message, type: 'server_error', param: null, code: null } })],
  };
}

function responsesEncoder(reply: ScriptedReply): Encoder {
  let sequence = 0;
  const event = (type: string, fields: Record<string, unknown>) => json({ type, sequence_number: sequence++, ...fields }, type);
  const response = { id: 'resp_story', object: 'response', model: reply.model };
  const item = (call: ScriptedToolCall, status: string, args: string) => ({ type: 'function_call', id: `fc_${call.id}`, call_id: call.id, name: call.name, arguments: args, status });
  return {
    start: () => [event('response.created', { response: { ...response, status: 'in_progress', output: [] } })],
    step(step) {
      switch (step.kind) {
        case 'text':
          return [event('response.output_text.delta', { item_id: 'msg_story', output_index: 0, content_index: 0, delta: step.text })];
        case 'tool-start':
          return [event('response.output_item.added', { output_index: 1, item: item(step.call, 'in_progress', '') })];
        case 'tool-arguments':
          return [event('response.function_call_arguments.delta', { item_id: `fc_${step.call.id}`, output_index: 1, delta: step.fragment })];
        case 'tool-end':
          return [event('response.output_item.done', { output_index: 1, item: item(step.call, 'completed', JSON.stringify(step.call.arguments)) })];
      }
    },
    complete: () => [
      event('response.completed', {
        response: { ...response, status: 'completed', usage: { input_tokens: reply.usage.inputTokens, output_tokens: reply.usage.outputTokens } },
      }),
    ],
    error: (message) => [event('error', { code: 'server_error', message, param: null })],
  };
}

function anthropicEncoder(reply: ScriptedReply): Encoder {
  let index = -1;
  let openText = false;
  const event = (type: string, fields: Record<string, unknown> = {}) => json({ type, ...fields }, type);
  const closeText = () => {
    if (!openText) return [];
    openText = false;
    return [event('content_block_stop', { index })];
  };
  return {
    start: () => [
      event('message_start', {
        message: { id: 'msg_story', type: 'message', role: 'assistant', model: reply.model, content: [], usage: { input_tokens: reply.usage.inputTokens, output_tokens: 1 } },
      }),
    ],
    step(step) {
      switch (step.kind) {
        case 'text': {
          const opening = openText ? [] : [event('content_block_start', { index: ++index, content_block: { type: 'text', text: '' } })];
          openText = true;
          return [...opening, event('content_block_delta', { index, delta: { type: 'text_delta', text: step.text } })];
        }
        case 'tool-start':
          return [...closeText(), event('content_block_start', { index: ++index, content_block: { type: 'tool_use', id: step.call.id, name: step.call.name, input: {} } })];
        case 'tool-arguments':
          return [event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: step.fragment } })];
        case 'tool-end':
          return [event('content_block_stop', { index })];
      }
    },
    complete: () => [
      ...closeText(),
      event('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: reply.usage.outputTokens } }),
      event('message_stop'),
    ],
    error: (message) => [event('error', { error: { type: 'overloaded_error', message } })],
  };
}

function aiSdkEncoder(reply: ScriptedReply): Encoder {
  let textId: string | undefined;
  let texts = 0;
  const closeText = () => {
    if (!textId) return [];
    const end = json({ type: 'text-end', id: textId });
    textId = undefined;
    return [end];
  };
  return {
    start: () => [json({ type: 'start', messageId: 'msg-story' }), json({ type: 'start-step' })],
    step(step) {
      switch (step.kind) {
        case 'text': {
          const opening = textId ? [] : [json({ type: 'text-start', id: (textId = `txt-${texts++}`) })];
          return [...opening, json({ type: 'text-delta', id: textId, delta: step.text })];
        }
        case 'tool-start':
          return [...closeText(), json({ type: 'tool-input-start', toolCallId: step.call.id, toolName: step.call.name })];
        case 'tool-arguments':
          return [json({ type: 'tool-input-delta', toolCallId: step.call.id, inputTextDelta: step.fragment })];
        case 'tool-end':
          return [
            json({ type: 'tool-input-available', toolCallId: step.call.id, toolName: step.call.name, input: step.call.arguments }),
            ...(step.call.result === undefined ? [] : [json({ type: 'tool-output-available', toolCallId: step.call.id, output: step.call.result })]),
          ];
      }
    },
    complete: () => [
      ...closeText(),
      json({ type: 'finish-step' }),
      json({ type: 'finish', messageMetadata: { model: reply.model, usage: { inputTokens: reply.usage.inputTokens, outputTokens: reply.usage.outputTokens } } }),
      { data: '[DONE]' },
    ],
    error: (message) => [json({ type: 'error', errorText: message })],
  };
}

function textEncoder(): Encoder {
  // A plain body carries only text: tool calls and usage have no place in it, nor has an error.
  return {
    start: () => [],
    step: (step) => (step.kind === 'text' ? [{ data: step.text }] : []),
    complete: () => [],
    error: () => [],
  };
}

const encoders: Record<ProtocolName, (reply: ScriptedReply) => Encoder> = {
  rubyllm: rubyllmEncoder,
  openai: openaiEncoder,
  'openai-responses': responsesEncoder,
  anthropic: anthropicEncoder,
  'ai-sdk': aiSdkEncoder,
  text: textEncoder,
};

/** The events a server speaking `protocol` sends for `steps`, then `ending`. */
export function encodeReply(protocol: ProtocolName, reply: ScriptedReply, steps: ReplyStep[], ending: ReplyEnding): StreamEvent[] {
  const encoder = encoders[protocol](reply);
  const events = [...encoder.start(), ...steps.flatMap((step) => encoder.step(step))];
  if (ending.kind === 'complete') events.push(...encoder.complete());
  if (ending.kind === 'error') events.push(...encoder.error(ending.message));
  return events;
}

/** The response headers a real server sends with `protocol` (what `auto` detection may read). */
export function responseHeaders(protocol: ProtocolName): Record<string, string> {
  if (protocol === 'text') return { 'content-type': 'text/plain; charset=utf-8' };
  const headers: Record<string, string> = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };
  if (protocol === 'ai-sdk') headers['x-vercel-ai-ui-message-stream'] = 'v1';
  return headers;
}

/** Writes events as the bytes of a `text/event-stream` body. */
export function toEventStream(events: readonly StreamEvent[]): string {
  return events
    .map((event) => `${event.event ? `event: ${event.event}\n` : ''}${event.data.split('\n').map((line) => `data: ${line}`).join('\n')}\n\n`)
    .join('');
}
