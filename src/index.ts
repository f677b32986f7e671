import './define.js';

export type { Role, MessageStatus, ChatStatus, ToolCall, ToolCallDelta, Usage, Message, MessageError, Chunk, ChatRequest } from './types.js';
export {
  ChatStreamError,
  HttpError,
  RateLimitError,
  AuthenticationError,
  ServerError,
  NetworkError,
  ProtocolError,
  StreamError,
} from './errors.js';
export type { Transport, TransportHandlers, TransportRequest, StreamEvent, StreamResponseInfo } from './transport/types.js';
export type { ProtocolName, ProtocolAdapter, ChunkSink } from './protocols/types.js';
