import type { WritableAtom } from 'nanostores';
import { HttpError, type ChatStreamError } from '../errors.js';
import type { ReplyWait } from '../transport/types.js';
import type { ChatStatus, Chunk, Message, MessageError, ToolCall, Usage } from '../types.js';
import { applyChunk, endReply } from './apply-chunk.js';
import { mergeChunks } from './merge-chunks.js';
import type { ReplyRunCallbacks } from './reply-run.js';
import type { ToolApprovalDetail } from './tool-approval.js';

/** What each chat event carries. */
export interface ChatEventMap {
  messageStart: { message: Message };
  /** One batch: the chunks decoded from one network read, and `chunk`, the batch merged into one. */
  chunk: { message: Message; chunk: Chunk; chunks: Chunk[] };
  toolCall: { message: Message; toolCall: ToolCall };
  messageEnd: { message: Message; usage?: Usage };
  error: { message: Message; error: ChatStreamError };
  /** The reader answered a tool call's approval request (`Chat.respondToToolApproval`). */
  toolApproval: ToolApprovalDetail;
  /** The reader rated a reply (`setFeedback`): `up`, `down`, or `null` for a rating taken back. */
  feedback: { message: Message; value: 'up' | 'down' | null };
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
      // Each chunk in order (the order places parts); the atom is set and events fire once.
      let after = message.get();
      // Every state change of a call is an event, with the message as that chunk left it.
      const changes: Array<ChatEventMap['toolCall']> = [];
      for (const chunk of chunks) {
        const before = after;
        after = applyChunk(before, chunk);
        if (chunk.toolCalls) for (const toolCall of changedCalls(chunk, before, after)) changes.push({ message: after, toolCall });
      }
      message.set(after);
      emit('chunk', { message: after, chunk: mergeChunks(chunks), chunks });
      for (const change of changes) emit('toolCall', change);
    },
    wait: (wait) => $wait.set(wait),
    end(end) {
      $wait.set(undefined);
      if (end.status === 'stopped') {
        const { status } = message.get();
        if (status === 'pending' || status === 'streaming') message.set({ ...endReply(message.get(), false).message, status: 'stopped' });
        $status.set('idle');
      } else if (end.status === 'error') {
        message.set({ ...endReply(message.get(), false).message, status: 'error', error: describeError(end.error) });
        $error.set(end.error);
        $status.set('error');
        emit('error', { message: message.get(), error: end.error });
      } else {
        start();
        // Reasoning still open closes; calls still streaming their input have it.
        const ended = endReply(message.get(), true);
        message.set({ ...ended.message, status: 'complete' });
        for (const toolCall of ended.changed) emit('toolCall', { message: message.get(), toolCall });
        $status.set('idle');
        emit('messageEnd', { message: message.get(), usage: message.get().usage });
      }
    },
  };
}

/** The calls a chunk began or moved to another state: each such change is a `toolCall` event (argument fragments are not). */
function changedCalls(chunk: Chunk, before: Message, after: Message): ToolCall[] {
  const changed: ToolCall[] = [];
  for (const delta of chunk.toolCalls ?? []) {
    const call = after.toolCalls.find((candidate) => candidate.id === delta.id);
    const previous = before.toolCalls.find((candidate) => candidate.id === delta.id);
    if (call && (!previous || previous.state !== call.state) && !changed.includes(call)) changed.push(call);
  }
  return changed;
}

function describeError(error: ChatStreamError): MessageError {
  const described: MessageError = { name: error.name, message: error.message };
  if (error instanceof HttpError) {
    described.status = error.status;
    if (error.retryAfter !== undefined) described.retryAfter = error.retryAfter;
  }
  return described;
}
