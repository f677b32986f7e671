import type { ToolApprovalAnswer } from './store/tool-approval.js';

/** Who wrote a message. */
export type Role = 'user' | 'assistant' | 'system' | 'tool';

/** Lifecycle of one message. */
export type MessageStatus = 'pending' | 'streaming' | 'complete' | 'error' | 'stopped';

/** Lifecycle of a conversation's current request. */
export type ChatStatus = 'idle' | 'submitted' | 'streaming' | 'error';

/**
 * Where a tool call stands: its arguments streaming in, complete, answered (`output-available`),
 * failed (`output-error`), waiting for the user's approval, or refused by the user.
 */
export type ToolCallState = 'input-streaming' | 'input-available' | 'output-available' | 'output-error' | 'approval-requested' | 'output-denied';

/** A tool (function) call made by the assistant. */
export interface ToolCall {
  id: string;
  name: string;
  /** Partial JSON text while streaming; parsed into an object when complete and valid. */
  arguments: string | Record<string, unknown>;
  state: ToolCallState;
  /** 0.1's view of `state`: `streaming` exactly while the state is `input-streaming`. */
  status: 'streaming' | 'complete';
  result?: unknown;
  /** Why the tool failed, when the state is `output-error`. */
  errorText?: string;
  /** The provider ran the tool itself (web search, code execution, MCP), not the app. */
  providerExecuted?: boolean;
  /** The id to answer an approval request with, when the stream gave one apart from the call's id. */
  approvalId?: string;
  /** The reader's answer to the call's approval request (see `Chat.respondToToolApproval`). */
  approved?: boolean;
}

/** A span of a message's `content` (UTF-16 offsets, end exclusive) that a source backs. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface TextPart {
  type: 'text';
  text: string;
}

export interface ReasoningPart {
  type: 'reasoning';
  text: string;
  state: 'streaming' | 'done';
  /** Milliseconds from the first to the last piece of this reasoning that arrived. */
  durationMs?: number;
  /** The provider sent the reasoning encrypted: there is nothing to show but that it happened. */
  redacted?: boolean;
  /** The provider's signature of the reasoning (Anthropic), needed to send it back. */
  signature?: string;
}

export type ToolCallPart = { type: 'tool-call' } & ToolCall;

export interface SourcePart {
  type: 'source';
  /** Unique within the message: a second source with the same id adds to this one. */
  id: string;
  url?: string;
  title?: string;
  mediaType?: string;
  filename?: string;
  /** The spans of `content` that cite this source, in the order they arrived. */
  spans?: TextSpan[];
}

export interface FilePart {
  type: 'file';
  url: string;
  mediaType: string;
  filename?: string;
}

export interface DataPart {
  type: 'data';
  /** The part's name (`weather` for an AI SDK `data-weather` part). */
  name: string;
  /** A later data part with the same name and id replaces this one's data. */
  id?: string;
  data: unknown;
}

/** Where one step of a multi-step reply (model, tools, model again) begins; never first. */
export interface StepStartPart {
  type: 'step-start';
}

/** One piece of a message, in the order the stream delivered it. */
export type Part = TextPart | ReasoningPart | ToolCallPart | SourcePart | FilePart | DataPart | StepStartPart;

/** A file sent with a message. */
export interface Attachment {
  name: string;
  mediaType: string;
  size: number;
  /** A `data:` URL unless the file was uploaded first. */
  url: string;
}

/** Token counts reported by the model. */
export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
}

/** A plain, serializable description of an error attached to a message. */
export interface MessageError {
  name: string;
  message: string;
  status?: number;
  /** Milliseconds to wait before retrying, when the server said (429 Retry-After). */
  retryAfter?: number;
}

export interface Message {
  id: string;
  role: Role;
  /** The text parts, concatenated. */
  content: string;
  status: MessageStatus;
  /** The calls of the tool-call parts (the same objects). */
  toolCalls: ToolCall[];
  /**
   * Everything the message holds, in stream order. Always set on messages the store makes; a
   * message built by hand without it reads as its content and tool calls (see `messageParts`).
   */
  parts?: Part[];
  attachments?: Attachment[];
  feedback?: 'up' | 'down';
  usage?: Usage;
  model?: string;
  error?: MessageError;
  /**
   * For a reply still streaming on the server (a server-rendered page reloaded mid-reply): the id
   * of the last event its `content` includes, where `Chat.resume()` picks the reply up.
   */
  lastEventId?: string;
}

/**
 * A tool-call delta inside a chunk: `arguments` given as a string is appended to the call with
 * the same id (created when new); an object replaces them. Fields left out are left unchanged.
 * Without a `state`, the state follows from the rest: `errorText` fails the call, `result`
 * answers it, `status: 'complete'` ends its input.
 */
export interface ToolCallDelta {
  id: string;
  name?: string;
  arguments?: string | Record<string, unknown>;
  state?: ToolCallState;
  status?: 'streaming' | 'complete';
  result?: unknown;
  errorText?: string;
  providerExecuted?: boolean;
  approvalId?: string;
}

/** A piece of reasoning: text to append to the open reasoning part, or a change to it. */
export interface ReasoningDelta {
  text?: string;
  /** The provider's id of the reasoning block; a different id starts a new reasoning part. */
  id?: string;
  redacted?: boolean;
  /** Appended to the part's signature. */
  signature?: string;
  /** The block ended: the part is done. */
  end?: boolean;
}

/**
 * A source, or a citation of one: fields are merged into the source part with the same id (added
 * when new), and `span` is added to its spans. A citation that arrives before the text it cites
 * gives `span` once that text has arrived.
 */
export interface SourceDelta {
  id: string;
  url?: string;
  title?: string;
  mediaType?: string;
  filename?: string;
  span?: TextSpan;
}

/** A data part; `transient` ones reach `chunk` listeners but are not stored in the message. */
export interface DataDelta {
  name: string;
  id?: string;
  data: unknown;
  transient?: boolean;
}

/**
 * One normalized piece of a reply, after any protocol adapter (mirrors RubyLLM::Chunk). Its
 * fields apply in this order: `step: 'start'`, `reasoning`, `content`, `toolCalls`, `sources`,
 * `files`, `data`, `step: 'finish'`; an adapter that sees them in another order sends several chunks.
 */
export interface Chunk {
  /** Reply text, appended to the last text part (a new one after any other part). */
  content?: string;
  reasoning?: ReasoningDelta;
  toolCalls?: ToolCallDelta[];
  sources?: SourceDelta[];
  files?: Array<Omit<FilePart, 'type'>>;
  data?: DataDelta[];
  /** A step of a multi-step reply begins or ends. */
  step?: 'start' | 'finish';
  usage?: Usage;
  model?: string;
  finishReason?: string;
}

/** What a request carries: the new prompt and the conversation so far (including the prompt). */
export interface ChatRequest {
  prompt: string;
  /**
   * `toolApprovals` is on a reply whose approval requests the reader answered:
   * `{ toolCallId, approvalId?, name, arguments, approved }` for each; `attachments` on a user
   * message sent with files.
   */
  messages: Array<{ role: Role; content: string; attachments?: Attachment[]; toolApprovals?: ToolApprovalAnswer[] }>;
  /** The files sent with the prompt, when there are any. */
  attachments?: Attachment[];
}
