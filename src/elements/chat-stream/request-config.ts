import { providerRequest } from '../../protocols/request-body.js';
import type { ProtocolName } from '../../protocols/types.js';
import { createSseTransport } from '../../transport/sse.js';
import type { Transport } from '../../transport/types.js';
import { createWebSocketTransport } from '../../transport/websocket.js';
import type { ChatRequest } from '../../types.js';
import type { HeadersOption, RequestBodyShaper } from '../../transport/request-body.js';

export type TransportName = 'sse' | 'websocket' | 'actioncable';
export type { HeadersOption } from '../../transport/request-body.js';

export interface RequestConfig {
  src: string;
  transport?: TransportName;
  method: 'GET' | 'POST';
  protocol: ProtocolName | 'auto';
  model?: string;
  headers: HeadersOption;
  body?: RequestBodyShaper;
}

const providerProtocols = new Set<string>(['openai', 'openai-responses', 'anthropic']);

/** Chooses and builds the transport that `<chat-stream>`'s attributes describe. */
export function transportFromConfig(config: RequestConfig): Transport {
  const kind = config.transport ?? (/^wss?:/i.test(config.src) ? 'websocket' : 'sse');
  if (kind === 'websocket') return createWebSocketTransport({ url: config.src, body: config.body });
  if (kind === 'actioncable') throw new Error('transport="actioncable" needs the ActionCable transport; pass a store created with it.');

  const { model, protocol } = config;
  if (model && providerProtocols.has(protocol)) {
    // Talk to an OpenAI-compatible (or Anthropic) server directly, in the provider's own body shape.
    return createSseTransport({
      url: config.src,
      method: 'POST',
      body: config.body ?? ((request: ChatRequest) => providerRequest(protocol as ProtocolName, model, request).body as object),
      headers: async (request: ChatRequest) => {
        const headers = new Headers(providerRequest(protocol as ProtocolName, model, request).headers);
        const own = new Headers(typeof config.headers === 'function' ? await config.headers(request) : config.headers);
        own.forEach((value, name) => headers.set(name, value));
        return headers;
      },
    });
  }
  return createSseTransport({ url: config.src, method: config.method, headers: config.headers, body: config.body });
}
