import type { Chunk, Message, Part, ToolCall, ToolCallPart } from '../types.js';
import { forgetParts, PartsEdit } from './parts-edit.js';
import { completeToolCall } from './tool-call-state.js';

export { completeToolCall } from './tool-call-state.js';

/**
 * Returns the message with one chunk applied. Costs O(chunk) plus one copy of the parts array
 * (pointers only) when the chunk changes a part: text is appended (V8 keeps long concatenations
 * as ropes) to the one part it extends, and the tool-call list is copied only when the chunk
 * touches it. `now` (default: the clock) times reasoning.
 */
export function applyChunk(message: Message, chunk: Chunk, now?: number): Message {
  const next: Message = { ...message };
  const { content, toolCalls, sources, files, data } = chunk;
  if (content || chunk.reasoning || toolCalls || sources || files || data || chunk.step) {
    const edit = PartsEdit.of(messageParts(message), now);
    if (chunk.step === 'start') edit.stepStart();
    if (chunk.reasoning) edit.reasoning(chunk.reasoning);
    if (content) next.content = edit.text(content, message.content);
    if (toolCalls?.length) next.toolCalls = edit.toolCalls(toolCalls, message.toolCalls);
    if (sources) for (const source of sources) edit.source(source);
    if (files) for (const file of files) edit.file(file);
    if (data) for (const item of data) edit.data(item);
    if (chunk.step === 'finish') edit.stepFinish();
    next.parts = edit.result();
  }
  if (chunk.usage) next.usage = { ...message.usage, ...definedOnly(chunk.usage) };
  if (chunk.model) next.model = chunk.model;
  return next;
}

/**
 * The message as its reply ended: reasoning still streaming is done and, when the reply
 * `completed`, tool calls still streaming their input have it (their argument text parsed).
 * Returns the calls that changed, for events.
 */
export function endReply(message: Message, completed: boolean): { message: Message; changed: ToolCall[] } {
  const edit = PartsEdit.of(messageParts(message));
  edit.closeReasoning();
  const changed: ToolCallPart[] = completed ? edit.completeStreamingCalls(completeToolCall) : [];
  const parts = edit.result();
  // The reply is over: what it streamed into needs no index any more.
  forgetParts(parts);
  if (parts === message.parts) return { message, changed };
  const next: Message = { ...message, parts };
  if (changed.length) {
    const byId = new Map(changed.map((call) => [call.id, call]));
    next.toolCalls = message.toolCalls.map((call) => byId.get(call.id) ?? call);
  }
  return { message: next, changed };
}

/**
 * A message's parts; for a message built without them (0.1 code, stored history), its content
 * as one text part followed by its tool calls.
 */
export function messageParts(message: Message): Part[] {
  if (message.parts) return message.parts;
  const parts: Part[] = message.content ? [{ type: 'text', text: message.content }] : [];
  for (const call of message.toolCalls) parts.push({ ...call, type: 'tool-call', state: call.state ?? (call.status === 'streaming' ? 'input-streaming' : 'input-available') });
  return parts;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
