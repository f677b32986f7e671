import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isClosedBlock, splitBlocks } from '../../src/markdown/split-blocks.js';

describe('splitBlocks', () => {
  it('splits a reply into its top-level blocks', () => {
    const blocks = splitBlocks('# Title\n\nText\nmore text\n\n- a\n- b\n\n```js\nx\n\ny\n```\n');
    expect(blocks.map((block) => block.type)).to.deep.equal(['heading', 'paragraph', 'list', 'code']);
    expect(blocks[3].raw).to.equal('```js\nx\n\ny\n```\n');
  });

  it('ends an unclosed <style>, <script>, <textarea> or comment at a blank line so later blocks survive', () => {
    for (const opener of ['<style>', '<script>', '<textarea>', '<!--', '<pre>']) {
      const blocks = splitBlocks(`${opener}\nbad\n\n# Later\n\nText`);
      expect(blocks.map((block) => block.type), opener).to.deep.equal(['html', 'heading', 'paragraph']);
    }
  });

  it('never loses or adds a character: the blocks add up to the source', () => {
    const pieces = fc.constantFrom('# h', 'text', '**b', '`c', '- li', '1. n', '> q', '```', '~~~', '| a | b |', '|---|', '<style>', '<!--', '-->', '<div>', '\n', '\n\n', '   ', '\t', '[l](http://x', ')', '***', '---', '===');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        expect(splitBlocks(source).map((block) => block.raw).join('')).to.equal(source);
      }),
      { numRuns: 400, seed: 20261125 },
    );
  });

  it('treats a paragraph as still open until a blank line follows it', () => {
    const [paragraph] = splitBlocks('Text\n- item');
    expect(isClosedBlock(paragraph)).to.equal(false);
    expect(isClosedBlock(splitBlocks('Text\n\n- item')[0])).to.equal(true);
    expect(isClosedBlock(splitBlocks('# Heading\nText')[0])).to.equal(true);
  });
});
