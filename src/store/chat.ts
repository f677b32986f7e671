import { atom, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import { ChatStreamError, type RateLimitError } from '../errors.js';
import type { ProtocolName } from '../protocols/types.js';
import type { RetryWait } from '../transport/retry-wait.js';
import { withRetry, type RetryOptions } from '../transport/retrying-transport.js';
import type { Transport } from '../transport/types.js';
import type { ChatRequest, ChatStatus, Chunk, Message, MessageError, Role, ToolCall, Usage } from '../types.js';
import { applyChunk, endReply } from './apply-chunk.js';
import { streamReply } from './stream-reply.js';

/** A value, or a function read each time a request starts (so element attributes can change). */
type Live<T> = T | (() => T);

export interface ChatOptions {
  /** Carries each reply. Required before `send`; may be a function returning the current transport. */
  transport?: Live<Transport>;
  /** Wire format of replies. Default `auto`. */
  protocol?: Live<ProtocolName | 'auto'>;
  /** Messages to start with (server-rendered history, say). */
  messages?: Message[];
  /**
   * Send a request again when it failed before any of the reply arrived: HTTP 429 and 503
   * (honouring `Retry-After`) and connections that failed, with exponential backoff and jitter.
   * `true` for the defaults (3 attempts, from 1 s). Off unless set. Each wait shows in `$retry`;
   * `stop()` cancels it. (Resuming a stream that dropped mid-reply is the transport's `resume`
   * or `reconnect` option, since only it knows the stream's position.)
   */
  retry?: Live<boolean | RetryOptions>;
}

/** What each chat event carries. */
export interface ChatEventMap {
  messageStart: { message: Message };
  chunk: { message: Message; chunk: Chunk };
  toolCall: { message: Message; toolCall: ToolCall };
  messageEnd: { message: Message; usage?: Usage };
  error: { message: Message; error: ChatStreamError };
}

export type ChatEventListener<K extends keyof ChatEventMap> = (detail: ChatEventMap[K]) => void;

/** A message store: one atom per message, so a chunk wakes only the subscribers of its own message. */
export type MessageAtom = ReadableAtom<Message>;

export interface Chat {
  /** Snapshot list of messages. Recomputed per change only while something subscribes to it. */
  readonly $messages: ReadableAtom<Message[]>;
  /** The message atoms; changes only when messages are added or removed, never per chunk. */
  readonly $messageAtoms: ReadableAtom<readonly MessageAtom[]>;
  readonly $status: ReadableAtom<ChatStatus>;
  /** The current reply's error, while `$status` is `error`. */
  readonly $error: ReadableAtom<ChatStreamError | undefined>;
  /**
   * The wait before the current reply is tried again (a retry, or a resume of a dropped stream),
   * while one is pending: `{kind, attempt, attempts, delayMs, at, error}`, for a countdown.
   */
  readonly $retry: ReadableAtom<RetryWait | undefined>;
  /** Sends a user message and streams the reply. Resolves when the reply ends, whatever its outcome. */
  send(text: string): Promise<void>;
  /**
   * Aborts the current reply, and any pending retry, resume or reconnect with it; its partial
   * text stays and its status becomes `stopped`.
   */
  stop(): void;
  /** Re-sends the last user turn, replacing the reply after it, without adding a user message. */
  retry(): Promise<void>;
  /**
   * Picks up the last message when it is a reply the server is still producing (`status:
   * 'streaming'` with its `lastEventId`, as a page rendered mid-reply gives it): the transport
   * asks for the events after that id and they continue the message. Resolves when the reply
   * ends; does nothing otherwise.
   */
  resume(): Promise<void>;
  /** Stops any reply and removes every message. */
  clear(): void;
  /** Listens to a chat event; returns the function that stops listening. */
  on<K extends keyof ChatEventMap>(type: K, listener: ChatEventListener<K>): () => void;
  /** Options may be changed between requests. */
  options: ChatOptions;
}

let counter = 0;
const newId = (role: Role) => `${role}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

const read = <T>(value: Live<T>): T => (typeof value === 'function' ? (value as () => T)() : value);

/** Creates a chat store. Usable on its own (React, Vue, plain JS) or given to `<chat-stream>`. */
export function createChat(options: ChatOptions = {}): Chat {
  const $messageAtoms = atom<readonly WritableAtom<Message>[]>((options.messages ?? []).map((message) => atom(message)));
  const $status = atom<ChatStatus>('idle');
  const $error = atom<ChatStreamError | undefined>(undefined);
  const $retry = atom<RetryWait | undefined>(undefined);
  const listeners = new Map<keyof ChatEventMap, Set<(detail: never) => void>>();
  let current: { controller: AbortController; message: WritableAtom<Message> } | undefined;

  const emit = <K extends keyof ChatEventMap>(type: K, detail: ChatEventMap[K]) => {
    for (const listener of listeners.get(type) ?? []) (listener as ChatEventListener<K>)(detail);
  };

  const $messages = atom<Message[]>([]);
  onMount($messages, () => {
    // Lazily mirror every message atom while someone listens (React's useStore, say).
    let unsubscribers: Array<() => void> = [];
    let queued = false;
    const refresh = () => {
      queued = false;
      $messages.set($messageAtoms.get().map((message) => message.get()));
    };
    const queue = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(refresh);
    };
    const stopList = $messageAtoms.subscribe((atoms) => {
      for (const unsubscribe of unsubscribers) unsubscribe();
      unsubscribers = atoms.map((message) => message.listen(queue));
      refresh();
    });
    return () => {
      stopList();
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  });

  const add = (message: Message) => {
    const store = atom(message);
    $messageAtoms.set([...$messageAtoms.get(), store]);
    return store;
  };

  const update = (store: WritableAtom<Message>, change: Partial<Message>) => store.set({ ...store.get(), ...change });

  const history = (): ChatRequest['messages'] =>
    $messageAtoms
      .get()
      .map((store) => store.get())
      .filter((message) => message.status === 'complete' || (message.status === 'stopped' && message.content !== ''))
      .map(({ role, content }) => ({ role, content }));

  /** Streams a reply into a new message, or (`resuming`) into that streaming message, from its last event. */
  async function reply(prompt: string, resuming?: WritableAtom<Message>): Promise<void> {
    const given = options.transport === undefined ? undefined : read(options.transport);
    const retry = options.retry === undefined ? false : read(options.retry);
    const transport = given && retry ? withRetry(given, retry) : given;
    const protocol = read(options.protocol ?? 'auto');
    const request: ChatRequest & { resumeFrom?: string } = { prompt, messages: history() };
    if (resuming) request.resumeFrom = resuming.get().lastEventId;
    const message = resuming ?? add({ id: newId('assistant'), role: 'assistant', content: '', status: 'pending', toolCalls: [], parts: [] });
    const controller = new AbortController();
    current = { controller, message };
    $error.set(undefined);
    $status.set('submitted');
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      update(message, { status: 'streaming' });
      $status.set('streaming');
      emit('messageStart', { message: message.get() });
    };
    const fail = (error: ChatStreamError) => {
      $retry.set(undefined);
      message.set({ ...endReply(message.get(), false).message, status: 'error', error: describeError(error) });
      current = undefined;
      $error.set(error);
      $status.set('error');
      emit('error', { message: message.get(), error });
    };

    if (!transport) {
      fail(new ChatStreamError('No transport is configured: set `src` on <chat-stream> or pass `transport` to createChat.'));
      return;
    }

    await streamReply(transport, protocol, request, controller.signal, {
      chunk: (chunk) => {
        start();
        const before = message.get();
        const after = applyChunk(before, chunk);
        message.set(after);
        emit('chunk', { message: after, chunk });
        for (const delta of chunk.toolCalls ?? []) {
          const call = after.toolCalls.find((candidate) => candidate.id === delta.id);
          const previous = before.toolCalls.find((candidate) => candidate.id === delta.id);
          // A call's beginning and each change of its state are events; argument fragments are chunks.
          if (call && (!previous || previous.state !== call.state)) {
            emit('toolCall', { message: after, toolCall: call });
          }
        }
      },
      done: () => {
        $retry.set(undefined);
        start();
        const ended = endReply(message.get(), true);
        message.set({ ...ended.message, status: 'complete' });
        for (const call of ended.changed) emit('toolCall', { message: message.get(), toolCall: call });
        current = undefined;
        $status.set('idle');
        emit('messageEnd', { message: message.get(), usage: message.get().usage });
      },
      error: fail,
    }, (wait) => $retry.set(wait));
  }

  const chat: Chat = {
    $messages,
    $messageAtoms,
    $status,
    $error,
    $retry,
    options,
    async send(text) {
      if (current) chat.stop();
      add({ id: newId('user'), role: 'user', content: text, status: 'complete', toolCalls: [], parts: [{ type: 'text', text }] });
      await reply(text);
    },
    stop() {
      if (!current) return;
      const { controller, message } = current;
      current = undefined;
      controller.abort();
      $retry.set(undefined);
      const status = message.get().status;
      if (status === 'pending' || status === 'streaming') message.set({ ...endReply(message.get(), false).message, status: 'stopped' });
      $status.set('idle');
    },
    async resume() {
      const atoms = $messageAtoms.get();
      const last = atoms.at(-1) as WritableAtom<Message> | undefined;
      const message = last?.get();
      if (current || !message || message.role !== 'assistant' || message.status !== 'streaming' || message.lastEventId === undefined) return;
      const prompt = [...atoms].reverse().find((candidate) => candidate.get().role === 'user')?.get().content ?? '';
      await reply(prompt, last);
    },
    async retry() {
      if (current) chat.stop();
      const atoms = $messageAtoms.get();
      let index = atoms.length - 1;
      while (index >= 0 && atoms[index].get().role !== 'user') index -= 1;
      if (index < 0) return;
      $messageAtoms.set(atoms.slice(0, index + 1));
      await reply(atoms[index].get().content);
    },
    clear() {
      chat.stop();
      $messageAtoms.set([]);
      $error.set(undefined);
      $status.set('idle');
    },
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(listener as (detail: never) => void);
      return () => set.delete(listener as (detail: never) => void);
    },
  };
  return chat;
}

function describeError(error: ChatStreamError): MessageError {
  const described: MessageError = { name: error.name, message: error.message };
  const { status, retryAfter } = error as Partial<RateLimitError>;
  if (typeof status === 'number') described.status = status;
  if (typeof retryAfter === 'number') described.retryAfter = retryAfter;
  return described;
}
