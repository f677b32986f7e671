import { expect } from '@open-wc/testing';
import { errorFromResponse, parseRetryAfter, RateLimitError, AuthenticationError, ServerError, HttpError } from '../src/errors.js';

describe('errors', () => {
  it('reads Retry-After given in seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7')).to.equal(7000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).to.equal(30000);
    expect(parseRetryAfter('soon')).to.equal(undefined);
  });

  it('types an HTTP failure by status and takes the message from a JSON body', () => {
    const limited = errorFromResponse(429, 'Too Many Requests', '{"error":{"message":"Slow down"}}', new Headers({ 'retry-after': '3' }));
    expect(limited).to.be.instanceOf(RateLimitError);
    expect(limited.message).to.contain('Slow down');
    expect((limited as RateLimitError).retryAfter).to.equal(3000);
    expect(errorFromResponse(401, '', '')).to.be.instanceOf(AuthenticationError);
    expect(errorFromResponse(403, '', '')).to.be.instanceOf(AuthenticationError);
    expect(errorFromResponse(502, '', '<html>bad gateway</html>')).to.be.instanceOf(ServerError);
    const notFound = errorFromResponse(404, 'Not Found', 'no route');
    expect(notFound).to.be.instanceOf(HttpError);
    expect(notFound.status).to.equal(404);
    expect(notFound.body).to.equal('no route');
  });
});
