import { expect } from '@open-wc/testing';
import { applyChunk, endReply, messageParts } from '../../src/store/apply-chunk.js';
import type { Chunk, Message } from '../../src/types.js';

const empty = (): Message => ({ id: 'm', role: 'assistant', content: '', status: 'streaming', toolCalls: [], parts: [] });
const apply = (chunks: Chunk[], start = empty(), clock = () => 0): Message => chunks.reduce((message, chunk) => applyChunk(message, chunk, clock()), start);

describe('applyChunk: parts', () => {
  it('keeps parts in stream order; text after another part starts a new text part; content is all the text', () => {
    const message = apply([
      { content: 'Let me ' },
      { content: 'check.' },
      { toolCalls: [{ id: 'c1', name: 'search', status: 'streaming' }] },
      { content: 'Found it.' },
    ]);
    expect(message.parts?.map((part) => part.type)).to.deep.equal(['text', 'tool-call', 'text']);
    expect(message.content).to.equal('Let me check.Found it.');
    expect(message.parts?.[0]).to.deep.equal({ type: 'text', text: 'Let me check.' });
  });

  it('times reasoning from its first to its last delta, and closes it when the answer starts', () => {
    let now = 1000;
    const clock = () => now;
    let message = apply([{ reasoning: { text: 'Hmm' } }], empty(), clock);
    now = 1400;
    message = applyChunk(message, { reasoning: { text: ', yes.' } }, now);
    expect(message.parts?.[0]).to.include({ type: 'reasoning', text: 'Hmm, yes.', state: 'streaming', durationMs: 400 });
    now = 9000;
    message = applyChunk(message, { content: 'Answer' }, now);
    expect(message.parts?.[0]).to.include({ state: 'done', durationMs: 400 });
  });

  it('a new reasoning id starts a new part; an end marks it done; a redacted block is a done, redacted part', () => {
    const message = apply([
      { reasoning: { id: 'a', text: 'one' } },
      { reasoning: { id: 'a', end: true } },
      { reasoning: { id: 'b', redacted: true, end: true } },
      { reasoning: { id: 'c', text: 'three', signature: 'si' } },
      { reasoning: { id: 'c', signature: 'g' } },
    ]);
    expect(message.parts?.map((part) => (part.type === 'reasoning' ? [part.text, part.state, part.redacted ?? false, part.signature ?? ''] : part.type))).to.deep.equal([
      ['one', 'done', false, ''],
      ['', 'done', true, ''],
      ['three', 'streaming', false, 'sig'],
    ]);
    expect(endReply(message, true).message.parts?.[2]).to.include({ state: 'done' });
  });

  it('moves a tool call through its states with status to match, and lists the same objects in toolCalls', () => {
    const states: string[] = [];
    let message = empty();
    for (const chunk of [
      { toolCalls: [{ id: 'c', name: 'book', arguments: '{"n":' }] },
      { toolCalls: [{ id: 'c', arguments: '2}', status: 'complete' as const }] },
      { toolCalls: [{ id: 'c', state: 'approval-requested' as const, approvalId: 'ap' }] },
      { toolCalls: [{ id: 'c', result: { ok: true } }] },
    ]) {
      message = applyChunk(message, chunk);
      const call = message.toolCalls[0]!;
      states.push(`${call.state}/${call.status}`);
      expect(message.parts?.[0]).to.equal(call);
    }
    expect(states).to.deep.equal(['input-streaming/streaming', 'input-available/complete', 'approval-requested/complete', 'output-available/complete']);
    expect(message.toolCalls[0]).to.deep.include({ arguments: { n: 2 }, approvalId: 'ap', result: { ok: true } });
    const failed = apply([{ toolCalls: [{ id: 'x', name: 'f', errorText: 'boom', providerExecuted: true }] }]);
    expect(failed.toolCalls[0]).to.include({ state: 'output-error', status: 'complete', errorText: 'boom', providerExecuted: true });
  });

  it('merges sources by id and adds the spans that cite them, even when the citation came before the text', () => {
    const message = apply([
      { sources: [{ id: 'u', url: 'https://a.example' }] },
      { content: 'Cited text.' },
      { sources: [{ id: 'u', title: 'A', span: { start: 0, end: 11 } }] },
      { sources: [{ id: 'u', span: { start: 0, end: 11 } }] },
      { content: ' More.' },
    ]);
    expect(message.parts).to.deep.equal([
      { type: 'source', id: 'u', url: 'https://a.example', title: 'A', spans: [{ start: 0, end: 11 }] },
      { type: 'text', text: 'Cited text. More.' },
    ]);
  });

  it('sources and data parts do not split the text around them; files and steps do', () => {
    const message = apply([{ content: 'a' }, { sources: [{ id: 's' }] }, { content: 'b' }, { data: [{ name: 'n', data: 1 }] }, { content: 'c' }, { files: [{ url: 'data:image/png;base64,AA==', mediaType: 'image/png' }] }, { content: 'd' }, { step: 'start' }, { content: 'e' }]);
    expect(message.parts?.map((part) => (part.type === 'text' ? part.text : part.type))).to.deep.equal(['abc', 'source', 'data', 'file', 'd', 'step-start', 'e']);
  });

  it('replaces a data part with the same name and id, and never stores a transient one', () => {
    const message = apply([
      { data: [{ name: 'weather', id: 'w', data: { status: 'loading' } }] },
      { data: [{ name: 'notice', data: 'hi', transient: true }] },
      { data: [{ name: 'weather', id: 'w', data: { status: 'done' } }] },
    ]);
    expect(message.parts).to.deep.equal([{ type: 'data', name: 'weather', id: 'w', data: { status: 'done' } }]);
  });

  it('a step start is never the first part, nor doubled', () => {
    const message = apply([{ step: 'start' }, { content: 'a' }, { step: 'finish' }, { step: 'start' }, { step: 'start' }, { content: 'b' }]);
    expect(message.parts?.map((part) => part.type)).to.deep.equal(['text', 'step-start', 'text']);
  });

  it('applies one chunk in a fixed order: reasoning, text, tool calls, sources, files, data', () => {
    const message = apply([{ data: [{ name: 'd', data: 0 }], files: [{ url: 'u', mediaType: 'image/png' }], sources: [{ id: 's' }], toolCalls: [{ id: 't', name: 'n' }], content: 'x', reasoning: { text: 'r' } }]);
    expect(message.parts?.map((part) => part.type)).to.deep.equal(['reasoning', 'text', 'tool-call', 'source', 'file', 'data']);
  });

  it('copies the parts array at most once per chunk, never for usage or model alone, and keeps other parts as they were', () => {
    const before = apply([{ reasoning: { text: 'r' } }, { toolCalls: [{ id: 't', name: 'n' }] }, { content: 'x' }]);
    const usage = applyChunk(before, { usage: { outputTokens: 3 }, model: 'm' });
    expect(usage.parts).to.equal(before.parts);
    const after = applyChunk(before, { content: 'y' });
    expect(after.parts).to.not.equal(before.parts);
    expect(after.parts?.slice(0, 2).every((part, index) => part === before.parts?.[index])).to.equal(true);
    expect(before.parts?.[2]).to.deep.equal({ type: 'text', text: 'x' });
  });

  it('reads a message without parts (0.1 code) as its content and tool calls', () => {
    const old = { id: 'o', role: 'assistant', content: 'Hi', status: 'complete', toolCalls: [{ id: 'c', name: 'n', arguments: {}, status: 'complete' }] } as unknown as Message;
    expect(messageParts(old).map((part) => part.type)).to.deep.equal(['text', 'tool-call']);
    expect(applyChunk(old, { content: '!' }).parts?.map((part) => (part.type === 'text' ? part.text : part.type))).to.deep.equal(['Hi', 'tool-call', '!']);
    expect(applyChunk({ ...old, toolCalls: [] }, { content: '!' }).parts).to.deep.equal([{ type: 'text', text: 'Hi!' }]);
  });

  it('carries on a message whose parts came from elsewhere (a copy, stored history): text and reasoning past sources', () => {
    const streamed = apply([{ reasoning: { text: 'Think' } }, { sources: [{ id: 's' }] }]);
    const copy = applyChunk({ ...streamed, parts: structuredClone(streamed.parts) }, { reasoning: { text: 'ing' } });
    expect(copy.parts?.map((part) => (part.type === 'reasoning' ? part.text : part.type))).to.deep.equal(['Thinking', 'source']);
    const text = apply([{ content: 'Hel' }, { data: [{ name: 'd', data: 1 }] }]);
    const more = applyChunk({ ...text, parts: structuredClone(text.parts) }, { content: 'lo' });
    expect(more.parts?.[0]).to.deep.equal({ type: 'text', text: 'Hello' });
    expect(more.content).to.equal('Hello');
  });

  it('endReply completes calls still streaming their input (only when the reply completed) and reports them', () => {
    const streaming = apply([{ toolCalls: [{ id: 'c', name: 'n', arguments: '{"a":1}' }] }]);
    expect(endReply(streaming, false).changed).to.deep.equal([]);
    const { message, changed } = endReply(streaming, true);
    expect(changed.map((call) => call.state)).to.deep.equal(['input-available']);
    expect(message.toolCalls[0]).to.equal(message.parts?.[0]);
    expect(message.toolCalls[0]).to.include({ status: 'complete' });
  });
});
