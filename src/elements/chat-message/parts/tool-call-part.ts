import { html, nothing, type TemplateResult } from 'lit';
import type { ChatStringKey } from '../../../locales/en.js';
import type { Message, ToolCall, ToolCallState } from '../../../types.js';
import type { LocalizeController } from '../../shared/localize-controller.js';
import { chevron, toolIcon } from './icons.js';
import { formatArguments, formatResult } from './tool-json.js';

/**
 * Renders a tool call your own way: return a node or a string to replace the call's default
 * card, or undefined to keep it. Called again whenever that call changes.
 */
export type ToolRenderer = (call: ToolCall, message: Message | undefined) => Node | string | undefined;

export interface ToolCardOptions {
  l10n: LocalizeController;
  /** The reply is still streaming: a call whose input is complete is running. */
  streaming: boolean;
  /** The reader pressed Approve or Deny. */
  answer: (call: ToolCall, approved: boolean) => void;
}

const labels: Record<ToolCallState, ChatStringKey> = {
  'input-streaming': 'toolInputStreaming',
  'input-available': 'toolRunning',
  'output-available': 'toolDone',
  'output-error': 'toolError',
  'approval-requested': 'toolAwaitingApproval',
  'output-denied': 'toolDenied',
};

/** The state in words: a call with its input but no result reads "Running" only while the reply streams. */
function stateLabel(call: ToolCall, options: ToolCardOptions): string {
  if (call.state === 'input-available' && !options.streaming) return options.l10n.text(call.approved ? 'toolApproved' : 'toolCalled');
  return options.l10n.text(labels[call.state] ?? 'toolCalled');
}

/**
 * A tool call's default card: a disclosure whose summary gives the tool's name and state, and
 * whose body shows the arguments and the result (pretty JSON, as text) or the error. It opens by
 * itself when the reader has something to do or to know (an approval request, an error); the
 * reader's own toggle stays, since the `open` binding only changes with that need.
 */
export function renderToolCard(call: ToolCall, options: ToolCardOptions): TemplateResult {
  const { l10n } = options;
  const needsReader = call.state === 'approval-requested' || call.state === 'output-error';
  return html`<details part="tool-call" class="tool-call card" data-state=${call.state} data-status=${call.status} ?open=${needsReader}>
    <summary>
      ${toolIcon}<span class="tool-name">${call.name || l10n.text('tool')}</span>
      <span class="tool-state">${stateLabel(call, options)}</span>
      ${chevron}
    </summary>
    <div class="tool-body">
      ${call.errorText ? html`<p class="tool-error" part="tool-error">${call.errorText}</p>` : nothing}
      <div class="tool-label">${l10n.text('toolArguments')}</div>
      <pre part="tool-arguments"><code>${formatArguments(call.arguments)}</code></pre>
      ${'result' in call
        ? html`<div class="tool-label">${l10n.text('toolResult')}</div>
            <pre part="tool-result"><code>${formatResult(call.result)}</code></pre>`
        : nothing}
      ${call.state === 'approval-requested' ? renderApproval(call, options) : nothing}
    </div>
  </details>`;
}

function renderApproval(call: ToolCall, { l10n, answer }: ToolCardOptions) {
  const question = l10n.text('toolApprovalQuestion', { name: call.name || l10n.text('tool') });
  return html`<div class="tool-approval" role="group" aria-label=${question}>
    <span class="tool-question">${question}</span>
    <span class="tool-actions">
      <button type="button" part="deny" class="deny" @click=${() => answer(call, false)}>${l10n.text('deny')}</button>
      <button type="button" part="approve" class="approve" @click=${() => answer(call, true)}>${l10n.text('approve')}</button>
    </span>
  </div>`;
}
