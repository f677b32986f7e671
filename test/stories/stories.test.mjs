// Renders every story of the Storybook static build in headless Chromium and fails a story on any
// console error, page error or failed request, on a Storybook error, or when the story's element is
// missing or empty. Node's test runner runs them, one test per story or docs page:
//   npm run build-storybook && npm run test:stories      (`-- --test-name-pattern=chat-message` runs only some)
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { serveStatic } from './static-server.mjs';

const folder = process.env.STORYBOOK_STATIC ?? 'storybook-static';
const built = existsSync(`${folder}/index.json`);
const entries = built ? Object.values(JSON.parse(readFileSync(`${folder}/index.json`, 'utf8')).entries) : [];
// Stories, and docs pages where the build has them (autodocs, with @storybook/addon-docs).
const stories = entries.filter((entry) => entry.type === 'story' || entry.type === 'docs');

/** The element a story must render: the last segment of its title (`Elements/chat-stream`). */
const tagOf = (entry) => entry.title.split('/').pop();

/**
 * Shows a story the way Storybook's own sidebar does (over its channel, without reloading the
 * page), then, where the story has a `delay` control, sets it to 0 so its reply plays at once.
 * Resolves with the channel event that ended the render.
 */
function showStory(page, entry) {
  return page.evaluate(
    ({ storyId, viewMode }) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const endings = ['storyRendered', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
        const listeners = [];
        const once = () =>
          new Promise((settled) => {
            for (const name of endings) {
              const listener = (payload) => {
                for (const [event, handler] of listeners.splice(0)) channel.off(event, handler);
                settled({ name, message: payload?.message ?? payload?.title ?? (typeof payload === 'string' ? payload : '') });
              };
              listeners.push([name, listener]);
              channel.on(name, listener);
            }
          });
        const first = once();
        channel.emit('setCurrentStory', { storyId, viewMode });
        first.then(async (ending) => {
          const hasDelay = ending.name === 'storyRendered' && window.__STORYBOOK_PREVIEW__?.storyStore?.args?.get(storyId)?.delay !== undefined;
          if (!hasDelay) return resolve(ending);
          const second = once();
          channel.emit('updateStoryArgs', { storyId, updatedArgs: { delay: 0 } });
          resolve(await second);
        });
      }),
    { storyId: entry.id, viewMode: entry.type === 'docs' ? 'docs' : 'story' },
  );
}

/**
 * Waits until no conversation is still streaming (a live reply reached its end, error or stop).
 * A docs page plays every story of its component at the story's own speed, the long reply among
 * them (about 12 s alone, more on a busy machine), so it gets longer than a single story.
 */
async function settle(page, root = '#storybook-root', timeout = 15_000) {
  await page.waitForFunction(
    (scope) => [...document.querySelectorAll(`${scope} chat-stream`)].every((element) => element.getAttribute('status') !== 'streaming'),
    root,
    { timeout, polling: 50 },
  );
  // A frame for chat-message's frame-batched updates, and time for a late error to surface.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
}

/** Renders one entry and adds what went wrong to `problems`. */
async function renderEntry(page, entry, problems) {
  const ending = await showStory(page, entry);
  const expected = entry.type === 'docs' ? 'docsRendered' : 'storyRendered';
  if (ending.name !== expected) {
    problems.push(`${ending.name}: ${ending.message}`);
  } else if (entry.type === 'docs') {
    // A docs page shows every story of its component, each with its element (under load, a moment
    // after Storybook reports the page rendered).
    const shown = await page
      .waitForFunction((name) => document.querySelectorAll(`#storybook-docs ${name}`).length > 0, tagOf(entry), { timeout: 10_000, polling: 100 })
      .then(() => true, () => false);
    if (!shown) problems.push(`the docs page shows no <${tagOf(entry)}>`);
    await settle(page, '#storybook-docs', 60_000);
  } else {
    const tag = tagOf(entry);
    const rendered = await page.evaluate((name) => {
      const element = document.querySelector(`#storybook-root ${name}`);
      return Boolean(element?.shadowRoot && element.shadowRoot.childNodes.length > 0);
    }, tag);
    if (!rendered) problems.push(`<${tag}> is missing from the story, or rendered nothing`);
    await settle(page);
  }
}

describe('stories', () => {
  let server;
  let browser;
  let page;
  // What the page reported since the current test began.
  let problems = [];

  before(async () => {
    server = await serveStatic(folder);
    browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text().split('\n').slice(0, 3).join('\n      ')}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    // The preview page loads once, on an empty story list position; each story is then selected in it.
    await page.goto(`${server.origin}/iframe.html?viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(() => Boolean(window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__?.storyStore), undefined, { timeout: 30_000 });
    assert.deepEqual(problems, [], 'the Storybook preview failed to load');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the Storybook build has stories', () => {
    assert(built, `No ${folder}/index.json: run \`npm run build-storybook\` first.`);
    assert(stories.length > 0, 'No stories found in index.json.');
  });

  for (const entry of stories) {
    it(`${entry.title} › ${entry.name} (${entry.id})`, async () => {
      problems = [];
      await renderEntry(page, entry, problems);
      assert.deepEqual(problems, [], `${entry.title} › ${entry.name} reported problems`);
    });
  }
});
