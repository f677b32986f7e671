// The `chat-stream-elements/actioncable` add-on: the ActionCable transport, with
// `@rails/actioncable` (a peer dependency of this entry only). Importing it (or loading
// dist/chat-stream-elements-actioncable.js) lets `<chat-stream transport="actioncable">` work.
import { createActionCableTransport } from '../transport/actioncable.js';
import { registerAddOn } from './registry.js';

registerAddOn('actioncable', { createActionCableTransport });

export { createActionCableTransport };
export type { ActionCableTransportOptions, ActionCableChannel } from '../transport/actioncable.js';
