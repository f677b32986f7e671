import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { Message } from '../src/index.js';
import {
  completeMessage,
  errorMessage,
  pendingMessage,
  rateLimitedMessage,
  stoppedMessage,
  streamErrorMessage,
  streamingMessage,
  systemMessage,
  toolCallCompleteMessage,
  toolCallStreamingMessage,
  usageMessage,
  userMessage,
} from './support/messages.js';
import { brandTheme, darkTheme } from './support/themes.js';

interface MessageArgs {
  message: Message;
  format: 'markdown' | 'text';
}

const meta: Meta<MessageArgs> = {
  title: 'Elements/chat-message',
  component: 'chat-message',
  args: { message: completeMessage, format: 'markdown' },
  argTypes: {
    message: { control: 'object', description: 'The `Message` shown (`.message`): content, status, tool calls, usage, error.' },
    format: { control: 'inline-radio', options: ['markdown', 'text'] },
  },
  render: ({ message, format }) => html`<chat-message .message=${message} format=${format}></chat-message>`,
};
export default meta;

type Story = StoryObj<MessageArgs>;

export const Complete: Story = {};

export const User: Story = { args: { message: userMessage, format: 'text' } };

export const System: Story = { args: { message: systemMessage } };

export const Pending: Story = {
  name: 'Pending (nothing yet)',
  args: { message: pendingMessage },
};

export const Streaming: Story = {
  name: 'Streaming (open code block)',
  args: { message: streamingMessage },
};

export const PlainText: Story = {
  name: 'Plain text format',
  args: { message: completeMessage, format: 'text' },
};

export const ToolCallStreaming: Story = {
  name: 'Tool call streaming',
  args: { message: toolCallStreamingMessage },
};

export const ToolCallComplete: Story = {
  name: 'Tool call with result',
  args: { message: toolCallCompleteMessage },
};

export const UsageFooter: Story = {
  name: 'Usage footer',
  args: { message: usageMessage },
};

export const ErrorWithPartialText: Story = {
  name: 'Error with partial text',
  args: { message: errorMessage },
};

export const ErrorEvent: Story = {
  name: 'Error event from the model',
  args: { message: streamErrorMessage },
};

export const RateLimited: Story = {
  name: 'Rate limited',
  args: { message: rateLimitedMessage },
};

export const Stopped: Story = { args: { message: stoppedMessage } };

export const WithAvatar: Story = {
  name: 'Avatar slot',
  render: ({ message, format }) => html`<chat-message .message=${message} format=${format}>
    <span slot="avatar" style="display:inline-grid;place-items:center;width:2rem;height:2rem;border-radius:50%;background:#0b5cad;color:#fff;font:600 0.8rem system-ui"
      >AI</span
    >
  </chat-message>`,
};

export const Standalone: Story = {
  name: 'Standalone light-DOM text (Turbo Streams)',
  parameters: {
    docs: { description: { story: 'Without `.message`, the element renders its own text, and text appended later (a Turbo Stream `append`) streams in.' } },
  },
  render: () => html`<chat-message id="message_42_content" from="assistant" status="streaming">**Rails** streams this text with Turbo: </chat-message>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('chat-message');
    if (!element) return;
    const pieces = ['appended ', 'piece ', 'by ', 'piece', '.'];
    for (const piece of pieces) {
      await new Promise((resolve) => setTimeout(resolve, 120));
      element.append(piece);
    }
    element.setAttribute('status', 'complete');
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  render: () => html`${darkTheme}
    <div class="theme-dark" style="display:grid;gap:0.75rem">
      <chat-message .message=${userMessage} format="text"></chat-message>
      <chat-message .message=${toolCallCompleteMessage}></chat-message>
      <chat-message .message=${completeMessage}></chat-message>
      <chat-message .message=${errorMessage}></chat-message>
    </div>`,
};

export const CustomTheme: Story = {
  name: 'Custom theme (--chat-* and ::part)',
  render: () => html`${brandTheme}
    <div class="theme-brand" style="display:grid;gap:0.75rem">
      <chat-message .message=${userMessage} format="text"></chat-message>
      <chat-message .message=${completeMessage}></chat-message>
      <chat-message .message=${rateLimitedMessage}></chat-message>
    </div>`,
};
