/**
 * The odd corners of each format, written from the providers' documentation: envelopes that move
 * text or reasoning elsewhere, duplicated reasoning, signature-only deltas, several responses in
 * one stream, text only in a `.done` event, approval and denial.
 */
import { expect } from '@open-wc/testing';
import { createAdapter } from '../../src/protocols/registry.js';
import type { ProtocolName } from '../../src/protocols/types.js';
import { applyChunk, endReply } from '../../src/store/apply-chunk.js';
import type { Chunk, Message, Part } from '../../src/types.js';

/** Decodes events into a message the way the store does (chunks applied, then the reply's end). */
function decode(protocol: ProtocolName, events: Array<{ event?: string; data: unknown }>): { message: Message; end: string; chunks: Chunk[] } {
  const adapter = createAdapter(protocol);
  let message: Message = { id: 'r', role: 'assistant', content: '', status: 'streaming', toolCalls: [], parts: [] };
  let end = 'open';
  const chunks: Chunk[] = [];
  const sink = {
    chunk: (chunk: Chunk) => {
      chunks.push(chunk);
      message = applyChunk(message, chunk);
    },
    done: () => (end = 'done'),
    error: (error: Error) => (end = `${error.name}: ${error.message}`),
  };
  adapter.open?.({ format: 'sse' });
  for (const { event, data } of events) adapter.event({ event, data: typeof data === 'string' ? data : JSON.stringify(data) }, sink);
  if (end === 'open') adapter.close(sink);
  return { message: endReply(message, end === 'done').message, end, chunks };
}

const brief = (parts: Part[] | undefined) =>
  (parts ?? []).map((part) => {
    if (part.type === 'text') return `text:${part.text}`;
    if (part.type === 'reasoning') return `reasoning:${part.text}${part.redacted ? ' (redacted)' : ''}`;
    if (part.type === 'tool-call') return `tool:${part.name}:${part.state}`;
    if (part.type === 'source') return `source:${part.id}`;
    return part.type;
  });

const chat = (delta: object, extra: object = {}) => ({ data: { object: 'chat.completion.chunk', choices: [{ index: 0, delta }], ...extra } });

