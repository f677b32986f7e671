import { expect } from '@open-wc/testing';
import { ConfigurationError } from '../../../src/errors.js';
import { transportFromConfig, type RequestConfig } from '../../../src/elements/chat-stream/request-config.js';

const base: RequestConfig = { src: '/chat', method: 'POST', protocol: 'rubyllm', headers: {} };

function capturingWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

async function failureOf(config: RequestConfig): Promise<unknown> {
  const transport = transportFromConfig(config);
  const controller = new AbortController();
  try {
    await transport.open({ prompt: 'hi', messages: [], signal: controller.signal }, { onEvent: () => undefined });
  } catch (error) {
    return error;
  } finally {
    controller.abort();
  }
  return undefined;
}

describe('transportFromConfig', () => {
  it('warns once, naming it, about each attribute a WebSocket cannot send', () => {
    const config: RequestConfig = { ...base, src: 'ws://127.0.0.1:1/chat', headers: { authorization: 'Bearer x' }, method: 'GET', model: 'gpt-4o' };
    const first = capturingWarnings(() => transportFromConfig(config));
    expect(first).to.have.length(3);
    expect(first.join('\n')).to.contain('transport="websocket" cannot use `headers`').and.contain('`method`').and.contain('`model`');
    expect(capturingWarnings(() => transportFromConfig(config))).to.deep.equal([]);
  });

  it('warns about body, headers and resume on ActionCable, and nothing about what it uses', () => {
    const warnings = capturingWarnings(() =>
      transportFromConfig({ ...base, transport: 'actioncable', channel: 'ChatChannel', body: () => ({}), headers: () => ({}), resume: true, idleTimeout: 5000 }),
    );
    expect(warnings.map((warning) => /`(\w+)`/.exec(warning)?.[1])).to.deep.equal(['headers', 'body', 'resume']);
  });

  it('says nothing when every attribute set is one the transport uses', () => {
    expect(capturingWarnings(() => transportFromConfig({ ...base, headers: { 'x-csrf-token': 't' }, resume: true, body: () => ({}) }))).to.deep.equal([]);
  });

  it('fails the reply with a ConfigurationError for a missing or malformed ActionCable channel', async () => {
    const missing = await failureOf({ ...base, transport: 'actioncable' });
    expect(missing).to.be.instanceOf(ConfigurationError);
    expect((missing as Error).message).to.contain('needs a `channel` attribute');
    const malformed = await failureOf({ ...base, transport: 'actioncable', channel: '{"channel": ' });
    expect(malformed).to.be.instanceOf(ConfigurationError);
    expect((malformed as Error).message).to.contain('not valid JSON');
  });
});
