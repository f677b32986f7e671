// Defines every element. `import 'chat-stream-elements'` runs this; each definition is guarded.
import './elements/chat-message/define.js';
import './elements/typing-indicator/define.js';
import './elements/chat-composer/define.js';
import './elements/chat-stream/define.js';
