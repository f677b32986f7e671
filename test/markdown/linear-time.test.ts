import { expect } from '@open-wc/testing';
import { healMarkdown } from '../../src/markdown/heal-markdown.js';
import { isClosedBlock, splitBlocks } from '../../src/markdown/split-blocks.js';

// Every pattern and scan the kit runs on reply content must be linear in it. Each case below is
// 100 KB of one adversarial unit repeated (the shapes that make a backtracking pattern retry or
// nest: brackets, pipes, markers, blank lines, unclosed HTML). A linear scan of 100 KB takes a few
// milliseconds; the quadratic and exponential patterns these tests were written against took from
// tens of seconds to forever. The bound sits between, far from both, so the test is not a timing
// assert that load can flip.
const SIZE = 100_000;
const BOUND_MS = 2000;

function adversarial(prefix: string, unit: string, suffix: string): string {
  return prefix + unit.repeat(Math.ceil(SIZE / unit.length)) + suffix;
}

function elapsed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('linear time on adversarial content', function () {
  this.timeout(120_000);

  const healUnits = [
    '[', '![', '[a', '[a](', '[a](b', '[a](b "', '](', '"', '| ', '|', '|-', '- |', ': ', ' *', '* ', '**', '_',
    '~~', '`', '``', '\\', '<a', '<a ', '<', '\n', '\n\n', ' \n', '- ', '1. ', '---\n', '* * ', 'http://', 'www.', 'a@',
  ];
  // Each prefix leads a scan down another path: plain text, a table header (delimiter rows), a half
  // link, a list item, a heading.
  const healPrefixes = ['', '| a | b |\n', '[x](', 'see [', '- ', '# '];
  for (const unit of healUnits) {
    it(`heals 100 KB of ${JSON.stringify(unit)} in linear time`, () => {
      for (const prefix of healPrefixes) {
        for (const suffix of ['', 'x', '\n']) {
          const input = adversarial(prefix, unit, suffix);
          const ms = elapsed(() => {
            healMarkdown(input, true);
            healMarkdown(input, false);
          });
          expect(ms, `${JSON.stringify(prefix)} + ${JSON.stringify(unit)}… + ${JSON.stringify(suffix)}`).to.be.below(BOUND_MS);
        }
      }
    });
  }

  const splitUnits = [
    // An unclosed HTML block with a blank line in it, again and again (was re-lexed per block).
    '<div>\nx\n\n', '<!--', '<!-- x', '<style>\nx\n\n', '<pre>\n\n', '<!--\nx\n\n', '<textarea>\n\n',
    '\n', '\n\n', '\n \n', '\t\n', 'x\n\n', '# h\n', '- a\n\n', '> q\n\n', '|a|\n|-|\n',
  ];
  const splitPrefixes = ['', '```\n', '    code\n'];
  for (const unit of splitUnits) {
    it(`splits 100 KB of ${JSON.stringify(unit)} into blocks in linear time`, () => {
      for (const prefix of splitPrefixes) {
        for (const suffix of ['', 'x']) {
          const input = adversarial(prefix, unit, suffix);
          const ms = elapsed(() => {
            for (const block of splitBlocks(input)) isClosedBlock(block);
          });
          expect(ms, `${JSON.stringify(prefix)} + ${JSON.stringify(unit)}… + ${JSON.stringify(suffix)}`).to.be.below(BOUND_MS);
        }
      }
    });
  }

  it('still ends an unclosed HTML block at its blank line (the blocks after it survive)', () => {
    const blocks = splitBlocks('<div>\nx\n\n'.repeat(3000) + '# After\n');
    expect(blocks).to.have.length(3001);
    expect(blocks[3000].type).to.equal('heading');
  });
});
