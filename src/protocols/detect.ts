import { record } from './event-json.js';
import type { ProtocolDetectionInput, ProtocolName } from './types.js';

const anthropicTypes = new Set(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop', 'ping']);
const aiSdkTypes = new Set([
  'start', 'start-step', 'finish-step', 'finish', 'abort', 'message-metadata',
  'text-start', 'text-delta', 'text-end', 'reasoning-start', 'reasoning-delta', 'reasoning-end',
  'tool-input-start', 'tool-input-delta', 'tool-input-available', 'tool-input-error',
  'tool-output-available', 'tool-output-error', 'tool-output-denied', 'tool-approval-request',
  'source-url', 'source-document', 'file',
]);
const rubyllmFields = ['content', 'thinking', 'tool_calls', 'citations', 'server_tool_calls', 'model_id', 'input_tokens', 'output_tokens', 'model', 'role'];

/**
 * Names the wire format of a reply from its response info and its first event alone, since
 * cross-origin responses hide custom headers from `fetch`.
 */
export function detectProtocol({ info, event }: ProtocolDetectionInput): ProtocolName {
  if (info?.headers?.get('x-vercel-ai-ui-message-stream') === 'v1') return 'ai-sdk';
  if (info?.format === 'text') return 'text';

  const name = event.event;
  if (name && anthropicTypes.has(name)) return 'anthropic';
  if (name?.startsWith('response.')) return 'openai-responses';

  const data = event.data.trim();
  if (data === '[DONE]') return 'openai';
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    // Only the kit's own format names its events `complete` and `error` with plain-text data.
    return name === 'complete' || name === 'error' ? 'rubyllm' : 'text';
  }
  const fields = record(value);
  if (!fields) return typeof value === 'string' || name === 'complete' || name === 'error' ? 'rubyllm' : 'text';

  const type = typeof fields.type === 'string' ? fields.type : undefined;
  if (type) {
    if (anthropicTypes.has(type)) return 'anthropic';
    if (type.startsWith('response.')) return 'openai-responses';
    if (aiSdkTypes.has(type) || type.startsWith('data-')) return 'ai-sdk';
    if (type === 'error') {
      // An error as the very first event: each provider shapes it its own way.
      if ('errorText' in fields) return 'ai-sdk';
      if (record(fields.error)) return 'anthropic';
      return 'openai-responses';
    }
  }
  if (fields.object === 'chat.completion.chunk' || Array.isArray(fields.choices)) return 'openai';
  if (name === 'complete' || name === 'error') return 'rubyllm';
  if (record(fields.error)) return 'openai';
  if (rubyllmFields.some((key) => key in fields)) return 'rubyllm';
  // An object of no known shape: the kit's own format ignores fields it does not know.
  return 'rubyllm';
}
