import { ChatStreamError, ConfigurationError } from '../../errors.js';
import { providerRequest } from '../../protocols/request-body.js';
import type { ProtocolName } from '../../protocols/types.js';
import { createSseTransport } from '../../transport/sse.js';
import type { Transport } from '../../transport/types.js';
import { createWebSocketTransport } from '../../transport/websocket.js';
import type { ActionCableChannel } from '../../transport/actioncable.js';
import { loadAddOn } from '../../addons/registry.js';
import type { ChatRequest } from '../../types.js';
import { warnOnce } from '../../warn-once.js';
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
  /** ActionCable channel: a class name, or JSON `{"channel": "ChatChannel", …params}`. */
  channel?: string;
  /** Fail when the server sends nothing for this many milliseconds. */
  idleTimeout?: number;
  /** Resume a dropped stream from its last event id (SSE `Last-Event-ID`; WebSocket reconnect). */
  resume?: boolean;
  /** ActionCable: the broadcast field numbering chunks 0, 1, 2, … per reply, to undo reordering. Default `seq`. */
  sequence?: string;
}

// The attributes (and properties) each transport cannot honour.
const ignoredBy: Record<TransportName, Array<keyof RequestConfig>> = {
  sse: ['channel'],
  websocket: ['headers', 'method', 'model', 'channel'],
  actioncable: ['headers', 'body', 'method', 'model', 'resume'],
};

/** Warns, once per page for each, about a set attribute that the chosen transport cannot use. */
function warnIgnored(kind: TransportName, config: RequestConfig): void {
  for (const name of ignoredBy[kind]) {
    const value = config[name];
    // `headers` and `method` always have a value: only one other than the default counts.
    const set = name === 'headers' ? typeof value === 'function' || [...new Headers(value as HeadersInit)].length > 0 : name === 'method' ? value !== 'POST' : Boolean(value);
    if (set) warnOnce(`${kind}:${name}`, `<chat-stream>: transport="${kind}" cannot use \`${name}\`; it is ignored.`);
  }
}

const providerProtocols = new Set<string>(['openai', 'openai-responses', 'anthropic']);

/**
 * Chooses and builds the transport that `<chat-stream>`'s attributes describe. A configuration
 * mistake becomes a transport that fails with a clear message, so it shows on the reply like any
 * other failure instead of throwing out of `send()`.
 */
export function transportFromConfig(config: RequestConfig): Transport {
  try {
    return buildTransport(config);
  } catch (error) {
    const failure = error instanceof ChatStreamError ? error : new ConfigurationError(error instanceof Error ? error.message : String(error), { cause: error });
    return { open: () => Promise.reject(failure) };
  }
}

function buildTransport(config: RequestConfig): Transport {
  const kind = config.transport ?? (/^wss?:/i.test(config.src) ? 'websocket' : 'sse');
  warnIgnored(kind, config);
  const { idleTimeout, resume } = config;
  if (kind === 'websocket') return createWebSocketTransport({ url: config.src, body: config.body, idleTimeout, resume });
  if (kind === 'actioncable') {
    const options = { url: config.src || undefined, channel: parseChannel(config.channel), sequence: config.sequence ?? 'seq', idleTimeout };
    // The transport is an add-on (chat-stream-elements/actioncable), loaded when a reply needs it.
    return { open: async (request, handlers) => (await loadAddOn('actioncable')).createActionCableTransport(options).open(request, handlers) };
  }

  const { model, protocol } = config;
  if (model && !providerProtocols.has(protocol)) {
    warnOnce('model', `<chat-stream>: \`model\` needs protocol openai, openai-responses or anthropic, not ${protocol}; it is ignored.`);
  }
  if (model && providerProtocols.has(protocol)) {
    // Talk to an OpenAI-compatible (or Anthropic) server directly, in the provider's own body shape.
    return createSseTransport({
      url: config.src,
      method: 'POST',
      idleTimeout,
      resume,
      body: config.body ?? ((request: ChatRequest) => providerRequest(protocol as ProtocolName, model, request).body as object),
      headers: async (request: ChatRequest) => {
        const headers = new Headers(providerRequest(protocol as ProtocolName, model, request).headers);
        const own = new Headers(typeof config.headers === 'function' ? await config.headers(request) : config.headers);
        own.forEach((value, name) => headers.set(name, value));
        return headers;
      },
    });
  }
  return createSseTransport({
    url: config.src,
    method: config.method,
    headers: config.headers,
    body: config.body,
    idleTimeout,
    resume,
  });
}

function parseChannel(value: string | undefined): ActionCableChannel {
  const text = value?.trim();
  if (!text) throw new ConfigurationError('transport="actioncable" needs a `channel` attribute (a channel class name, or JSON with "channel" and params).');
  if (!text.startsWith('{')) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The \`channel\` attribute is not valid JSON: ${text}`, { cause: error });
  }
  if (!parsed || typeof parsed !== 'object' || typeof (parsed as { channel?: unknown }).channel !== 'string') {
    throw new ConfigurationError('The `channel` attribute JSON needs a "channel" name.');
  }
  return parsed as ActionCableChannel;
}
