// deep-chat (a devDependency) showing the same conversation as demo/states.html, for side-by-side
// screenshots (scripts/screenshots.mjs): `?state=markdown|waiting|error&lang=en|de|ar`. It is set
// up the way its documentation shows, with its own options for a dark page; nothing of ours is in it.
import 'deep-chat';
import { conversationTexts, type DemoLanguage } from '../conversation/texts.js';

const params = new URLSearchParams(location.search);
const lang = (['de', 'ar'].includes(params.get('lang') ?? '') ? params.get('lang') : 'en') as DemoLanguage;
const state = params.get('state') ?? 'markdown';
const texts = conversationTexts[lang];
const dark = matchMedia('(prefers-color-scheme: dark)').matches;
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';

interface DeepChatLike extends HTMLElement {
  history?: Array<{ role: string; text: string }>;
  demo?: unknown;
  chatStyle?: Record<string, string>;
  messageStyles?: unknown;
  textInput?: unknown;
  submitButtonStyles?: unknown;
}

const peer = document.querySelector('#peer') as DeepChatLike;
peer.chatStyle = {
  width: '100vw',
  height: '100vh',
  border: 'none',
  backgroundColor: dark ? '#1b1b1f' : '#ffffff',
  fontFamily: 'system-ui, sans-serif',
};
if (dark) {
  peer.messageStyles = {
    default: { ai: { bubble: { backgroundColor: '#2e2e34', color: '#ececee' } }, user: { bubble: { backgroundColor: '#2563eb' } } },
    loading: { message: { styles: { bubble: { backgroundColor: '#2e2e34' } } } },
    error: { bubble: { backgroundColor: '#3b1416', color: '#ff9b8f' } },
  };
  peer.textInput = { styles: { container: { backgroundColor: '#2a2a30', color: '#ececee', border: '1px solid #35353c' } } };
}
const history = [
  { role: 'user', text: texts.question },
  { role: 'ai', text: state === 'error' ? texts.partial : texts.reply },
];
peer.history = state === 'waiting' ? history.slice(0, 1) : history;
// `demo` answers locally (no service to connect to) and drops deep-chat's own intro notice.
peer.demo = state === 'waiting' ? { displayLoading: { message: true } } : state === 'error' ? { displayErrors: { default: true } } : true;

// Screenshots wait for this: the element rendered its history.
const ready = () => (window as unknown as { __ready: boolean }).__ready = true;
customElements.whenDefined('deep-chat').then(() => setTimeout(() => requestAnimationFrame(ready), 500));
