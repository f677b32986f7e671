import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { brandTheme, darkTheme } from './support/themes.js';

interface IndicatorArgs {
  active: boolean;
  label: string;
}

const meta: Meta<IndicatorArgs> = {
  title: 'Elements/typing-indicator',
  component: 'typing-indicator',
  args: { active: true, label: 'Assistant is typing' },
  argTypes: {
    active: { control: 'boolean' },
    label: { control: 'text' },
  },
  render: ({ active, label }) => html`<typing-indicator ?active=${active} label=${label}></typing-indicator>`,
};
export default meta;

type Story = StoryObj<IndicatorArgs>;

export const Active: Story = {};

export const Inactive: Story = {
  name: 'Inactive (hidden)',
  args: { active: false },
};

export const CustomLabel: Story = {
  name: 'Custom label',
  args: { label: 'Claude is thinking' },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  render: ({ active, label }) => html`${darkTheme}
    <div class="theme-dark"><typing-indicator ?active=${active} label=${label}></typing-indicator></div>`,
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  render: ({ active, label }) => html`${brandTheme}
    <style>
      .big-dots {
        --chat-typing-dot-size: 0.9rem;
        --chat-typing-duration: 0.8s;
      }
      .big-dots typing-indicator::part(indicator) {
        border: 1px dashed #a4471c;
      }
    </style>
    <div class="theme-brand big-dots"><typing-indicator ?active=${active} label=${label}></typing-indicator></div>`,
};
