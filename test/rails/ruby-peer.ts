// Where the Ruby peer (test/rails/server.rb) listens, as the runner config tells each test page.

const page = window as unknown as { __RUBY_PORT__?: number; __RUBY_MISSING__?: string };

/**
 * The peer's origin (`http://127.0.0.1:<port>`). Throws, so the calling test fails loudly, when
 * the runner could not start Ruby.
 */
export function rubyOrigin(): string {
  const port = page.__RUBY_PORT__;
  if (!port) {
    const reason = page.__RUBY_MISSING__ || 'the test runner did not start it (window.__RUBY_PORT__ is not set)';
    throw new Error(`The Ruby peer is not running: ${reason}. Install Ruby and its packages: apt-get install -y ruby ruby-sinatra ruby-actioncable puma`);
  }
  return `http://127.0.0.1:${port}`;
}

/** The ActionCable mount of the peer, as a ws: URL. */
export const cableUrl = (query = ''): string => `${rubyOrigin().replace(/^http/, 'ws')}/cable${query}`;

/** The CSRF token the peer's SSE route expects in `X-CSRF-Token`, as Rails puts it in `<meta name="csrf-token">`. */
export const peerCsrfToken = 'peer-csrf-token';

/** What the peer's ChatChannel saw for one chat id: 'subscribed', {ask: data}, 'unsubscribed'. */
export async function cableLog(chatId: string): Promise<unknown[]> {
  const response = await fetch(`${rubyOrigin()}/cable-log?chat_id=${encodeURIComponent(chatId)}`);
  return (await response.json()) as unknown[];
}

/** Opens the peer's gate for a `scenario=gated` SSE reply, letting the rest of the reply go. */
export async function releaseGate(gate: string): Promise<void> {
  await fetch(`${rubyOrigin()}/release?gate=${encodeURIComponent(gate)}`, { method: 'POST' });
}

/** The reply the peer streams for `prompt`: an echo line, then text with multi-byte characters, quotes, HTML and a backslash. */
export const peerReply = (prompt: string): string => `You said: ${prompt}\nGrüße, "friend" 👋\nLine two: <b>&amp;</b> 日本語 \\ done.`;
