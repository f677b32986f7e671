import type { WritableAtom } from 'nanostores';
import type { ChatRequest, Message, Part, ToolCall } from '../types.js';

/** What `chat-tool-approval` (the store's `toolApproval` event) carries. */
export interface ToolApprovalDetail {
  message: Message;
  toolCall: ToolCall;
  approved: boolean;
}

/** One answered approval request, as the next request's `messages` carry it on the reply that asked. */
export interface ToolApprovalAnswer {
  toolCallId: string;
  /** The stream's own approval id, when it gave one apart from the call's id (AI SDK). */
  approvalId?: string;
  name: string;
  arguments: ToolCall['arguments'];
  approved: boolean;
}

/**
 * Answers the approval request of the call `toolCallId`: the call moves on at once, so the reader
 * sees the answer (approved: `input-available`, the tool may run; denied: `output-denied`), and
 * remembers `approved` for the next request. Returns what changed; undefined when no call with
 * that id is waiting for approval (already answered, or unknown).
 */
export function answerToolApproval(atoms: readonly WritableAtom<Message>[], toolCallId: string, approved: boolean): ToolApprovalDetail | undefined {
  // Newest first: the request waiting is nearly always in the last reply.
  for (let at = atoms.length - 1; at >= 0; at--) {
    const message = atoms[at].get();
    const parts = message.parts ?? [];
    const index = parts.findIndex((part) => part.type === 'tool-call' && part.id === toolCallId);
    const part = parts[index];
    if (part?.type !== 'tool-call') continue;
    if (part.state !== 'approval-requested') return undefined;
    const call: Part & ToolCall = { ...part, state: approved ? 'input-available' : 'output-denied', status: 'complete', approved };
    const nextParts = parts.slice();
    nextParts[index] = call;
    const toolCalls = message.toolCalls.map((candidate) => (candidate.id === toolCallId ? call : candidate));
    const next: Message = { ...message, parts: nextParts, toolCalls };
    atoms[at].set(next);
    return { message: next, toolCall: call, approved };
  }
  return undefined;
}

/**
 * A message as the next request's `messages` carries it: role and content, and for a reply
 * with answered approval requests, the answers (`toolApprovals`), so the server can run the
 * approved tools, or tell the model they were denied, when it handles that request.
 */
export function requestMessage(message: Message): ChatRequest['messages'][number] {
  const entry: ChatRequest['messages'][number] = { role: message.role, content: message.content };
  if (message.attachments?.length) entry.attachments = message.attachments;
  const answers: ToolApprovalAnswer[] = [];
  for (const call of message.toolCalls) {
    if (call.approved === undefined) continue;
    const answer: ToolApprovalAnswer = { toolCallId: call.id, name: call.name, arguments: call.arguments, approved: call.approved };
    if (call.approvalId) answer.approvalId = call.approvalId;
    answers.push(answer);
  }
  if (answers.length) entry.toolApprovals = answers;
  return entry;
}
