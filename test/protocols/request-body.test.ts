import { expect } from '@open-wc/testing';
import { ConfigurationError } from '../../src/errors.js';
import { providerRequest } from '../../src/protocols/request-body.js';
import type { ChatRequest } from '../../src/types.js';

const request: ChatRequest = {
  prompt: 'And in Paris?',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Weather in Rome?' },
    { role: 'assistant', content: 'Sunny.' },
    { role: 'tool', content: '{"temp":20}' },
    { role: 'assistant', content: '' },
    { role: 'user', content: 'And in Paris?' },
  ],
};

describe('providerRequest', () => {
  it('builds an OpenAI Chat Completions streaming body that asks for usage', () => {
    const { body, headers } = providerRequest('openai', 'gpt-4o-mini', request);
    expect(headers).to.deep.equal({});
    expect(body).to.deep.equal({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Weather in Rome?' },
        { role: 'assistant', content: 'Sunny.' },
        { role: 'assistant', content: '' },
        { role: 'user', content: 'And in Paris?' },
      ],
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('builds a Responses API body with the conversation as input', () => {
    const { body } = providerRequest('openai-responses', 'gpt-4.1', request) as { body: Record<string, unknown> };
    expect(body.model).to.equal('gpt-4.1');
    expect(body.stream).to.equal(true);
    expect(body.input).to.have.length(5);
  });

  it('builds an Anthropic body with the system prompt apart, only non-empty user and assistant turns, and the version header', () => {
    const { body, headers } = providerRequest('anthropic', 'claude-sonnet-4-20250514', request);
    expect(headers).to.deep.equal({ 'anthropic-version': '2023-06-01' });
    expect(body).to.deep.equal({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 4096,
      system: 'Be brief.',
      messages: [
        { role: 'user', content: 'Weather in Rome?' },
        { role: 'assistant', content: 'Sunny.' },
        { role: 'user', content: 'And in Paris?' },
      ],
      stream: true,
    });
    const withoutSystem = providerRequest('anthropic', 'c', { prompt: 'hi', messages: [{ role: 'user', content: 'hi' }] }).body;
    expect(withoutSystem).to.not.have.property('system');
  });

  it('explains that the model attribute needs a provider protocol', () => {
    expect(() => providerRequest('rubyllm', 'gpt-4o', request)).to.throw(ConfigurationError, /model attribute.*"rubyllm"/);
  });
});
