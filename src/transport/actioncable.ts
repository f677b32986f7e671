import { createConsumer, type ChannelNameWithParams, type Consumer, type Subscription } from '@rails/actioncable';
import { NetworkError } from '../errors.js';
import type { ChatRequest } from '../types.js';
import { eventFromBroadcast } from './actioncable-message.js';
import { createBroadcastOrder } from './actioncable-order.js';
import { chatRequestOf } from './request-body.js';
import type { Transport, TransportHandlers, TransportRequest } from './types.js';

/** A channel's class name (`"ChatChannel"`), or its name with params (`{channel: "ChatChannel", chat_id: 7}`). */
export type ActionCableChannel = string | ChannelNameWithParams;

export interface ActionCableTransportOptions {
  /**
   * The cable's URL (`/cable`, `wss://example.com/cable`). The transport then makes its own
   * consumer for each reply and disconnects it when the reply ends. Default: the page's
   * `<meta name="action-cable-url">`, else `/cable`. Ignored when `consumer` is given.
   */
  url?: string | URL;
  /** Your app's consumer (`createConsumer()`), shared with your other channels; never disconnected here. */
  consumer?: Consumer;
  /** The channel to subscribe to, or a function of the request returning it (a per-chat id, say). */
  channel: ActionCableChannel | ((request: ChatRequest) => ActionCableChannel);
  /**
   * The channel action performed with the request once the subscription is confirmed
   * (`def ask(data)` in the channel). Default `ask`. `false` performs nothing, for channels that
   * start the reply on subscribe.
   */
  perform?: string | false;
  /**
   * The channel action performed when the reader stops the reply (`def stop` in the channel: end
   * the model's call there, so it stops spending tokens), before unsubscribing. Not performed
   * when the reply ends by itself. Default `stop`; `false` performs nothing.
   */
  stop?: string | false;
  /** Shapes the data sent with the action. Default: `{prompt, messages}`. */
  body?: (request: ChatRequest) => Record<string, unknown>;
  /**
   * The field of each broadcast that numbers it (0, 1, 2, … per reply), to deliver broadcasts in
   * that order. ActionCable runs broadcasts through a worker pool and may swap ones sent back to
   * back; number them on the server and name the field here (`sequence: 'seq'`), or run the
   * server with `worker_pool_size = 1`. Default: none (delivered as they arrive).
   */
  sequence?: string;
  /** Fail with a `NetworkError` when the subscription is not confirmed within this many milliseconds. Default 10 000. */
  connectTimeout?: number;
}

/** How long the subscription outlives a `stop` action, so the server gets to run it. */
const STOP_LINGER_MS = 1000;

function channelName(channel: ActionCableChannel): string {
  return typeof channel === 'string' ? channel : channel.channel;
}

/**
 * Streams a reply over ActionCable (Rails' WebSockets) with `@rails/actioncable`: it subscribes
 * to `channel`, performs `perform` with the request once subscribed, and takes each broadcast as
 * one event (see `eventFromBroadcast`): chunk objects (`{content: …}`) or `{event, data}`.
 *
 * The broadcasts never close anything, so the protocol adapter decides the end (with `rubyllm`,
 * an `{event: "complete"}` broadcast); the store then aborts `request.signal`, which unsubscribes
 * (and disconnects a consumer the transport made). A stop (the signal aborted otherwise) first
 * performs the `stop` action, so the server can end the model's call. A rejected subscription, a refused
 * connection or a disconnect before the end rejects with a `NetworkError`. Event-driven only, so
 * replies keep streaming in hidden tabs.
 */
