/**
 * What a reader must see after a connection is cut at a byte offset: the reply decoded from the
 * bytes before the cut, up to the last event completed there (an event's bytes without its blank
 * line never count), and then the adapter's own ending if it ended, else a NetworkError.
 */
import { createParser } from 'eventsource-parser';
import { createAdapter } from '../../src/protocols/registry.js';
import type { ProtocolName } from '../../src/protocols/types.js';
import type { Message } from '../../src/types.js';
import { recordingSink } from '../protocols/decode-helper.js';

/** The parts of a message a fault may not change. */
export interface SeenReply {
  content: string;
  toolCalls: string;
  status: string;
  error?: string;
}

export function seenReply(message: Message): SeenReply {
  const seen: SeenReply = {
    content: message.content,
    toolCalls: JSON.stringify(message.toolCalls.map(({ id, name, arguments: args }) => ({ id, name, args }))),
    status: message.status,
  };
  if (message.error) seen.error = message.error.name;
  return seen;
}

/** The reply a cut after `prefix` must leave, for a body read as `format`. */
export function replyCutAfter(protocol: ProtocolName, format: 'sse' | 'text', prefix: Uint8Array): SeenReply {
  const adapter = createAdapter(protocol);
  const { sink, result } = recordingSink();
  adapter.open?.({ format });
  // Streaming decode without the final flush: a character cut in half never arrived.
  const text = new TextDecoder().decode(prefix, { stream: true });
  if (format === 'sse') {
    const parser = createParser({ onEvent: ({ event, data, id }) => adapter.event({ event, data, id }, sink) });
    parser.feed(text);
  } else if (text) adapter.event({ data: text }, sink);
  const { message, end } = result();
  if (end === 'open') return { ...seenReply(message), status: 'error', error: 'NetworkError' };
  if (end === 'done') return seenReply({ ...message, status: 'complete' });
  return { ...seenReply(message), status: 'error', error: end.name };
}
