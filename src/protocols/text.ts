import { guardedAdapter } from './guarded-adapter.js';
import type { ProtocolAdapter } from './types.js';

/** Plain text: every event's data (or every piece of a plain body) is content; the close ends the reply. */
export function createTextAdapter(): ProtocolAdapter {
  return guardedAdapter('text', {
    event(event, reply) {
      if (event.data) reply.chunk({ content: event.data });
    },
    close(reply) {
      reply.done();
    },
  });
}
