// A test-runner command that forces a full garbage collection in the test page through the Chrome
// DevTools Protocol and reports the JS heap afterwards, so lifecycle tests can prove objects are
// collectable and measure the heap without launching Chromium with --js-flags=--expose-gc.
//
//   executeServerCommand('collect-garbage') -> { usedSize, totalSize } (bytes, after a full GC)
export function collectGarbagePlugin() {
  return {
    name: 'collect-garbage',
    async executeCommand({ command, session }) {
      if (command !== 'collect-garbage') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('collect-garbage needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('HeapProfiler.enable');
        // Two passes: the first may only queue finalizers and weak-reference clearing.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
        return { usedSize, totalSize };
      } finally {
        await cdp.detach();
      }
    },
  };
}
