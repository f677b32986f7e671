// Named exports only, with no side effects: importing this defines no element (`chat-stream-elements/classes`).
export type { Role, MessageStatus, ChatStatus, ToolCall, ToolCallDelta, Usage, Message, MessageError, Chunk, ChatRequest } from './types.js';
export type {
  Part, TextPart, ReasoningPart, ToolCallPart, SourcePart, FilePart, DataPart, StepStartPart,
  ToolCallState, TextSpan, Attachment, ReasoningDelta, SourceDelta, DataDelta,
} from './types.js';
export { messageParts } from './store/apply-chunk.js';
export {
  ChatStreamError,
  ConfigurationError,
  HttpError,
  RateLimitError,
  AuthenticationError,
  ServerError,
  NetworkError,
  ProtocolError,
  StreamError,
} from './errors.js';

export { createChat } from './store/chat.js';
export type { Chat, ChatOptions, ChatEventMap, ChatEventListener, MessageAtom, Feedback } from './store/chat.js';

export { createSseTransport } from './transport/sse.js';
export type { SseTransportOptions } from './transport/sse.js';
export { createWebSocketTransport } from './transport/websocket.js';
export type { WebSocketTransportOptions } from './transport/websocket.js';
// createActionCableTransport is in the chat-stream-elements/actioncable add-on.
export type { ActionCableTransportOptions, ActionCableChannel } from './transport/actioncable.js';
export { createReplayTransport } from './transport/replay.js';
export { withRetry } from './transport/retrying-transport.js';
export type { RetryOptions } from './transport/retrying-transport.js';
export type { BackoffOptions } from './transport/backoff.js';
export type { ReplayTransportOptions, ReplayPause } from './transport/replay.js';
export type { HeadersOption, RequestBodyShaper } from './transport/request-body.js';
export type { Transport, TransportHandlers, TransportRequest, StreamEvent, StreamResponseInfo, ReplyWait } from './transport/types.js';

export { createAdapter } from './protocols/registry.js';
export { detectProtocol } from './protocols/detect.js';
export { createAutoAdapter } from './protocols/auto.js';
export type { AutoAdapter } from './protocols/auto.js';
export { createRubyLLMAdapter } from './protocols/rubyllm.js';
export { createOpenAIAdapter } from './protocols/openai.js';
export { createOpenAIResponsesAdapter } from './protocols/openai-responses.js';
export { createAnthropicAdapter } from './protocols/anthropic.js';
export { createAISDKAdapter } from './protocols/ai-sdk.js';
export { createTextAdapter } from './protocols/text.js';
export { providerRequest } from './protocols/request-body.js';
export type { ProviderRequest } from './protocols/request-body.js';
export { protocolNames } from './protocols/types.js';
export type { ProtocolName, ProtocolAdapter, ChunkSink } from './protocols/types.js';
export { TRUSTED_HTML_POLICY_NAME } from './markdown/trusted-html-policy.js';

export { ChatMessageElement } from './elements/chat-message/chat-message.js';
export type { ChatRetryDetail, ChatToolApprovalDetail, MessageFormat, ToolRenderer } from './elements/chat-message/chat-message.js';
export type { ToolApprovalDetail, ToolApprovalAnswer } from './store/tool-approval.js';
export type { ChatEditDetail } from './elements/chat-message/message-actions.js';
export { TypingIndicatorElement } from './elements/typing-indicator/typing-indicator.js';
export { ChatStreamElement } from './elements/chat-stream/chat-stream.js';
export type { ChatStreamEventMap } from './elements/chat-stream/chat-stream.js';
export { ChatComposerElement } from './elements/chat-composer/chat-composer.js';
export type { ChatSubmitDetail } from './elements/chat-composer/chat-composer.js';
export { chatContext } from './elements/shared/chat-context.js';
export type { ChatStrings, ChatStringKey } from './locales/en.js';
export type { UIText, PluralText } from './elements/shared/format-text.js';
