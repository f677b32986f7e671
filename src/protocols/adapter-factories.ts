import { createAISDKAdapter } from './ai-sdk.js';
import { createAnthropicAdapter } from './anthropic.js';
import { createOpenAIResponsesAdapter } from './openai-responses.js';
import { createOpenAIAdapter } from './openai.js';
import { createRubyLLMAdapter } from './rubyllm.js';
import { createTextAdapter } from './text.js';
import type { AdapterFactory, ProtocolName } from './types.js';

/** The adapter factory for each wire format. */
export const adapterFactories: Readonly<Record<ProtocolName, AdapterFactory>> = {
  rubyllm: createRubyLLMAdapter,
  openai: createOpenAIAdapter,
  'openai-responses': createOpenAIResponsesAdapter,
  anthropic: createAnthropicAdapter,
  'ai-sdk': createAISDKAdapter,
  text: createTextAdapter,
};
