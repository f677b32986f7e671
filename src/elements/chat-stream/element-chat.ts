import { createChat, type Chat } from '../../store/chat.js';
import { transportFromConfig, type RequestConfig } from './request-config.js';

export interface ElementChatConfig extends RequestConfig {
  /** Retries of a request that got 429/503 or could not connect; 0 for none. */
  retryAttempts: number;
}

/**
 * The store `<chat-stream>` makes for itself when none is given. The element's attributes are the
 * request's configuration, read as each request starts, so changing one needs no new store.
 */
export function createElementChat(config: ElementChatConfig): Chat {
  return createChat({
    protocol: () => config.protocol,
    transport: () => transportFromConfig(config),
    retry: () => (config.retryAttempts > 0 ? { attempts: config.retryAttempts } : false),
  });
}
