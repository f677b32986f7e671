import { html } from 'lit';

export interface MessageEditorProps {
  draft: string;
  labels: { editor: string; cancel: string; send: string };
  onInput(text: string): void;
  onSend(): void;
  onCancel(): void;
}

/** Rows the draft needs, for browsers without `field-sizing` (the CSS caps the height). */
const rowsFor = (text: string) => Math.max(2, text.split('\n').length);

/**
 * The inline editor of a user message, in its bubble: Enter sends, Shift+Enter adds a line,
 * Escape cancels; an input method's own Enter and Escape are left to it.
 */
export function renderMessageEditor(props: MessageEditorProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      // Handled: the conversation around does not also take Escape as "stop the reply".
      event.preventDefault();
      props.onCancel();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      props.onSend();
    }
  };
  return html`<div class="editor" part="editor">
    <textarea
      part="editor-input"
      aria-label=${props.labels.editor}
      rows=${rowsFor(props.draft)}
      .value=${props.draft}
      @input=${(event: Event) => props.onInput((event.target as HTMLTextAreaElement).value)}
      @keydown=${onKeyDown}
    ></textarea>
    <div class="editor-buttons">
      <button type="button" part="editor-cancel" class="editor-cancel" @click=${props.onCancel}>${props.labels.cancel}</button>
      <button type="button" part="editor-send" class="editor-send" ?disabled=${!props.draft.trim()} @click=${props.onSend}>${props.labels.send}</button>
    </div>
  </div>`;
}
