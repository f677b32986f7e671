// Vue 3 page: <chat-stream> in a Vue template against the demo backend, its chat-* events bound with
// `@chat-…`, and a button that unmounts and mounts it again (`v-if`). `?src=` and `?protocol=` point
// it at another endpoint. The template is compiled in the browser, so this page uses Vue's full
// build and sets `isCustomElement` on the app; with single-file components, set it in
// @vitejs/plugin-vue's `template.compilerOptions` instead (see docs/embeddings.md).
import { createApp, defineComponent, ref } from 'vue/dist/vue.esm-bundler.js';
import '../../src/index.js';
import { isChatStreamElement } from '../../src/vue/index.js';
import type { ChatStreamEventMap } from '../../src/index.js';

const params = new URLSearchParams(location.search);

const App = defineComponent({
  setup() {
    const mounted = ref(true);
    const events = ref<string[]>([]);
    const chat = ref<HTMLElementTagNameMap['chat-stream'] | null>(null);
    let chunks = 0;
    const log = (line: string) => events.value.push(line);
    return {
      src: params.get('src') ?? '/api/chat/rubyllm',
      protocol: params.get('protocol') ?? 'rubyllm',
      mounted,
      events,
      chat,
      ask: () => void chat.value?.send("What's the weather in Lisbon?"),
      onSend: (event: ChatStreamEventMap['chat-send']) => {
        chunks = 0;
        log(`chat-send: ${event.detail.prompt}`);
      },
      onStart: () => log('chat-message-start'),
      onChunk: () => {
        chunks++;
      },
      onToolCall: (event: ChatStreamEventMap['chat-tool-call']) => log(`chat-tool-call: ${event.detail.toolCall.name} (${event.detail.toolCall.status})`),
      onEnd: (event: ChatStreamEventMap['chat-message-end']) => log(`chat-message-end: ${chunks} chunks, ${event.detail.usage?.outputTokens ?? 'unknown'} output tokens`),
      onError: (event: ChatStreamEventMap['chat-error']) => log(`chat-error: ${event.detail.error.message}`),
    };
  },
  template: `
    <header class="page-header">
      <h1><code>&lt;chat-stream&gt;</code> in Vue 3</h1>
      <p>A custom element in a Vue template; streams from <code>{{ src }}</code>.</p>
      <div class="toolbar">
        <button id="toggle" type="button" @click="mounted = !mounted">{{ mounted ? 'Unmount chat' : 'Mount chat' }}</button>
        <button type="button" :disabled="!mounted" @click="ask">Ask through <code>send()</code></button>
      </div>
    </header>
    <main class="pair">
      <section class="chat" aria-label="Conversation">
        <chat-stream
          v-if="mounted"
          ref="chat"
          :src="src"
          :protocol="protocol"
          @chat-send="onSend"
          @chat-message-start="onStart"
          @chat-chunk="onChunk"
          @chat-tool-call="onToolCall"
          @chat-message-end="onEnd"
          @chat-error="onError"
        ></chat-stream>
        <p v-else class="notice">Unmounted: its request, if any, was stopped.</p>
      </section>
      <aside class="side" aria-label="Events">
        <h2>Events</h2>
        <ol id="events" class="log">
          <li v-for="(line, index) in events" :key="index">{{ line }}</li>
        </ol>
      </aside>
    </main>
  `,
});

const app = createApp(App);
// Vue's in-browser compiler already treats defined custom elements as such; templates compiled ahead
// of time (single-file components) need this, so the page sets it the same way.
app.config.compilerOptions.isCustomElement = isChatStreamElement;
app.mount('#app');
