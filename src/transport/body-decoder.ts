import { createParser } from 'eventsource-parser';
import type { StreamEvent } from './types.js';

/** How a response body is read: server-sent events, or plain text where each piece is an event. */
export type BodyFormat = 'sse' | 'text';

/** Receives decoded text in pieces, then `end()` once. */
export interface TextSink {
  write(text: string): void;
  end(): void;
}

/** Server-sent events from text, however it is split (CR, LF or CRLF line ends; comments skipped). */
export function createEventStreamSink(onEvent: (event: StreamEvent) => void, onRetry?: (ms: number) => void): TextSink {
  const parser = createParser({
    onRetry,
    // Only the fields the server sent, so events compare and serialize cleanly.
    onEvent: ({ event, data, id }) => {
      const result: StreamEvent = { data };
      if (event !== undefined) result.event = event;
      if (id !== undefined) result.id = id;
      onEvent(result);
    },
  });
  return {
    write: (text) => parser.feed(text),
    end() {
      // The spec drops an event that is not followed by a blank line, and `reset({consume: true})`
      // (eventsource-parser 3.1) completes the last line without dispatching it. Servers that
      // forget the final blank line are common, so finish the event ourselves.
      parser.feed('\n\n');
      parser.reset();
    },
  };
}

/** Plain text: each decoded piece is the `data` of one default event. */
export function createPlainTextSink(onEvent: (event: StreamEvent) => void): TextSink {
  return {
    write: (text) => {
      if (text) onEvent({ data: text });
    },
    end() {},
  };
}

export interface BodyDecoderOptions {
  /** `unknown` (no usable content type) decides from the first line of the body. */
  format: BodyFormat | 'unknown';
  /** Called once, with the format, before the first event. */
  onFormat(format: BodyFormat): void;
  onEvent(event: StreamEvent): void;
  /** The server's `retry:` hint, in milliseconds: how long to wait before reconnecting. */
  onRetry?(ms: number): void;
}

export interface BodyDecoder {
  push(bytes: Uint8Array): void;
  /** The body ended: flushes the decoder and delivers a last event left without its blank line. */
  end(): void;
}

const sseStart = /^(?::|(?:data|event|id|retry):)/;

/**
 * Bytes to events through ONE streaming TextDecoder, so a character split across network reads
 * is decoded whole. Work per push is proportional to the bytes pushed.
 */
export function createBodyDecoder(options: BodyDecoderOptions): BodyDecoder {
  const decoder = new TextDecoder();
  let sink: TextSink | undefined;
  let sniffed = '';
  const choose = (format: BodyFormat) => {
    options.onFormat(format);
    sink = format === 'sse' ? createEventStreamSink(options.onEvent, options.onRetry) : createPlainTextSink(options.onEvent);
  };
  if (options.format !== 'unknown') choose(options.format);

  const write = (text: string, final: boolean) => {
    if (sink) {
      if (text) sink.write(text);
      return;
    }
    sniffed += text;
    // Enough to tell "data:" / "event:" / "retry:" / ":" apart from prose.
    if (!final && sniffed.length < 6 && !/[\r\n]/.test(sniffed)) return;
    choose(sseStart.test(sniffed) ? 'sse' : 'text');
    const held = sniffed;
    sniffed = '';
    if (held) sink!.write(held);
  };

  return {
    push(bytes) {
      write(decoder.decode(bytes, { stream: true }), false);
    },
    end() {
      write(decoder.decode(), true);
      sink!.end();
    },
  };
}
