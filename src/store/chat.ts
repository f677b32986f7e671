import { atom, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { ChatStreamError } from '../errors.js';
import type { ProtocolName } from '../protocols/types.js';
import { withRetry, type RetryOptions } from '../transport/retrying-transport.js';
import type { ReplyWait, Transport } from '../transport/types.js';
import type { Attachment, ChatRequest, ChatStatus, Message, Role } from '../types.js';
import { editableIndex, editedMessage, lastUserIndex, ratableIndex, ratedMessage, type Feedback } from './conversation-edits.js';
import { ReplyRun } from './reply-run.js';
import { createReplyWriter, type ChatEventMap } from './reply-writer.js';
import { answerToolApproval, requestMessage } from './tool-approval.js';

export type { ChatEventMap } from './reply-writer.js';
export type { Feedback } from './conversation-edits.js';

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
   * `true` for the defaults (3 attempts, from 1 s). Off unless set. Each wait shows in `$wait`;
   * `stop()` cancels it. (Resuming a stream that dropped mid-reply is the transport's `resume`
   * option, since only it knows the stream's position.)
   */
  retry?: Live<boolean | RetryOptions>;
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
  readonly $wait: ReadableAtom<ReplyWait | undefined>;
  /**
   * Sends a user message, with any files (`attachments`, sent on the request and kept on the
   * message), and streams the reply. Resolves when the reply ends, whatever its outcome.
   */
  send(text: string, attachments?: Attachment[]): Promise<void>;
  /**
   * Aborts the current reply, and any pending retry, resume or reconnect with it; its partial
   * text stays and its status becomes `stopped`.
   */
  stop(): void;
  /** Re-sends the last user turn, replacing the failed reply after it, without adding a user message. */
  retry(): Promise<void>;
  /** Asks the last user turn again, replacing the reply after it whatever its status (a fresh answer). */
  regenerate(): Promise<void>;
  /**
   * Replaces the text of the user message `messageId`, drops every message after it, and asks
   * again. Rejects with a `ConfigurationError` when no user message has that id.
   */
  edit(messageId: string, text: string): Promise<void>;
  /**
   * Rates the reply `messageId` (`message.feedback`), or takes its rating back with `null`, and
   * emits `feedback`. Throws a `ConfigurationError` when no reply has that id.
   */
  setFeedback(messageId: string, value: Feedback): void;
  /**
   * Picks up the last message when it is a reply the server is still producing (`status:
   * 'streaming'` with its `lastEventId`, as a page rendered mid-reply gives it): the transport
   * asks for the events after that id and they continue the message. Resolves when the reply
   * ends; does nothing otherwise.
   */
  resume(): Promise<void>;
  /**
   * Answers a tool call's approval request: the call shows the answer at once (approved: its
   * input is available and the tool may run; denied: `output-denied`), `toolApproval` and
   * `toolCall` fire, and the next request's `messages` carry the answer (`toolApprovals` on that
   * reply). Sends nothing by itself. Does nothing unless the call is waiting for approval.
   */
  respondToToolApproval(toolCallId: string, approved: boolean): void;
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
  const $wait = atom<ReplyWait | undefined>(undefined);
  const listeners = new Map<keyof ChatEventMap, Set<(detail: never) => void>>();
  // The latest reply; stopping one that already ended does nothing.
  let run: ReplyRun | undefined;

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

  const history = (): ChatRequest['messages'] =>
    $messageAtoms
      .get()
      .map((store) => store.get())
      .filter((message) => message.status === 'complete' || (message.status === 'stopped' && message.content !== ''))
      .map(requestMessage);

  /** Streams a reply into a new message, or (`resuming`) into that streaming message, from its last event. */
  async function reply(prompt: string, resuming?: WritableAtom<Message>, attachments?: Attachment[]): Promise<void> {
    const given = options.transport === undefined ? undefined : read(options.transport);
    const retry = options.retry === undefined ? false : read(options.retry);
    const transport = given && retry ? withRetry(given, retry) : given;
    const protocol = read(options.protocol ?? 'auto');
    const request: ChatRequest & { resumeFrom?: string } = { prompt, messages: history() };
    if (resuming) request.resumeFrom = resuming.get().lastEventId;
    if (attachments?.length) request.attachments = attachments;
    const message = resuming ?? add({ id: newId('assistant'), role: 'assistant', content: '', status: 'pending', toolCalls: [], parts: [] });
    $error.set(undefined);
    $status.set('submitted');
    run = new ReplyRun(createReplyWriter(message, { $status, $error, $wait, emit }));
    await run.stream(transport, protocol, request);
  }

  /** Asks the user turn at `index` (default: the last one) again: what came after it goes, a new reply streams. */
  async function askAgain(index = lastUserIndex($messageAtoms.get())): Promise<void> {
    chat.stop();
    const atoms = $messageAtoms.get();
    if (index < 0) return;
    $messageAtoms.set(atoms.slice(0, index + 1));
    await reply(atoms[index].get().content, undefined, atoms[index].get().attachments);
  }

  const chat: Chat = {
    $messages,
    $messageAtoms,
    $status,
    $error,
    $wait,
    options,
    async send(text, attachments) {
      chat.stop();
      const files = attachments?.length ? { attachments } : {};
      add({ id: newId('user'), role: 'user', content: text, status: 'complete', toolCalls: [], parts: [{ type: 'text', text }], ...files });
      await reply(text, undefined, attachments);
    },
    stop() {
      run?.stop();
    },
    async resume() {
      const atoms = $messageAtoms.get();
      const last = atoms.at(-1) as WritableAtom<Message> | undefined;
      const message = last?.get();
      if ((run && !run.ended) || !message || message.role !== 'assistant' || message.status !== 'streaming' || message.lastEventId === undefined) return;
      const prompt = [...atoms].reverse().find((candidate) => candidate.get().role === 'user')?.get().content ?? '';
      await reply(prompt, last);
    },
    retry: () => askAgain(),
    regenerate: () => askAgain(),
    async edit(messageId, text) {
      const atoms = $messageAtoms.get() as readonly WritableAtom<Message>[];
      const index = editableIndex(atoms, messageId);
      chat.stop();
      atoms[index].set(editedMessage(atoms[index].get(), text));
      await askAgain(index);
    },
    setFeedback(messageId, value) {
      const atoms = $messageAtoms.get() as readonly WritableAtom<Message>[];
      const target = atoms[ratableIndex(atoms, messageId, value)];
      target.set(ratedMessage(target.get(), value));
      emit('feedback', { message: target.get(), value });
    },
    respondToToolApproval(toolCallId, approved) {
      const answer = answerToolApproval($messageAtoms.get() as readonly WritableAtom<Message>[], toolCallId, approved);
      if (!answer) return;
      emit('toolCall', { message: answer.message, toolCall: answer.toolCall });
      emit('toolApproval', answer);
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