describe('odd streams', () => {
  it('openai: OpenRouter sends reasoning and reasoning_details with the same text: it is shown once', () => {
    const { message } = decode('openai', [
      chat({ reasoning: 'Think', reasoning_details: [{ type: 'reasoning.text', text: 'Think', format: 'unknown' }] }),
      chat({ reasoning: ' more', reasoning_details: [{ type: 'reasoning.text', text: ' more' }] }),
      chat({ content: 'Answer' }),
      { data: '[DONE]' },
    ]);
    expect(brief(message.parts)).to.deep.equal(['reasoning:Think more', 'text:Answer']);
  });

  it('openai: reasoning_details alone (text, summary, encrypted) and empty choices between chunks', () => {
    const { message, end } = decode('openai', [
      { data: { object: 'chat.completion.chunk', choices: [], prompt_filter_results: [] } },
      chat({ reasoning_details: [{ type: 'reasoning.summary', summary: 'Plan.' }] }),
      chat({ reasoning_details: [{ type: 'reasoning.encrypted', data: 'gAAAA' }] }),
      chat({ content: 'Hi' }),
      { data: { object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: 1, completion_tokens: 2 } } },
      { data: '[DONE]' },
    ]);
    expect(end).to.equal('done');
    expect(brief(message.parts)).to.deep.equal(['reasoning:Plan. (redacted)', 'text:Hi']);
    expect(message.usage).to.deep.equal({ inputTokens: 1, outputTokens: 2 });
  });

  it('openai: text under choice.message or choice.text (servers that copy other envelopes) is kept', () => {
    const { message } = decode('openai', [
      { data: { choices: [{ index: 0, message: { content: 'from message' } }] } },
      { data: { choices: [{ index: 0, text: ', from text' }] } },
      { data: { choices: [{ index: 0, delta: { content: [{ type: 'text', text: ', from an item' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,AA==' } }] } }] } },
      { data: '[DONE]' },
    ]);
    expect(message.content).to.equal('from message, from text, from an item');
    expect(brief(message.parts)).to.deep.equal(['text:from message, from text, from an item', 'file']);
  });

  it('anthropic: redacted thinking is a done, redacted reasoning part; signature deltas sign the thinking block', () => {
    const block = (index: number, content_block: object) => ({ event: 'content_block_start', data: { type: 'content_block_start', index, content_block } });
    const { message } = decode('anthropic', [
      block(0, { type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix' }),
      { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
      block(1, { type: 'thinking', thinking: '' }),
      { data: { type: 'content_block_delta', index: 1, delta: { type: 'signature_delta', signature: 'Sig' } } },
      { data: { type: 'content_block_stop', index: 1 } },
      block(2, { type: 'text', text: 'Hello' }),
      { data: { type: 'message_stop' } },
    ]);
    expect(message.parts).to.deep.equal([
      { type: 'reasoning', text: '', state: 'done', durationMs: 0, redacted: true },
      { type: 'reasoning', text: '', state: 'done', durationMs: 0, signature: 'Sig' },
      { type: 'text', text: 'Hello' },
    ]);
  });

  it('anthropic: an MCP tool use and its error result', () => {
    const { message } = decode('anthropic', [
      { data: { type: 'content_block_start', index: 0, content_block: { type: 'mcp_tool_use', id: 'mcptoolu_1', name: 'echo', server_name: 'demo', input: { text: 'hi' } } } },
      { data: { type: 'content_block_stop', index: 0 } },
      { data: { type: 'content_block_start', index: 1, content_block: { type: 'mcp_tool_result', tool_use_id: 'mcptoolu_1', is_error: true, content: [{ type: 'text', text: 'Server unreachable' }] } } },
      { data: { type: 'message_stop' } },
    ]);
    expect(message.toolCalls[0]).to.deep.include({ id: 'mcptoolu_1', arguments: { text: 'hi' }, state: 'output-error', errorText: 'Server unreachable', providerExecuted: true });
  });

  it('openai-responses: several responses in one stream are steps of one reply; text only in .done events is kept', () => {
    const created = (id: string) => ({ data: { type: 'response.created', response: { id, model: 'gpt-5' } } });
    const { message, end } = decode('openai-responses', [
      created('resp_1'),
      { data: { type: 'response.output_item.added', item: { id: 'fc_1', type: 'function_call', call_id: 'call_1', name: 'lookup', arguments: '' } } },
      { data: { type: 'response.output_item.done', item: { id: 'fc_1', type: 'function_call', call_id: 'call_1', name: 'lookup', arguments: '{"q":1}' } } },
      { data: { type: 'response.completed', response: { id: 'resp_1', output: [] } } },
      created('resp_2'),
      { data: { type: 'response.output_text.done', item_id: 'msg_2', content_index: 0, text: 'Only in done.' } },
      { data: { type: 'response.output_item.done', item: { id: 'msg_2', type: 'message', content: [{ type: 'output_text', text: 'Only in done.' }] } } },
      { data: { type: 'response.completed', response: { id: 'resp_2', output: [] } } },
    ]);
    expect(end).to.equal('done');
    expect(brief(message.parts)).to.deep.equal(['tool:lookup:input-available', 'step-start', 'text:Only in done.']);
    expect(message.toolCalls[0]?.arguments).to.deep.equal({ q: 1 });
  });

  it('openai-responses: an MCP approval request waits for the user; reasoning text (open models) is reasoning', () => {
    const { message } = decode('openai-responses', [
      { data: { type: 'response.reasoning_text.delta', item_id: 'rs_1', content_index: 0, delta: 'thinking…' } },
      { data: { type: 'response.output_item.done', item: { id: 'mcpr_1', type: 'mcp_approval_request', name: 'delete_file', server_label: 'fs', arguments: '{"path":"a"}' } } },
      { data: { type: 'response.completed', response: {} } },
    ]);
    expect(brief(message.parts)).to.deep.equal(['reasoning:thinking…', 'tool:delete_file:approval-requested']);
    expect(message.toolCalls[0]).to.deep.include({ approvalId: 'mcpr_1', arguments: { path: 'a' }, providerExecuted: true });
  });

  it('ai-sdk: a denied tool, a tool whose input was invalid, a document source, and transient data only in chunks', () => {
    const { message, chunks } = decode('ai-sdk', [
      { data: { type: 'tool-input-available', toolCallId: 'a', toolName: 'pay', input: { amount: 5 } } },
      { data: { type: 'tool-approval-request', toolCallId: 'a', approvalId: 'ap' } },
      { data: { type: 'tool-output-denied', toolCallId: 'a' } },
      { data: { type: 'tool-input-error', toolCallId: 'b', toolName: 'calc', input: 'not json', errorText: 'Invalid input' } },
      { data: { type: 'source-document', sourceId: 'doc-1', mediaType: 'application/pdf', title: 'Manual', filename: 'manual.pdf' } },
      { data: { type: 'data-progress', data: { percent: 50 }, transient: true } },
      { data: { type: 'finish' } },
    ]);
    expect(brief(message.parts)).to.deep.equal(['tool:pay:output-denied', 'tool:calc:output-error', 'source:doc-1']);
    expect(message.parts?.[2]).to.deep.equal({ type: 'source', id: 'doc-1', title: 'Manual', mediaType: 'application/pdf', filename: 'manual.pdf' });
    expect(chunks.flatMap((chunk) => chunk.data ?? [])).to.deep.equal([{ name: 'progress', data: { percent: 50 }, transient: true }]);
  });

  it('rubyllm: thinking given as an object and as text, without content', () => {
    const { message } = decode('rubyllm', [
      { data: { content: null, thinking: { text: 'Step one.', signature: 's1' } } },
      { data: { content: null, thinking: ' Step two.' } },
      { data: '"Result"' },
      { event: 'complete', data: {} },
    ]);
    expect(brief(message.parts)).to.deep.equal(['reasoning:Step one. Step two.', 'text:Result']);
  });
});
