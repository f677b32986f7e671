import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { copyText } from '../../markdown/code-copy.js';
import type { Chat } from '../../store/chat.js';
import type { Message, MessageStatus, Role } from '../../types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { copyIcon, doneIcon, editIcon, regenerateIcon, thumbDownIcon, thumbUpIcon } from './action-icons.js';
import { renderMessageEditor } from './message-editor.js';

/** What `chat-edit` carries: the user message being replaced, and its new text. */
export interface ChatEditDetail {
  message: Message;
  text: string;
}

/** What the actions need from their `<chat-message>`. */
export interface MessageActionsHost extends ReactiveControllerHost, HTMLElement {
  readonly from: Role;
  readonly status: MessageStatus;
  readonly message?: Message;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface MessageActionsOptions {
  /** The conversation the message is in (from `chatContext`); without one only Copy shows. */
  chat(): Chat | undefined;
  /** The message as markdown, for Copy. */
  source(): string;
  l10n: LocalizeController;
}

/** How long Copy shows its tick. */
const COPIED_FOR_MS = 2000;

/**
 * The row of actions under a finished message (Copy; Regenerate on the latest reply; Edit on the
 * user's messages; Good/Bad response on replies) and the inline editor Edit opens. It acts
 * through the conversation's chat, so the store stays the one place messages change.
 */
export class MessageActions implements ReactiveController {
  /** The inline editor is open. */
  editing = false;
  private draft = '';
  private copied?: 'copied' | 'copyFailed';
  private copiedTimer?: ReturnType<typeof setTimeout>;
  /** This message is the conversation's last: its reply may be regenerated and its row stays visible. */
  private latest = false;
  private watched?: Chat;
  private stopWatching?: () => void;
  private focusAfterUpdate?: 'editor' | 'edit';

  constructor(
    private readonly host: MessageActionsHost,
    private readonly options: MessageActionsOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.watch(this.host.isConnected ? this.options.chat() : undefined);
    this.latest = this.isLatest();
  }

  hostUpdated(): void {
    this.host.toggleAttribute('editing', this.editing);
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (focus === 'editor') {
      const field = this.host.renderRoot.querySelector<HTMLTextAreaElement>('[part~="editor-input"]');
      field?.focus();
      field?.setSelectionRange(field.value.length, field.value.length);
    } else if (focus === 'edit') {
      this.host.renderRoot.querySelector<HTMLElement>('[part~="edit"]')?.focus();
    }
  }

  hostConnected(): void {
    // Back in a conversation (a moved element): find out again whether this message is its last.
    if (this.watched === undefined && this.options.chat()) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.watch(undefined);
    clearTimeout(this.copiedTimer);
  }

  /** Opens the inline editor on a user message in a conversation; does nothing elsewhere. */
  startEdit(): void {
    if (!this.canEdit() || this.editing) return;
    this.editing = true;
    this.draft = this.host.message!.content;
    this.focusAfterUpdate = 'editor';
    this.host.requestUpdate();
  }

  /** The editor in place of the bubble's content, while editing. */
  renderEditor(): TemplateResult | typeof nothing {
    if (!this.editing) return nothing;
    const { l10n } = this.options;
    return renderMessageEditor({
      draft: this.draft,
      labels: { editor: l10n.text('editorLabel'), cancel: l10n.text('cancelEdit'), send: l10n.text('sendEdit') },
      onInput: this.onDraft,
      onSend: this.onSendEdit,
      onCancel: this.onCancelEdit,
    });
  }

