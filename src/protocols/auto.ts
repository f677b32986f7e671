import { NetworkError } from '../errors.js';
import type { StreamResponseInfo } from '../transport/types.js';
import { detectProtocol } from './detect.js';
import { adapterFactories } from './adapter-factories.js';
import type { ProtocolAdapter, ProtocolName } from './types.js';

/** A protocol adapter that picks its wire format from the response and its first event. */
export interface AutoAdapter extends ProtocolAdapter {
  /** The adapter it chose; undefined until the response or its first event decided. */
  readonly detected: ProtocolAdapter | undefined;
  open(info: StreamResponseInfo): void;
}

/**
 * Creates an adapter for `protocol="auto"`: it decides from the response info (the AI SDK
 * header, a plain-text body) or else from the first event, then hands every event, that first one
 * included, to the chosen adapter. `name` reports the chosen protocol once decided.
 */
export function createAutoAdapter(): AutoAdapter {
  let info: StreamResponseInfo | undefined;
  let chosen: ProtocolAdapter | undefined;

  const choose = (name: ProtocolName): ProtocolAdapter => {
    chosen = adapterFactories[name]();
    if (info) chosen.open?.(info);
    return chosen;
  };

  return {
    get name(): ProtocolName {
      return chosen?.name ?? 'rubyllm';
    },
    get detected() {
      return chosen;
    },
    open(responseInfo) {
      info = responseInfo;
      if (info.format === 'text' || info.headers?.get('x-vercel-ai-ui-message-stream') === 'v1') {
        choose(detectProtocol({ info, event: { data: '' } }));
      }
    },
    event(event, sink) {
      (chosen ?? choose(detectProtocol({ info, event }))).event(event, sink);
    },
    close(sink) {
      if (chosen) chosen.close(sink);
      else if (info?.format === 'text') sink.done();
      else sink.error(new NetworkError('The stream ended before any reply arrived'));
    },
  };
}
