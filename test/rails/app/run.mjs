// The Rails example's own tests: its pages in Chromium (Playwright) against the real Rails server
// (examples/rails/bin/dev: Rails 6.1, SQLite, Puma, ActionCable), started here.
//
//   node --test-reporter=spec --test-reporter-destination=stdout \
//        --test-reporter=./test/server/node-tally-reporter.mjs --test-reporter-destination=stdout \
//        test/rails/app/run.mjs          (npm run test:rails; needs `npm run build` first)
import { after, before, describe } from 'node:test';
import { CHUNK_INTERVAL_MS, launchBrowser } from './pages.mjs';
import { startRailsApp } from './rails-app.mjs';
import { cablePageTests } from './cable-page.test.mjs';
import { ssePageTests } from './sse-page.test.mjs';
import { turboPageTests } from './turbo-page.test.mjs';

/** Filled in before the tests run; each suite reads it when its tests start. */
const server = { origin: '', browser: undefined };

describe('Rails example', () => {
  let app;
  before(async () => {
    app = await startRailsApp({ chunkIntervalMs: CHUNK_INTERVAL_MS });
    server.origin = app.origin;
    server.browser = await launchBrowser();
  });
  after(async () => {
    await server.browser?.close();
    await app?.stop();
  });

  ssePageTests(server);
  turboPageTests(server);
  cablePageTests(server);
});
