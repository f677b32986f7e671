import { ChatStreamElement } from './chat-stream.js';
import { defineElement } from '../shared/define-element.js';

defineElement('chat-stream', ChatStreamElement);
