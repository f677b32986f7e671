// `import 'chat-stream-elements'`: defines every element, and gives every named export.
import './define.js';

export * from './classes.js';
