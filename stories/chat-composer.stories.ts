import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { darkTheme } from './support/themes.js';

interface ComposerArgs {
  value: string;
  placeholder: string;
  busy: boolean;
}

const render = ({ value, placeholder, busy }: ComposerArgs) =>
  html`<chat-composer .value=${value} placeholder=${placeholder} ?busy=${busy}></chat-composer>`;

const meta: Meta<ComposerArgs> = {
  title: 'Elements/chat-composer',
  component: 'chat-composer',
  args: { value: '', placeholder: 'Send a message', busy: false },
  argTypes: {
    value: { control: 'text', description: 'The draft.' },
    placeholder: { control: 'text' },
    busy: { control: 'boolean', description: 'A reply is streaming: Stop shows, and Escape fires `chat-stop`.' },
  },
  render,
};
export default meta;

type Story = StoryObj<ComposerArgs>;

export const Empty: Story = {};

export const WithDraft: Story = {
  name: 'With a draft',
  args: { value: 'How do I debounce a function in TypeScript?' },
};

export const Busy: Story = {
  name: 'While a reply streams (Stop)',
  args: { busy: true },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { value: 'A question' },
  render: (args) => html`${darkTheme}<div class="theme-dark">${render(args)}</div>`,
};
