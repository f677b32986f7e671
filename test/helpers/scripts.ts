// Conveniences over the scripted test servers (see servers.ts) for tests of the store and elements.
import type { StreamScript, StreamStep } from './servers.js';

export { streamUrl, uniqueTag, recordedRequests as receivedRequests } from './servers.js';
export type { StreamScript as Script, StreamStep as Step } from './servers.js';

/** A RubyLLM-style SSE reply (`data: "<chunk json>"` then `event: complete`), with optional timing and a cut. */
export function rubyllmReply(chunks: string[], options: { firstDelay?: number; delay?: number; cut?: boolean } = {}): StreamScript {
  const steps: StreamStep[] = [];
  if (options.firstDelay) steps.push({ delay: options.firstDelay });
  chunks.forEach((chunk, index) => {
    if (index > 0 && options.delay) steps.push({ delay: options.delay });
    steps.push({ write: `data: ${JSON.stringify(chunk)}\n\n` });
  });
  // A cut right after a write can make Chromium drop bytes it received but had not handed to the
  // page yet (a reset discards them); give the bytes time to be read, as a real dropped reply would.
  if (options.cut) steps.push({ cut: true, after: 250 });
  else steps.push({ write: 'event: complete\ndata: {}\n\n' });
  return { steps };
}
