import { expect } from '@open-wc/testing';
import { AuthenticationError, ChatStreamError, ConfigurationError, HttpError, RateLimitError, ServerError } from '../../src/errors.js';
import { errorFromResponse, parseRetryAfter } from '../../src/transport/http-error.js';

describe('HTTP errors', () => {
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
    expect(limited.retryAfter).to.equal(3000);
    expect(errorFromResponse(401, '', '')).to.be.instanceOf(AuthenticationError);
    expect(errorFromResponse(403, '', '')).to.be.instanceOf(AuthenticationError);
    expect(errorFromResponse(502, '', '<html>bad gateway</html>')).to.be.instanceOf(ServerError);
    const notFound = errorFromResponse(404, 'Not Found', 'no route');
    expect(notFound).to.be.instanceOf(HttpError);
    expect(notFound.status).to.equal(404);
    expect(notFound.body).to.equal('no route');
  });

  it('gives a 503 the wait its Retry-After asks for, and no other status one', () => {
    const overloaded = errorFromResponse(503, 'Service Unavailable', '', new Headers({ 'retry-after': '2' }));
    expect(overloaded).to.be.instanceOf(ServerError);
    expect(overloaded.retryAfter).to.equal(2000);
    expect(errorFromResponse(500, '', '', new Headers({ 'retry-after': '2' })).retryAfter).to.equal(undefined);
  });
});

describe('error classes', () => {
  it('are all ChatStreamErrors that keep their cause', () => {
    const cause = new TypeError('underlying');
    const configuration = new ConfigurationError('no channel', { cause });
    expect(configuration).to.be.instanceOf(ChatStreamError);
    expect(configuration.name).to.equal('ConfigurationError');
    expect(configuration.cause).to.equal(cause);
    const limited = HttpError.forStatus('HTTP 429', 429, '', { cause, retryAfter: 5 });
    expect(limited).to.be.instanceOf(RateLimitError);
    expect([limited.cause, limited.retryAfter]).to.deep.equal([cause, 5]);
  });
});
