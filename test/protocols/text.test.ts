import { expect } from '@open-wc/testing';
import { fixturesFor } from '../fixtures/streams.js';
import { decodeEvents, expectSameAtEveryBoundary, expectSameForRandomCuts } from './decode-helper.js';

describe('text protocol', () => {
  for (const fixture of fixturesFor('text')) {
    it(`${fixture.name}: the reader sees the same text however the network splits the bytes`, () => {
      expectSameAtEveryBoundary(fixture);
      expectSameForRandomCuts(fixture);
    });
  }

  it('shows JSON-looking text as it is and ends normally when the stream closes', () => {
    const { message, end } = decodeEvents('text', ['{"not":', ' parsed}']);
    expect(message.content).to.equal('{"not": parsed}');
    expect(end).to.equal('done');
  });
});
