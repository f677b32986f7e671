import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { messageParts } from '../../../store/apply-chunk.js';
import { handleCopyClick } from '../../../markdown/code-copy.js';
import type { MarkdownFeatures } from '../../../markdown/features.js';
import type { ReplyPhase } from '../../../markdown/streaming-markdown-view.js';
import type { Message, Part, SourcePart, ToolCall } from '../../../types.js';
import type { LocalizeController } from '../../shared/localize-controller.js';
import type { Citation } from './citations.js';
import { renderFile } from './file-part.js';
import { PartViews, type ViewFormat } from './part-views.js';
import { renderReasoning } from './reasoning-part.js';
import { renderSources, sourceEntryId } from './sources-part.js';
import { renderToolCard, type ToolRenderer } from './tool-call-part.js';

/** What the parts are rendered from, read from the element at each update. */
export interface PartsInput {
  /** The message shown; without one, `text` is the content (a standalone element's own text). */
  message: Message | undefined;
  text: string;
  format: ViewFormat;
  /** Where the reply stands: the last text part streams, or ended whole, or was cut. */
  phase: ReplyPhase;
  renderTool: ToolRenderer | undefined;
}

export interface PartsOptions {
  l10n: LocalizeController;
  /** The reader pressed Approve or Deny on `call`. */
  answer: (call: ToolCall, approved: boolean) => void;
}

/**
 * A message's parts, in the order the stream delivered them: text (each part its own streaming
 * view), reasoning, tool calls, files; then the sources as one numbered list. Data parts are
 * the app's, not the reader's, and are not shown; a new step is a little space.
 *
 * Rendering is O(parts) per frame; each text or reasoning view is brought up to date only when
 * its own part changed, so a reasoning delta does not touch the answer's blocks.
 */
export class MessageParts {
  private readonly views = new PartViews();
  /** The reader's own toggles of reasoning disclosures, by part index. */
  private readonly chosen = new Map<number, boolean>();
  private readonly customTools = new Map<string, { call: ToolCall; shown: Node | string | undefined }>();
  private renderer?: ToolRenderer;
  private messageId?: string;
  private parts: readonly Part[] = [];

  constructor(private readonly options: PartsOptions) {}

  render(input: PartsInput): TemplateResult {
    const { message } = input;
    if (message?.id !== this.messageId) {
      // Another message: nothing the reader chose about the last one applies.
      this.messageId = message?.id;
      this.chosen.clear();
      this.customTools.clear();
      this.views.clearCitations();
    }
    const parts = (this.parts = message ? messageParts(message) : input.text ? [{ type: 'text', text: input.text }] : []);
    const rows: number[] = [];
    const sources: SourcePart[] = [];
    let hasText = false;
    parts.forEach((part, index) => {
      if (part.type === 'source') sources.push(part);
      else if (part.type !== 'data') rows.push(index);
      if (part.type === 'text') hasText = true;
    });
    // Always one text container (part="content"), so a reply's first words have a place to go.
    if (!hasText) rows.push(parts.length);
    return html`<div class="parts" @click=${this.onClick}>
        ${repeat(rows, (index) => index, (index) => this.renderPart(parts[index], index, input))}
      </div>
      ${renderSources(sources, this.options.l10n)}`;
  }

  /** After rendering: brings each view up to date with its part. `root` holds the rendered parts. */
  update(root: ParentNode, input: PartsInput, features: MarkdownFeatures): void {
    const wrapper = root.querySelector('.parts');
    if (!wrapper) return;
    const parts = this.parts;
    const citations = input.format === 'markdown' ? citationsByText(parts) : undefined;
    const lastText = lastIndexOf(parts, 'text');
    let offset = 0;
    for (const row of Array.from(wrapper.children) as HTMLElement[]) {
      const index = Number(row.dataset.index);
      const part = parts[index] as Part | undefined;
      if (part?.type === 'reasoning') {
        const body = row.querySelector<HTMLElement>('.reasoning-body');
        if (body) this.views.show(body, part, part.text, input.format, part.state === 'streaming' ? 'streaming' : 'complete', { ...features, allowHtml: false });
      } else if (part?.type === 'text' || row.getAttribute('part') === 'content') {
        const text = part?.type === 'text' ? part.text : '';
        // Only the last text may still grow; one a tool call or reasoning followed is finished.
        const phase = index === lastText ? input.phase : 'complete';
        this.views.show(row, part ?? row, text, input.format, phase, features);
        const cited = citations?.get(offset);
        if (cited) this.views.cite(row, text, cited, (number) => this.options.l10n.text('citation', { number }));
        offset += text.length;
      }
    }
  }

