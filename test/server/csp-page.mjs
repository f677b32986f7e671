// Serves the strict test pages with a strict Content Security Policy header, as a hardened site
// would: no inline script or style, no eval, and Trusted Types for every HTML sink.
//
//   Any path ending in `.strict.html` gets `Content-Security-Policy: <STRICT_CSP>`.
//
// The pages carry the same policy in a <meta> tag as well, so they stay strict when served without
// this middleware; with it, the header is what a test can check was sent.

/** The policy: Lit's template policy and the kit's sanitizer policy are the only ones allowed. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html chat-stream-elements',
].join('; ');

export function cspPageMiddleware() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.endsWith('.strict.html')) {
      // `?policy=lit-only`: a page that enforces Trusted Types without allowing the kit's policy.
      const csp = ctx.query.policy === 'lit-only' ? STRICT_CSP.replace('trusted-types lit-html chat-stream-elements', 'trusted-types lit-html') : STRICT_CSP;
      ctx.set('Content-Security-Policy', csp);
    }
  };
}
