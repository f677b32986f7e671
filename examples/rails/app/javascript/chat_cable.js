// Path 3 in the browser: the chat store over ActionCable, shown by <chat-stream>.
import { createChat } from "chat-stream-elements";
// The ActionCable transport is an add-on entry; @rails/actioncable is its peer dependency.
import { createActionCableTransport } from "chat-stream-elements/actioncable";

const element = document.querySelector("chat-stream");
element.store = createChat({
  protocol: "rubyllm",
  transport: createActionCableTransport({
    // Default URL: <%= action_cable_meta_tag %>, else /cable. Pass `consumer` to share your app's.
    channel: { channel: "ChatChannel", chat_id: Number(element.dataset.chatId) },
    perform: "ask",
    sequence: "seq",
  }),
});
