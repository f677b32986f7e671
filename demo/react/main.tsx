// React 19 page: <ChatStream> from `chat-stream-elements/react` against the demo backend, with its
// typed event props feeding an event log, and a button that unmounts and mounts it again.
// `?src=` and `?protocol=` point it at another endpoint.
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ChatStream, type ChatStreamElement } from '../../src/react/index.js';

type Protocol = NonNullable<ChatStreamElement['protocol']>;

const params = new URLSearchParams(location.search);
const src = params.get('src') ?? '/api/chat/rubyllm';
const protocol = (params.get('protocol') ?? 'rubyllm') as Protocol;

function App() {
  const [mounted, setMounted] = useState(true);
  const [events, setEvents] = useState<string[]>([]);
  const chunks = useRef(0);
  const chat = useRef<ChatStreamElement>(null);
  const log = (line: string) => setEvents((lines) => [...lines, line]);

  return (
    <>
      <header className="page-header">
        <h1>
          <code>&lt;ChatStream&gt;</code> in React 19
        </h1>
        <p>
          From <code>chat-stream-elements/react</code>; streams from <code>{src}</code>.
        </p>
        <div className="toolbar">
          <button id="toggle" type="button" onClick={() => setMounted((on) => !on)}>
            {mounted ? 'Unmount chat' : 'Mount chat'}
          </button>
          <button type="button" disabled={!mounted} onClick={() => void chat.current?.send("What's the weather in Lisbon?")}>
            Ask through <code>ref.send()</code>
          </button>
        </div>
      </header>
      <main className="pair">
        <section className="chat" aria-label="Conversation">
          {mounted ? (
            <ChatStream
              ref={chat}
              src={src}
              protocol={protocol}
              onChatSend={(event) => {
                chunks.current = 0;
                log(`chat-send: ${event.detail.prompt}`);
              }}
              onChatMessageStart={() => log('chat-message-start')}
              onChatChunk={() => {
                chunks.current++;
              }}
              onChatToolCall={(event) => log(`chat-tool-call: ${event.detail.toolCall.name} (${event.detail.toolCall.status})`)}
              onChatMessageEnd={(event) => log(`chat-message-end: ${chunks.current} chunks, ${event.detail.usage?.outputTokens ?? 'unknown'} output tokens`)}
              onChatError={(event) => log(`chat-error: ${event.detail.error.message}`)}
            />
          ) : (
            <p className="notice">Unmounted: its request, if any, was stopped.</p>
          )}
        </section>
        <aside className="side" aria-label="Events">
          <h2>Events</h2>
          <ol id="events" className="log">
            {events.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </aside>
      </main>
    </>
  );
}

createRoot(document.getElementById('app') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
