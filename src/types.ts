/** Who wrote a message. */
export type Role = 'user' | 'assistant' | 'system' | 'tool';

/** Lifecycle of one message. */
export type MessageStatus = 'pending' | 'streaming' | 'complete' | 'error' | 'stopped';

/** Lifecycle of a conversation's current request. */
export type ChatStatus = 'idle' | 'submitted' | 'streaming' | 'error';

/** A tool (function) call made by the assistant. */
export interface ToolCall {
  id: string;
  name: string;
  /** Partial JSON text while streaming; parsed into an object when complete and valid. */
  arguments: string | Record<string, unknown>;
  status: 'streaming' | 'complete';
  result?: unknown;
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
  content: string;
  status: MessageStatus;
  toolCalls: ToolCall[];
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
 */
export interface ToolCallDelta {
  id: string;
  name?: string;
  arguments?: string | Record<string, unknown>;
  status?: 'streaming' | 'complete';
  result?: unknown;
}

/** One normalized piece of a reply, after any protocol adapter (mirrors RubyLLM::Chunk). */
export interface Chunk {
  content?: string;
  toolCalls?: ToolCallDelta[];
  usage?: Usage;
  model?: string;
  finishReason?: string;
}

/** What a request carries: the new prompt and the conversation so far (including the prompt). */
export interface ChatRequest {
  prompt: string;
  messages: Array<{ role: Role; content: string }>;
}
