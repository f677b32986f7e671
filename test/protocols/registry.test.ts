import { expect } from '@open-wc/testing';
import { ConfigurationError } from '../../src/errors.js';
import { protocolNames } from '../../src/protocols/types.js';
import { createAdapter } from '../../src/protocols/registry.js';

describe('createAdapter', () => {
  it('gives a fresh adapter for every protocol name, so two replies never share tool-call state', () => {
    for (const name of protocolNames) {
      const first = createAdapter(name);
      expect(first.name).to.equal(name);
      expect(createAdapter(name)).to.not.equal(first);
    }
    expect(createAdapter('auto')).to.have.property('detected', undefined);
  });

  it('explains an unknown protocol name with a ConfigurationError', () => {
    expect(() => createAdapter('grpc' as 'text')).to.throw(ConfigurationError, /Unknown protocol "grpc".*rubyllm/);
  });
});
