// A private runner config for the Rails tests: the base config plus the Ruby peer. The shared
// web-test-runner.config.mjs gets the same two additions (see docs/rails.md).
import base from '../../web-test-runner.config.mjs';
import { startRubyPeer } from '../server/ruby-peer.mjs';

const ruby = await startRubyPeer();

export default {
  ...base,
  testRunnerHtml: (testFramework) =>
    base
      .testRunnerHtml(testFramework)
      .replace('<head>', `<head><script>window.__RUBY_PORT__ = ${ruby.port}; window.__RUBY_MISSING__ = ${JSON.stringify(ruby.missing ?? '')};</script>`),
};
