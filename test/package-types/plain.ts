// A plain TypeScript consumer of the packed package: the element through the DOM's typings, the
// store and a transport, the errors.
import { ChatStreamError, createChat, createSseTransport, type Message } from 'chat-stream-elements';

const chat = createChat({ transport: createSseTransport({ url: '/chat' }), protocol: 'openai' });
const element = document.createElement('chat-stream');
element.src = '/chat';
element.addEventListener('chat-message-end', (event) => console.log(event.detail.usage?.outputTokens));
element.addEventListener('chat-error', (event) => {
  const error: ChatStreamError = event.detail.error;
  console.log(error.message);
});
export const latest: Message | undefined = chat.$messages.get().at(-1);
