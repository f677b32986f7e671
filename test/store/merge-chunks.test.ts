import { expect } from '@open-wc/testing';
import { mergeChunks } from '../../src/store/merge-chunks.js';

describe('mergeChunks (the chunk event of a batch)', () => {
  it('gives one chunk as it is', () => {
    const chunk = { content: 'Hi' };
    expect(mergeChunks([chunk])).to.equal(chunk);
  });

  it('concatenates text and reasoning, keeps tool-call deltas and sources in order, merges usage, takes the last model', () => {
    const merged = mergeChunks([
      { reasoning: { id: 'r', text: 'Let me ' } },
      { reasoning: { id: 'r', text: 'think.' }, content: 'The ' },
      { content: 'answer', toolCalls: [{ id: 'c', name: 'f', arguments: '{"a":' }], usage: { inputTokens: 3 }, model: 'm-1' },
      { toolCalls: [{ id: 'c', arguments: '1}' }], sources: [{ id: 's', url: 'https://example.com' }], usage: { outputTokens: 2 }, model: 'm-2' },
    ]);
    expect(merged).to.deep.equal({
      reasoning: { id: 'r', text: 'Let me think.' },
      content: 'The answer',
      toolCalls: [
        { id: 'c', name: 'f', arguments: '{"a":' },
        { id: 'c', arguments: '1}' },
      ],
      sources: [{ id: 's', url: 'https://example.com' }],
      usage: { inputTokens: 3, outputTokens: 2 },
      model: 'm-2',
    });
  });
});