export function createActionCableTransport(options: ActionCableTransportOptions): Transport {
  const action = options.perform ?? 'ask';
  const stopAction = options.stop ?? 'stop';
  const connectTimeout = options.connectTimeout ?? 10_000;
  return {
    open(request: TransportRequest, handlers: TransportHandlers): Promise<void> {
      const { signal, resumeFrom } = request;
      if (signal.aborted) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const chat = chatRequestOf(request);
        let channel: ActionCableChannel;
        let data: Record<string, unknown> | undefined;
        try {
          channel = typeof options.channel === 'function' ? options.channel(chat) : options.channel;
          // Picking up a reply the server is still producing: the channel sends the events after
          // `after` (then the live ones); there is nothing to ask.
          if (resumeFrom !== undefined) channel = { ...(typeof channel === 'string' ? { channel } : channel), after: resumeFrom };
          else if (action !== false) data = options.body ? options.body(chat) : { prompt: chat.prompt, messages: chat.messages };
        } catch (error) {
          reject(error);
          return;
        }
        const name = channelName(channel);
        const owned = !options.consumer;
        const consumer = options.consumer ?? createConsumer(options.url === undefined ? undefined : String(options.url));
        let confirmed = false;
        // The client forgets a rejected subscription itself; unsubscribing again would confuse the server.
        let rejected = false;
        let settled = false;
        // While a broadcast is handed on: an abort then is the reply ending (its `complete` event), not a stop.
        let delivering = false;

        const release = () => {
          if (!rejected) subscription.unsubscribe();
          if (owned) consumer.disconnect();
        };
        const finish = (error?: unknown, linger = 0) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          signal.removeEventListener('abort', stop);
          if (linger) setTimeout(release, linger);
          else release();
          if (error) reject(error);
          else resolve();
        };
        const stop = () => {
          const producing = data !== undefined || resumeFrom !== undefined;
          if (delivering || settled || !confirmed || !producing || !stopAction) return finish();
          // The reader stopped a reply the server is producing: ask the channel to end it. The
          // server runs a connection's messages on a worker pool and drops those still queued
          // when the socket closes or the subscription goes, so both wait a moment.
          subscription.perform(stopAction, {});
          finish(undefined, STOP_LINGER_MS);
        };
        const deliver = (message: unknown) => {
          if (settled || signal.aborted) return;
          delivering = true;
          try {
            handlers.onEvent(eventFromBroadcast(message));
          } catch (error) {
            // A handler bug: stop the reply and show the error as it is.
            finish(error);
          } finally {
            delivering = false;
          }
        };
        const first = resumeFrom !== undefined && /^\d+$/.test(resumeFrom) ? Number(resumeFrom) + 1 : 0;
        const receive = options.sequence ? createBroadcastOrder(options.sequence, deliver, first) : deliver;
        signal.addEventListener('abort', stop, { once: true });
        // ActionCable retries a failed connection forever without telling subscribers, so a
        // server that never answers is noticed here.
        const timer = setTimeout(() => {
          const seconds = Math.round(connectTimeout / 100) / 10;
          finish(new NetworkError(`Could not subscribe to ${name} at ${describeCable(consumer)} within ${seconds} s`));
        }, connectTimeout);

        // Its callbacks all run later (after server replies), once `subscription` is assigned.
        const subscription: Subscription = consumer.subscriptions.create(channel, {
          connected: () => {
            if (settled || confirmed) return;
            confirmed = true;
            clearTimeout(timer);
            handlers.onOpen?.({ format: 'sse' });
            if (data && !subscription.perform(action as string, data)) {
              finish(new NetworkError(`Could not perform ${name}#${action as string}: the connection closed`));
            }
          },
          received: (message: unknown) => {
            if (!settled && !signal.aborted) receive(message);
          },
          rejected: () => {
            rejected = true;
            finish(new NetworkError(`The server rejected the subscription to ${name} (not authorized, or no such chat)`));
          },
          disconnected: ({ willAttemptReconnect }: { willAttemptReconnect?: boolean }) => {
            if (confirmed) finish(new NetworkError(`The connection was lost before the reply ended (ActionCable disconnected from ${describeCable(consumer)})`));
            else if (!willAttemptReconnect) finish(new NetworkError(`The server refused the ActionCable connection at ${describeCable(consumer)} (not authorized?)`));
            else finish(new NetworkError(`Could not subscribe to ${name}: the ActionCable connection at ${describeCable(consumer)} closed`));
          },
        });
      });
    },
  };
}

function describeCable(consumer: Consumer): string {
  try {
    const url = new URL(consumer.url);
    return `${url.origin}${url.pathname}`;
  } catch {
    return String(consumer.url);
  }
}
