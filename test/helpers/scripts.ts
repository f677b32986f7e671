// Builds URLs for the real test endpoints in test/server/ (scripted-stream.mjs, ws-server.mjs).

export type Step =
  | { write: string }
  | { b64: string }
  | { delay: number }
  | { cut: true; after?: number }
  | { hang: true }
  | { repeat: string; times: number };

export interface Script {
  status?: number;
  headers?: Record<string, string>;
  steps: Step[];
  end?: boolean;
  /** Answer connection n with `statuses[n]` (say 429, then 503) before playing the steps. */
  statuses?: number[];
  /** Retry-After (seconds) sent with those statuses. */
  retryAfter?: number;
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

let tags = 0;
/** A tag unique to this page load, so tests can read back exactly their own requests. */
export const uniqueTag = () => `t${Date.now().toString(36)}-${(tags++).toString(36)}`;

/** URL of the scripted HTTP endpoint that plays `script`. */
export function streamUrl(script: Script, tag?: string): string {
  return `/__stream?script=${base64url(JSON.stringify(script))}${tag ? `&tag=${encodeURIComponent(tag)}` : ''}`;
}

/** What the scripted endpoint received under `tag`. */
export async function receivedRequests(tag: string): Promise<Array<{ method: string; url: string; headers: Record<string, string>; body: string }>> {
  const response = await fetch(`/__requests/${encodeURIComponent(tag)}`);
  return response.json();
}

/** A RubyLLM-style SSE reply (`data: "<chunk json>"` then `event: complete`), with optional timing and a cut. */
export function rubyllmReply(chunks: string[], options: { firstDelay?: number; delay?: number; cut?: boolean } = {}): Script {
  const steps: Step[] = [];
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

/** URL of the WebSocket test server playing `steps`. */
export function webSocketUrl(steps: unknown[], tag?: string): string {
  const port = (window as unknown as { __WS_PORT__: number }).__WS_PORT__;
  return `ws://127.0.0.1:${port}/?script=${base64url(JSON.stringify({ steps }))}${tag ? `&tag=${encodeURIComponent(tag)}` : ''}`;
}
