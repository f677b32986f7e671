import type { ChatRequest } from '../../src/types.js';
import type { ReplyWait, StreamEvent, StreamResponseInfo, Transport, TransportHandlers } from '../../src/transport/types.js';

export interface TransportRun {
  events: StreamEvent[];
  opens: StreamResponseInfo[];
  /** Whether onOpen had been called when each event arrived. */
  openedBeforeEachEvent: boolean;
  /** What `open` rejected with; undefined when it resolved. */
  error?: unknown;
  /** Each wait the transport announced before trying again (not their ends). */
  waits: ReplyWait[];
}

export const sampleRequest: ChatRequest = {
  prompt: 'Hi there',
  messages: [
    { role: 'user', content: 'Earlier question' },
    { role: 'assistant', content: 'Earlier answer' },
    { role: 'user', content: 'Hi there' },
  ],
};

/**
 * Opens `transport` and records what reached the handlers. `onEvent` sees each event as it
 * arrives (with the controller, to stop mid-stream).
 */
export async function runTransport(
  transport: Transport,
  options: {
    request?: ChatRequest;
    controller?: AbortController;
    onEvent?: (event: StreamEvent, controller: AbortController) => void;
    onWait?: (wait: ReplyWait, controller: AbortController) => void;
  } = {},
): Promise<TransportRun> {
  const controller = options.controller ?? new AbortController();
  const run: TransportRun = { events: [], opens: [], openedBeforeEachEvent: true, waits: [] };
  const handlers: TransportHandlers = {
    onOpen: (info) => run.opens.push(info),
    onEvent: (event) => {
      if (run.opens.length !== 1) run.openedBeforeEachEvent = false;
      run.events.push(event);
      options.onEvent?.(event, controller);
    },
    onWait: (wait) => {
      if (!wait) return;
      run.waits.push(wait);
      options.onWait?.(wait, controller);
    },
  };
  try {
    await transport.open({ ...(options.request ?? sampleRequest), signal: controller.signal }, handlers);
  } catch (error) {
    run.error = error;
  }
  return run;
}

/** The data of each event, for compact assertions. */
export const dataOf = (run: TransportRun) => run.events.map((event) => event.data);
