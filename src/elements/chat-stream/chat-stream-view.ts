import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MessageAtom } from '../../store/chat.js';
import type { ReplyWait } from '../../transport/types.js';
import type { ChatStatus } from '../../types.js';
import type { ChatSubmitDetail, UploadHook } from '../chat-composer/chat-composer.js';
import type { ToolRenderer } from '../chat-message/parts/tool-call-part.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import type { HistoryController } from './history-controller.js';
import { renderEmptyState } from './empty-state.js';
import { composerParts, messageParts } from './forwarded-parts.js';
import { bindMessage } from './message-binding.js';
import { renderWait } from './wait-text.js';

/** The `<chat-stream>` properties the view shows (the element itself is one). */
export interface ChatStreamViewSettings {
  readonly format: 'markdown' | 'text';
  readonly allowHtml: boolean;
  readonly highlight: boolean;
  readonly math: boolean;
  readonly renderTool?: ToolRenderer;
  readonly suggestions: string[];
  readonly noComposer: boolean;
  readonly placeholder?: string;
  readonly accept?: string;
  readonly maxFileSize?: number;
  readonly upload?: UploadHook;
}

/** The conversation as the element holds it at this render. */
export interface ChatStreamViewState {
  status: ChatStatus;
  messages: readonly MessageAtom[];
  wait?: ReplyWait;
  /** Which of the messages are rendered (a long history's newest), and whether earlier ones are being added. */
  history: Pick<HistoryController, 'shown' | 'state' | 'loading'>;
  /** The view follows the newest text (no "jump to latest" button). */
  following: boolean;
  l10n: LocalizeController;
}

/** What the view's controls do; the element keeps them as stable functions, so listeners stay put. */
export interface ChatStreamViewActions {
  suggest: (prompt: string) => void;
  showEarlier: () => void;
  jumpToLatest: () => void;
  submit: (event: CustomEvent<ChatSubmitDetail>) => void;
  stop: () => void;
}

/** The shadow DOM of `<chat-stream>`: the log of messages, its buttons and the composer. */
export function renderChatStream(settings: ChatStreamViewSettings, state: ChatStreamViewState, actions: ChatStreamViewActions) {
  const { status, messages, wait, history, l10n } = state;
  const busy = status === 'submitted' || status === 'streaming';
  // Old messages added above are not news: the live region stays quiet while they are.
  const live = history.loading ? 'off' : 'polite';
  return html`<div class="frame">
    <div class="log" part="log" role="log" aria-live=${live} aria-relevant="additions" aria-busy=${busy ? 'true' : 'false'} tabindex="0" aria-label=${l10n.text('conversation')}>
      <div class="log-content">
        ${messages.length === 0 ? renderEmptyState(settings.suggestions, l10n, actions.suggest) : nothing}
        ${history.state.hidden > 0
          ? html`<button class="load-earlier" part="load-earlier" type="button" @click=${actions.showEarlier}>${l10n.text('showEarlier')}</button>`
          : nothing}
        ${repeat(
          history.shown(messages),
          (message) => message.get().id,
          (message) => renderMessageRow(settings, message),
        )}
        <typing-indicator ?active=${status === 'submitted' && !wait}></typing-indicator>
        ${wait ? renderWait(wait, l10n) : nothing}
      </div>
    </div>
    ${!state.following && messages.length > 0
      ? html`<button class="jump" part="jump" type="button" @click=${actions.jumpToLatest}>${l10n.text('jumpToLatest')}</button>`
      : nothing}
    ${settings.noComposer
      ? nothing
      : html`<slot name="composer" @chat-submit=${actions.submit} @chat-stop=${actions.stop}>
          <chat-composer
            exportparts=${composerParts}
            placeholder=${settings.placeholder ?? nothing}
            ?busy=${busy}
            accept=${settings.accept ?? nothing}
            .maxFileSize=${settings.maxFileSize}
            .upload=${settings.upload}
          ></chat-composer>
        </slot>`}
  </div>`;
}

/** One message; its atom feeds it directly, so a chunk updates this row alone. */
function renderMessageRow(settings: ChatStreamViewSettings, message: MessageAtom) {
  return html`<chat-message
    from=${message.get().role}
    format=${message.get().role === 'assistant' ? settings.format : 'text'}
    .allowHtml=${settings.allowHtml} .highlight=${settings.highlight} .math=${settings.math} .renderTool=${settings.renderTool}
    exportparts=${messageParts}
    ${bindMessage(message)}
  ></chat-message>`;
}

/** Where the next question is typed: the slotted composer, else the built-in one, else (with none) the log. */
export function focusComposer(host: ChatStreamViewSettings & HTMLElement & { readonly renderRoot: ParentNode }): void {
  const composer = host.noComposer ? undefined : (host.querySelector<HTMLElement>('[slot="composer"]') ?? host.renderRoot.querySelector<HTMLElement>('chat-composer'));
  (composer ?? host.renderRoot.querySelector<HTMLElement>('.log'))?.focus();
}
