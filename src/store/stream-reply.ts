import { ProtocolError, toChatStreamError } from '../errors.js';
import { createAdapter } from '../protocols/registry.js';
import type { ChunkSink, ProtocolName } from '../protocols/types.js';
import type { RetryingHandlers, RetryWait } from '../transport/retry-wait.js';
import type { Transport } from '../transport/types.js';
import type { ChatRequest } from '../types.js';

/**
 * Runs one reply through the pipeline: transport (events) -> protocol adapter (chunks) -> sink.
 * The sink hears exactly one of `done` or `error`, unless `signal` aborts first (a stop), in which
 * case it hears neither. Whatever arrived before a failure has already reached `sink.chunk`.
 * `onWait` hears of waits before the transport tries again (a retry, a resume) and of their end.
 */
export async function streamReply(
  transport: Transport,
  protocol: ProtocolName | 'auto',
  request: ChatRequest,
  signal: AbortSignal,
  sink: ChunkSink,
  onWait?: (wait: RetryWait | undefined) => void,
): Promise<void> {
  const adapter = createAdapter(protocol);
  // Our own controller, so a finished reply can close a connection the server keeps open.
  const connection = new AbortController();
  const forwardAbort = () => connection.abort();
  signal.addEventListener('abort', forwardAbort, { once: true });

  let finished = false;
  const finish = () => {
    finished = true;
    connection.abort();
  };
  const guarded: ChunkSink = {
    chunk: (chunk) => {
      if (!finished && !signal.aborted) sink.chunk(chunk);
    },
    done: () => {
      if (finished || signal.aborted) return;
      finish();
      sink.done();
    },
    error: (error) => {
      if (finished || signal.aborted) return;
      finish();
      sink.error(error);
    },
  };

  try {
    const handlers: RetryingHandlers = {
      onOpen: (info) => adapter.open?.(info),
      onEvent: (event) => {
        if (finished || signal.aborted) return;
        try {
          adapter.event(event, guarded);
        } catch (error) {
          // An adapter bug or an unexpected shape must end this reply, not escape into the transport.
          guarded.error(error instanceof ProtocolError ? error : new ProtocolError(`Could not read an event: ${String(error)}`, { cause: error }));
        }
      },
      onWait: (wait) => {
        if (!finished && !signal.aborted) onWait?.(wait);
      },
    };
    await transport.open({ ...request, signal: connection.signal }, handlers);
    if (!finished && !signal.aborted) adapter.close(guarded);
  } catch (error) {
    guarded.error(toChatStreamError(error));
  } finally {
    signal.removeEventListener('abort', forwardAbort);
  }
}
