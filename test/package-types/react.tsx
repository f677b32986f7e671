// A React 19 consumer: the wrappers' props and typed event props.
import { useRef } from 'react';
import { ChatMessage, ChatStream, TypingIndicator, type ChatStreamElement } from 'chat-stream-elements/react';

export function Assistant({ token }: { token: string }) {
  const chat = useRef<ChatStreamElement>(null);
  return (
    <>
      <ChatStream
        ref={chat}
        src="/chat"
        protocol="ai-sdk"
        retryAttempts={2}
        headers={{ 'X-CSRF-Token': token }}
        onChatSend={(event) => console.log(event.detail.prompt)}
        onChatMessageEnd={(event) => console.log(event.detail.usage?.outputTokens)}
      />
      <ChatMessage onChatRetry={(event) => console.log(event.detail.message?.id)} />
      <TypingIndicator active label="Thinking" />
      <button onClick={() => void chat.current?.send('Hello')}>Send</button>
    </>
  );
}
