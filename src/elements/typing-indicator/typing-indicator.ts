import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../shared/define-element.js';
import { themeTokens, visuallyHidden } from '../shared/theme.js';
import { LocalizeController } from '../shared/localize-controller.js';
import type { ChatStrings } from '../../locales/en.js';
import { typingIndicatorStyles } from './typing-indicator.styles.js';

/**
 * @summary Three animated dots that say the assistant is writing. Hidden unless `active`; still
 * under `prefers-reduced-motion: reduce`.
 *
 * @csspart indicator - The status box holding the dots.
 * @csspart dot - Each of the three dots.
 *
 * @cssproperty --chat-typing-dot-size - Diameter of a dot.
 * @cssproperty --chat-typing-dot-color - Colour of the dots (defaults to `--chat-muted`).
 * @cssproperty --chat-typing-duration - Length of one animation cycle.
 * @cssproperty --chat-assistant-bg - Background of the box.
 * @cssproperty --chat-radius - Corner radius of the box.
 */
export class TypingIndicatorElement extends LitElement {
  static override styles = [themeTokens, visuallyHidden, typingIndicatorStyles];

  /** Defines the element under `tag` (default `typing-indicator`); warns instead of throwing when the tag is taken. */
  static define(tag = 'typing-indicator'): void {
    defineElement(tag, this);
  }

  /** Shown and announced while true. */
  @property({ type: Boolean, reflect: true }) active = false;

  /** What assistive technology announces (default: the `typing` string, "Assistant is typing"). */
  @property() label?: string;

  /** UI text by key (`typing`); else those of the `<chat-stream>` around it, else English. */
  @property({ attribute: false }) strings?: Partial<ChatStrings>;

  /** Language of the text; default: the nearest `lang` in the page. */
  @property({ reflect: true }) override lang!: string;

  private readonly l10n = new LocalizeController(this);

  protected override render() {
    const label = this.label ?? this.l10n.text('typing');
    // The text is present only while active, so the status region announces it when it appears.
    return html`<div part="indicator" class="indicator" role="status" aria-label=${label}>
      <span class="dot" part="dot" aria-hidden="true"></span><span class="dot" part="dot" aria-hidden="true"></span><span
        class="dot"
        part="dot"
        aria-hidden="true"
      ></span>
      <span class="visually-hidden">${this.active ? label : ''}</span>
    </div>`;
  }
}
