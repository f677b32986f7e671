// Helpers for talking to the real test servers (test/server/*.mjs) from browser tests.

/** Port of the WebSocket test server, set by web-test-runner.config.mjs in every test page. */
export const wsPort = (): number => (window as unknown as { __WS_PORT__: number }).__WS_PORT__;

/** One step of a scripted HTTP stream (see test/server/scripted-stream.mjs). */
export type StreamStep =
  | { write: string; id?: string }
  | { b64: string; id?: string }
  | { delay: number }
  | { cut: true; after?: number }
  | { hang: true }
  | { repeat: string; times: number }
  | { trickle: string; size?: number };

export interface StreamScript {
  status?: number;
  headers?: Record<string, string>;
  steps: StreamStep[];
  /** false: leave the response open after the last step. */
  end?: boolean;
  /** A resuming server: connection n is cut before its (cuts[n] + 1)-th step with an id; `Last-Event-ID` resumes. */
  resume?: { cuts: number[]; silent?: boolean };
  /** Connection n answers with statuses[n] (and an empty JSON error) instead of the stream. */
  statuses?: number[];
  /** Retry-After header value sent with `statuses`. */
  retryAfter?: string;
}

/** One step of a scripted WebSocket reply (see test/server/ws-server.mjs). */
export type SocketStep =
  | { send: string; id?: string }
  | { binary: string }
  | { delay: number }
  | { close: number | null; reason?: string }
  | { terminate: true }
  | { hang: true };

export interface SocketScript {
  steps: SocketStep[];
  /** false: do not close the socket after the last step. */
  close?: boolean;
  /** A resuming server: connection n is terminated before its (cuts[n] + 1)-th step with an id. */
  resume?: { cuts: number[] };
}

/** What the HTTP test server recorded for one request. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** How the response ended, once it has: `finished`, `cut`, or `client-closed`. */
  outcome?: 'finished' | 'cut' | 'client-closed';
}

/** What the WebSocket test server recorded for one connection. */
export interface RecordedConnection {
  request: string | null;
  closeCode: number | null;
  closeReason: string | null;
  closedByClient: boolean | null;
}

/** base64 of raw bytes, for `{ b64 }` steps that split a character between writes. */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** base64url of UTF-8 JSON: how scripts travel in URLs. */
export function encodeScript(script: unknown): string {
  return base64(new TextEncoder().encode(JSON.stringify(script))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

let counter = 0;
/** A tag no other test uses, to find this test's requests on the server. */
export function uniqueTag(name = 'test'): string {
  counter += 1;
  return `${name}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** URL of the scripted HTTP stream (relative to the test page's origin). */
export function streamUrl(script: StreamScript, tag?: string): string {
  return `/__stream?script=${encodeScript(script)}${tag ? `&tag=${encodeURIComponent(tag)}` : ''}`;
}

/** URL of a scripted HTTP stream too long for a URL: the script is stored on the server first. */
export async function storedStreamUrl(script: StreamScript): Promise<string> {
  const response = await fetch('/__scripts', { method: 'POST', body: JSON.stringify(script) });
  const { id } = (await response.json()) as { id: string };
  return `/__stream?stored=${encodeURIComponent(id)}`;
}

/** URL of a scripted WebSocket reply too long for a URL: the script is stored on the server first. */
export async function storedSocketUrl(script: SocketScript): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${wsPort()}/scripts`, { method: 'POST', body: JSON.stringify(script) });
  const { id } = (await response.json()) as { id: string };
  return `ws://127.0.0.1:${wsPort()}/?stored=${encodeURIComponent(id)}`;
}

export async function recordedRequests(tag: string): Promise<RecordedRequest[]> {
  const response = await fetch(`/__requests/${encodeURIComponent(tag)}`);
  return (await response.json()) as RecordedRequest[];
}

/** URL of the scripted WebSocket server. */
export function socketUrl(script: SocketScript, tag?: string): string {
  return `ws://127.0.0.1:${wsPort()}/?script=${encodeScript(script)}${tag ? `&tag=${encodeURIComponent(tag)}` : ''}`;
}

/** The first message of each connection under `tag`, as the WebSocket server received it. */
export async function socketRequests(tag: string): Promise<string[]> {
  const response = await fetch(`http://127.0.0.1:${wsPort()}/requests?tag=${encodeURIComponent(tag)}`);
  return (await response.json()) as string[];
}

export async function socketConnections(tag: string): Promise<RecordedConnection[]> {
  const response = await fetch(`http://127.0.0.1:${wsPort()}/connections?tag=${encodeURIComponent(tag)}`);
  return (await response.json()) as RecordedConnection[];
}

/** Polls `read` until `accept` holds (the server learns of a close a moment after the client acts). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 3000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** SSE steps for events carrying ids `1`, `2`, ...: each step writes one whole event. */
export function eventsWithIds(datas: string[], prefix = ''): StreamStep[] {
  return datas.map((data, index) => ({ write: `${prefix}id: ${index + 1}\ndata: ${data}\n\n`, id: String(index + 1) }));
}
