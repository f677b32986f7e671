// The demo's mock assistant (demo/backend, /api/chat/:protocol) inside the test runner's server,
// for browser tests of what it does across requests (replies that outlive their connection).
import { handleChatRoute } from '../../demo/backend/chat-route.mjs';

export function demoBackendMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/chat/')) return next();
    // The route writes the Node response itself.
    ctx.respond = false;
    await handleChatRoute(ctx.req, ctx.res, new URL(ctx.url, 'http://localhost'));
  };
}
