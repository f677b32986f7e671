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
import {
  fileMessage,
  reasoningDoneMessage,
  reasoningStreamingMessage,
  redactedReasoningMessage,
  richReplyMessage,
  sourcesMessage,
  toolStateMessages,
} from '../demo/conversation/part-messages.js';

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

export const ReasoningStreaming: Story = {
  name: 'Reasoning streaming (open)',
  args: { message: reasoningStreamingMessage },
};

export const ReasoningDone: Story = {
  name: 'Reasoning done ("Thought for 4 seconds", closed)',
  args: { message: reasoningDoneMessage },
};

export const ReasoningRedacted: Story = {
  name: 'Reasoning redacted by the provider',
  args: { message: redactedReasoningMessage },
};

export const ToolInputStreaming: Story = { name: 'Tool: input streaming', args: { message: toolStateMessages['input-streaming'] } };
export const ToolRunning: Story = { name: 'Tool: running', args: { message: toolStateMessages['input-available'] } };
export const ToolDone: Story = { name: 'Tool: done, inline between texts', args: { message: toolStateMessages['output-available'] } };
export const ToolError: Story = { name: 'Tool: error', args: { message: toolStateMessages['output-error'] } };
export const ToolApprovalRequested: Story = {
  name: 'Tool: waiting for approval (Approve / Deny)',
  parameters: { docs: { description: { story: 'Standalone, Approve and Deny fire `chat-tool-approval`; inside `<chat-stream>` they call `respondToToolApproval`.' } } },
  args: { message: toolStateMessages['approval-requested'] },
};
export const ToolDenied: Story = { name: 'Tool: denied', args: { message: toolStateMessages['output-denied'] } };

export const CustomToolRenderer: Story = {
  name: 'Tool rendered your own way (renderTool)',
  render: () => html`<chat-message
    .message=${toolStateMessages['output-available']}
    .renderTool=${(call: { name: string; result?: unknown }) => {
      if (call.name !== 'get_forecast') return undefined;
      const result = call.result as { rain_chance: number; high_c: number };
      const card = document.createElement('div');
      card.style.cssText = 'padding:0.75rem 1rem;border-radius:0.75rem;background:#eef4ff;color:#1b2a4a;font:500 0.9rem system-ui';
      card.textContent = `☔ ${Math.round(result.rain_chance * 100)} % rain · high ${result.high_c} °C`;
      return card;
    }}
  ></chat-message>`,
};

export const Sources: Story = {
  name: 'Sources with citations',
  args: { message: sourcesMessage },
};

export const Files: Story = {
  name: 'Files: an image and a download',
  args: { message: fileMessage },
};

export const RichReply: Story = {
  name: 'Reasoning, tool, cited text and sources',
  args: { message: richReplyMessage },
};

export const PartsDark: Story = {
  name: 'Parts, dark theme',
  render: () => html`${darkTheme}
    <div class="theme-dark" style="display:grid;gap:1.25rem">
      <chat-message .message=${reasoningStreamingMessage}></chat-message>
      <chat-message .message=${richReplyMessage}></chat-message>
      <chat-message .message=${toolStateMessages['approval-requested']}></chat-message>
      <chat-message .message=${toolStateMessages['output-error']}></chat-message>
      <chat-message .message=${fileMessage}></chat-message>
    </div>`,
};
