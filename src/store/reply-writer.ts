import type { WritableAtom } from 'nanostores';
import { HttpError, type ChatStreamError } from '../errors.js';
import type { ReplyWait } from '../transport/types.js';
import type { ChatStatus, Chunk, Message, MessageError, ToolCall, Usage } from '../types.js';
import { applyChunk, completeToolCall, mergeChunks } from './apply-chunk.js';
import type { ReplyRunCallbacks } from './reply-run.js';

/** What each chat event carries. */
export interface ChatEventMap {
  messageStart: { message: Message };
  /** One batch: the chunks decoded from one network read, and `chunk`, the batch merged into one. */
  chunk: { message: Message; chunk: Chunk; chunks: Chunk[] };
  toolCall: { message: Message; toolCall: ToolCall };
  messageEnd: { message: Message; usage?: Usage };
  error: { message: Message; error: ChatStreamError };
}

export type Emit = <K extends keyof ChatEventMap>(type: K, detail: ChatEventMap[K]) => void;

/** The chat's atoms a reply writes to, besides its own message. */
export interface ReplyTargets {
  $status: WritableAtom<ChatStatus>;
  $error: WritableAtom<ChatStreamError | undefined>;
  $wait: WritableAtom<ReplyWait | undefined>;
  emit: Emit;
}

/**
 * Writes one reply into its message atom and the chat's atoms, and emits the chat's events: per
 * batch, the message atom is set once and `chunk` emitted once, whatever the batch's size.
 */
export function createReplyWriter(message: WritableAtom<Message>, { $status, $error, $wait, emit }: ReplyTargets): ReplyRunCallbacks {
  const update = (change: Partial<Message>) => message.set({ ...message.get(), ...change });
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    update({ status: 'streaming' });
    $status.set('streaming');
    emit('messageStart', { message: message.get() });
  };

  return {
    batch(chunks) {
      start();
      const before = message.get();
      const chunk = mergeChunks(chunks);
      const after = applyChunk(before, chunk);
      message.set(after);
      emit('chunk', { message: after, chunk, chunks });
      if (chunk.toolCalls) emitToolCallChanges(before.toolCalls, after, emit);
    },
    wait: (wait) => $wait.set(wait),
    end(end) {
      $wait.set(undefined);
      if (end.status === 'stopped') {
        const { status } = message.get();
        if (status === 'pending' || status === 'streaming') update({ status: 'stopped' });
        $status.set('idle');
      } else if (end.status === 'error') {
        update({ status: 'error', error: describeError(end.error) });
        $error.set(end.error);
        $status.set('error');
        emit('error', { message: message.get(), error: end.error });
      } else {
        start();
        const before = message.get().toolCalls;
        // Calls still streaming when the reply completes are complete.
        update({ status: 'complete', toolCalls: before.map((call) => (call.status === 'complete' ? call : completeToolCall(call))) });
        emitToolCallChanges(before, message.get(), emit);
        $status.set('idle');
        emit('messageEnd', { message: message.get(), usage: message.get().usage });
      }
    },
  };
}

/** A call's beginning and its completion are events (argument fragments are only chunks): one per call per batch. */
function emitToolCallChanges(before: readonly ToolCall[], after: Message, emit: Emit): void {
  for (const call of after.toolCalls) {
    if (before.includes(call)) continue;
    const previous = before.find((candidate) => candidate.id === call.id);
    if (!previous || (previous.status !== 'complete' && call.status === 'complete')) emit('toolCall', { message: after, toolCall: call });
  }
}

function describeError(error: ChatStreamError): MessageError {
  const described: MessageError = { name: error.name, message: error.message };
  if (error instanceof HttpError) {
    described.status = error.status;
    if (error.retryAfter !== undefined) described.retryAfter = error.retryAfter;
  }
  return described;
}
