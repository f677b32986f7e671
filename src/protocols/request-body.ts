import { ConfigurationError } from '../errors.js';
import type { ChatRequest } from '../types.js';
import type { ProtocolName } from './types.js';

/** A provider's own request: the JSON body to send and the headers it needs besides yours. */
export interface ProviderRequest {
  body: unknown;
  headers: Record<string, string>;
}

type ChatMessages = ChatRequest['messages'];

/**
 * Builds the streaming request body a provider expects, for `<chat-stream model="…">`, so the
 * element can talk to an OpenAI-compatible or Anthropic endpoint directly. Authentication stays
 * yours (`.headers`); calling api.anthropic.com from a browser also needs its
 * `anthropic-dangerous-direct-browser-access: true` header, which this does not add for you.
 * @throws ConfigurationError for protocols that have no provider body of their own.
 */
export function providerRequest(protocol: ProtocolName, model: string, request: ChatRequest): ProviderRequest {
  switch (protocol) {
    case 'openai':
      return {
        body: { model, messages: conversation(request.messages), stream: true, stream_options: { include_usage: true } },
        headers: {},
      };
    case 'openai-responses':
      return { body: { model, input: conversation(request.messages), stream: true }, headers: {} };
    case 'anthropic': {
      const system = request.messages.filter((message) => message.role === 'system' && message.content).map((message) => message.content);
      // Anthropic takes the system prompt apart and rejects empty text (a failed reply, say).
      const messages = request.messages.filter((message) => (message.role === 'user' || message.role === 'assistant') && message.content.trim() !== '');
      const body: Record<string, unknown> = { model, max_tokens: 4096 };
      if (system.length) body.system = system.join('\n\n');
      body.messages = messages.map(({ role, content }) => ({ role, content }));
      body.stream = true;
      return { body, headers: { 'anthropic-version': '2023-06-01' } };
    }
    default:
      throw new ConfigurationError(
        `The model attribute needs protocol "openai", "openai-responses" or "anthropic" (got "${protocol}"): only those have a provider request body to build.`,
      );
  }
}

// Tool-role turns need a tool_call_id the kit does not keep, so only plain turns are sent.
function conversation(messages: ChatMessages): ChatMessages {
  return messages.filter((message) => message.role !== 'tool').map(({ role, content }) => ({ role, content }));
}
