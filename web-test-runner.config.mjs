import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { scriptedStreamMiddleware } from './test/server/scripted-stream.mjs';
import { startWebSocketServer } from './test/server/ws-server.mjs';
import { tallyReporter } from './test/server/tally-reporter.mjs';
import { startRubyPeer } from './test/server/ruby-peer.mjs';
import { cspPageMiddleware } from './test/server/csp-page.mjs';
import { chromeArgs, chromePath } from './scripts/chrome.mjs';
import { demoBackendMiddleware } from './test/server/demo-backend-middleware.mjs';
import { collectGarbagePlugin } from './test/lifecycle/collect-garbage-plugin.mjs';

const ws = await startWebSocketServer();
// A real Ruby peer (Sinatra SSE + ActionCable on Puma); when Ruby is missing the Rails tests fail loudly.
const ruby = await startRubyPeer();

const files = process.env.TEST_FILES ?? 'test/**/*.test.ts';

export default {
  files,
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 240000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), collectGarbagePlugin()],
  middleware: [cspPageMiddleware(), scriptedStreamMiddleware(), demoBackendMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: [...chromeArgs, '--disable-quic'],
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html><head><meta charset="utf-8">
<script>window.process = { env: { NODE_ENV: 'development' } }; window.__WS_PORT__ = ${ws.port}; window.__RUBY_PORT__ = ${ruby.port}; window.__RUBY_MISSING__ = ${JSON.stringify(ruby.missing ?? '')};</script>
</head><body><script type="module" src="${testFramework}"></script>
<script type="module">import '/test/helpers/fail-on-console-error.ts';</script></body></html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), tallyReporter()],
};
