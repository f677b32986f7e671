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

/** A small painted picture and a PDF, attached through the composer's own file input once it renders. */
async function attachSampleFiles(id: string) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 96;
  const paint = canvas.getContext('2d')!;
  const gradient = paint.createLinearGradient(0, 0, 96, 96);
  gradient.addColorStop(0, '#f6a04d');
  gradient.addColorStop(1, '#5b8def');
  paint.fillStyle = gradient;
  paint.fillRect(0, 0, 96, 96);
  const png = await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png'));
  const files = new DataTransfer();
  files.items.add(new File([png], 'sunset.png', { type: 'image/png' }));
  files.items.add(new File(['%PDF-1.4'], 'itinerary.pdf', { type: 'application/pdf' }));
  const composer = document.getElementById(id) as HTMLElement & { updateComplete: Promise<unknown> };
  await composer.updateComplete;
  const input = composer.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

const withFiles = (id: string, attributes: { upload?: (file: File) => Promise<{ url: string }>; maxFileSize?: number }) => {
  setTimeout(() => void attachSampleFiles(id), 0);
  return html`<chat-composer id=${id} accept="image/*,.pdf" .maxFileSize=${attributes.maxFileSize} .upload=${attributes.upload} .value=${'Plan a day around these'}></chat-composer>`;
};

export const WithAttachments: Story = {
  name: 'Attachments (accept)',
  parameters: { docs: { description: { story: 'With `accept`: files come by the paperclip, paste or drop; an image shows as a thumbnail, a PDF by name; each has a remove button. Without `.upload` they are sent as `data:` URLs.' } } },
  render: () => withFiles('composer-attachments', {}),
};

export const Uploading: Story = {
  name: 'Attachments uploading',
  parameters: { docs: { description: { story: '`.upload` runs as each file is attached; "Uploading…" shows until it resolves, and Send waits for it.' } } },
  render: () => withFiles('composer-uploading', { upload: () => new Promise(() => {}) }),
};

export const UploadFailed: Story = {
  name: 'Attachments: upload failed',
  parameters: { docs: { description: { story: 'A rejected upload shows "Upload failed"; sending is held back (with a notice) until the file is removed.' } } },
  render: () => withFiles('composer-failed', { upload: () => Promise.reject(new Error('403 Forbidden')) }),
};

export const Refused: Story = {
  name: 'Attachments refused (max-file-size)',
  parameters: { docs: { description: { story: '`max-file-size="200"`: the picture is too large and is refused with a notice, read out by screen readers; the PDF is taken.' } } },
  render: () => withFiles('composer-refused', { maxFileSize: 200 }),
};