  private renderPart(part: Part | undefined, index: number, input: PartsInput): TemplateResult | typeof nothing {
    const { l10n } = this.options;
    switch (part?.type) {
      case undefined:
      case 'text':
        return html`<div part="content" class="content ${input.format}" dir=${input.format === 'text' ? 'auto' : nothing} data-index=${index}></div>`;
      case 'reasoning':
        return html`<div class="part" data-index=${index}>
          ${renderReasoning(part, { l10n, chosen: this.chosen.get(index), choose: (open) => this.chosen.set(index, open) })}
        </div>`;
      case 'tool-call':
        return html`<div class="part" data-index=${index}>${this.renderToolCall(part, input)}</div>`;
      case 'file':
        return html`<div class="part" data-index=${index}>${renderFile(part, l10n)}</div>`;
      case 'step-start':
        return html`<div class="step" data-index=${index} aria-hidden="true"></div>`;
      default:
        return nothing;
    }
  }

  private renderToolCall(call: ToolCall, input: PartsInput) {
    if (input.renderTool !== this.renderer) {
      this.renderer = input.renderTool;
      this.customTools.clear();
    }
    if (input.renderTool) {
      // Asked again only when the call changed, not on every frame of the text around it.
      let custom = this.customTools.get(call.id);
      if (!custom || !sameCall(custom.call, call)) this.customTools.set(call.id, (custom = { call, shown: input.renderTool(call, input.message) }));
      if (custom.shown !== undefined && custom.shown !== null) return html`<div class="tool-custom" data-state=${call.state}>${custom.shown}</div>`;
    }
    return renderToolCard(call, { l10n: this.options.l10n, streaming: input.phase === 'streaming', answer: this.options.answer });
  }

  // Arrow function: Lit binds it as a listener.
  private readonly onClick = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[part="citation"]');
    if (!link) {
      void handleCopyClick(event);
      return;
    }
    // Fragment links do not reach into a shadow root: move to the list entry by hand.
    event.preventDefault();
    const root = link.getRootNode() as ShadowRoot | Document;
    const entry = root.getElementById(sourceEntryId(Number((link as HTMLElement).dataset.source)));
    // Focusing the entry scrolls it into view.
    entry?.focus();
  };
}

/** The same call: the same object, or (a message built without parts makes new ones each time) the same fields. */
function sameCall(a: ToolCall, b: ToolCall): boolean {
  if (a === b) return true;
  const keys = Object.keys(b) as Array<keyof ToolCall>;
  return keys.length === Object.keys(a).length && keys.every((key) => a[key] === b[key]);
}

function lastIndexOf(parts: readonly Part[], type: Part['type']): number {
  for (let at = parts.length - 1; at >= 0; at--) if (parts[at].type === type) return at;
  return -1;
}

/**
 * The citations of each text part, by the part's offset in `content`: source `n` (its place in
 * the list) for each span of it, made relative to the text part its end falls in.
 */
function citationsByText(parts: readonly Part[]): Map<number, Citation[]> | undefined {
  let byOffset: Map<number, Citation[]> | undefined;
  let number = 0;
  for (const part of parts) {
    if (part.type !== 'source') continue;
    number += 1;
    if (!part.spans?.length) continue;
    for (const span of part.spans) {
      let offset = 0;
      for (const text of parts) {
        if (text.type !== 'text') continue;
        if (span.end > offset && span.end <= offset + text.text.length) {
          byOffset ??= new Map();
          const list = byOffset.get(offset) ?? [];
          list.push({ number, start: Math.max(0, span.start - offset), end: span.end - offset });
          byOffset.set(offset, list);
          break;
        }
        offset += text.text.length;
      }
    }
  }
  return byOffset;
}
