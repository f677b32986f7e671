import { expect } from '@open-wc/testing';
import { checkResponse } from '../../src/transport/check-response.js';

// The server is untrusted too: the patterns run on what it sends besides the reply (an HTML error
// page's title) must be linear. 100 KB of `<title` took seconds with one backtracking pattern.
describe('linear time on what an untrusted server sends', function () {
  this.timeout(60_000);
  for (const unit of ['<title', '<title ', '<title>', '<title><', '<TITLE a=b']) {
    it(`reads an HTML page of 100 KB of ${JSON.stringify(unit)} in linear time`, async () => {
      const body = unit.repeat(Math.ceil(100_000 / unit.length));
      const response = new Response(body, { headers: { 'content-type': 'text/html' } });
      const started = performance.now();
      const error = await checkResponse(response).catch((caught: unknown) => caught);
      expect(performance.now() - started).to.be.below(2000);
      expect((error as Error).message).to.contain('HTML page');
    });
  }

  it('still names the page by its title', async () => {
    const response = new Response('<html><head><TITLE>Sign in\n - Corp</TITLE></head></html>', { headers: { 'content-type': 'text/html' } });
    const error = (await checkResponse(response).catch((caught: unknown) => caught)) as Error;
    expect(error.message).to.contain(': Sign in - Corp');
  });
});
