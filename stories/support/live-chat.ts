import {
  createChat,
  createReplayTransport,
  NetworkError,
  RateLimitError,
  ServerError,
  type Chat,
  type ChatStreamError,
  type Message,
  type ProtocolName,
  type Transport,
} from '../../src/index.js';
import { cutReply, encodeReply, wireFormats, type Reply, type ReplyEnd } from '../../wire/index.js';

/** What can go wrong with a recorded reply (the `fault` control). */
export const faults = ['none', 'error event', 'connection cut', 'rate limited (429)', 'server error (500)'] as const;
export type Fault = (typeof faults)[number];

export interface LiveReplyOptions {
  reply: Reply;
  /** Wire format the recording is written in and read back with; `auto` detects it. */
  protocol: ProtocolName | 'auto';
  /** Milliseconds before each recorded event: the speed. */
  delay: number;
  fault: Fault;
  /** With `error event` or `connection cut`: characters of text that arrive before the fault. */
  failAfter: number;
}

/** The protocol a recording is written in: `auto` plays the rubyllm recording and detects it. */
const wireProtocol = (protocol: ProtocolName | 'auto'): ProtocolName => (protocol === 'auto' ? 'rubyllm' : protocol);

/** A replay transport that plays `reply` as a real server would, including the chosen fault. */
export function liveTransport(options: LiveReplyOptions): Transport {
  const protocol = wireProtocol(options.protocol);
  const { headers } = wireFormats[protocol];
  const failBefore = (error: ChatStreamError) => createReplayTransport({ source: [], delay: options.delay, headers, fail: error });
  if (options.fault === 'rate limited (429)') {
    return failBefore(new RateLimitError('Too many requests: the limit is 20 replies a minute.', 429, '', 20_000));
  }
  if (options.fault === 'server error (500)') {
    return failBefore(new ServerError('Internal Server Error', 500, ''));
  }
  const cut = options.fault === 'error event' || options.fault === 'connection cut';
  // Plain text has no error event: an error there can only be a dropped connection.
  const inBandError = options.fault === 'error event' && wireFormats[protocol].carries.errors;
  const end: ReplyEnd = inBandError ? { type: 'error', message: 'The model is overloaded. Please try again.' } : { type: 'cut' };
  return createReplayTransport({
    source: encodeReply(protocol, cut ? cutReply(options.reply, options.failAfter, end) : options.reply),
    delay: options.delay,
    headers,
    fail: cut && !inBandError ? new NetworkError('The connection closed before the reply ended.') : undefined,
  });
}

/** A chat store whose replies are `reply`, played by the replay transport. */
export function liveChat(options: LiveReplyOptions & { messages?: Message[] }): Chat {
  return createChat({ transport: liveTransport(options), protocol: options.protocol, messages: options.messages });
}

/** A transport whose server never answers: the reply stays `submitted` (typing) until stopped. */
export const silentTransport: Transport = {
  open: (request) =>
    new Promise<void>((resolve) => {
      request.signal.addEventListener('abort', () => resolve(), { once: true });
    }),
};

// Each story keeps one live chat; a re-render (a changed control) stops the previous one first.
const running = new Map<string, Chat>();

/** Starts `chat` on `prompt` for the story `storyId`, stopping the chat it had before. */
export function startStoryChat(storyId: string, chat: Chat, prompt: string): Chat {
  running.get(storyId)?.stop();
  running.set(storyId, chat);
  void chat.send(prompt);
  return chat;
}