  /**
   * The actions row. Its space is kept from the reply's first chunk on (empty while it streams),
   * so neither the buttons appearing nor a hover ever moves the text around it.
   */
  render(): TemplateResult | typeof nothing {
    const status = this.host.status;
    if (status === 'pending' || this.editing) return nothing;
    if (status === 'streaming') return html`<div class="actions" part="actions" aria-hidden="true"></div>`;
    const { l10n } = this.options;
    const chat = this.options.chat();
    const message = this.host.message;
    const reply = this.host.from === 'assistant';
    const feedback = message?.feedback;
    return html`<div class="actions ${this.latest ? 'pinned' : ''}" part="actions">
      ${this.options.source()
        ? this.button('copy', this.copied ? l10n.text(this.copied) : l10n.text('copyMessage'), this.copied === 'copied' ? doneIcon : copyIcon, this.onCopy)
        : nothing}
      ${chat && message && this.host.from === 'user' ? this.button('edit', l10n.text('editMessage'), editIcon, this.onEdit) : nothing}
      ${chat && message && reply && status !== 'error'
        ? html`${this.button('feedback-up', l10n.text('goodResponse'), thumbUpIcon, this.onUp, feedback === 'up')}${this.button(
            'feedback-down',
            l10n.text('badResponse'),
            thumbDownIcon,
            this.onDown,
            feedback === 'down',
          )}`
        : nothing}
      ${chat && message && reply && this.latest && status !== 'error' ? this.button('regenerate', l10n.text('regenerate'), regenerateIcon, this.onRegenerate) : nothing}
      <span class="visually-hidden" role="status">${this.copied ? l10n.text(this.copied) : ''}</span>
    </div>`;
  }

  private button(part: string, label: string, icon: TemplateResult, onClick: () => void, pressed?: boolean) {
    return html`<button
      type="button"
      part=${part}
      class="action"
      aria-label=${label}
      title=${label}
      aria-pressed=${pressed === undefined ? nothing : String(pressed)}
      @click=${onClick}
    >
      ${icon}
    </button>`;
  }

  private canEdit(): boolean {
    return !!this.options.chat() && this.host.from === 'user' && !!this.host.message;
  }

  private isLatest(): boolean {
    const id = this.host.message?.id;
    return id !== undefined && this.watched?.$messageAtoms.get().at(-1)?.get().id === id;
  }

  /** Follows the conversation's list (it changes only when messages come or go), to know whether this message is its last. */
  private watch(chat: Chat | undefined) {
    if (chat === this.watched) return;
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.watched = chat;
    if (!chat) return;
    this.stopWatching = chat.$messageAtoms.listen(() => {
      if (this.isLatest() !== this.latest) this.host.requestUpdate();
    });
  }

  // Arrow functions: Lit binds them as listeners.
  private readonly onCopy = async () => {
    const button = this.host.renderRoot.querySelector<HTMLElement>('[part~="copy"]');
    const ok = button ? await copyText(this.options.source(), button) : false;
    this.copied = ok ? 'copied' : 'copyFailed';
    this.host.requestUpdate();
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => {
      this.copied = undefined;
      this.host.requestUpdate();
    }, COPIED_FOR_MS);
  };

  private readonly onEdit = () => this.startEdit();

  private readonly onDraft = (text: string) => {
    this.draft = text;
    this.host.requestUpdate();
  };

  private readonly onCancelEdit = () => {
    this.editing = false;
    this.focusAfterUpdate = 'edit';
    this.host.requestUpdate();
  };

  private readonly onSendEdit = () => {
    const text = this.draft.trim();
    const message = this.host.message;
    const chat = this.options.chat();
    if (!text || !message || !chat) return;
    this.onCancelEdit();
    const event = new CustomEvent<ChatEditDetail>('chat-edit', { bubbles: true, composed: true, cancelable: true, detail: { message, text } });
    if (this.host.dispatchEvent(event)) void chat.edit(message.id, text);
  };

  private readonly onRegenerate = () => void this.options.chat()?.regenerate();

  private readonly onUp = () => this.rate('up');

  private readonly onDown = () => this.rate('down');

  private rate(value: 'up' | 'down') {
    const message = this.host.message;
    if (message) this.options.chat()?.setFeedback(message.id, message.feedback === value ? null : value);
  }
}
