// The page-load workload of bench/run.mjs: a fresh page fetches and evaluates a kit's bundle and
// renders a short conversation; the longest task and the main thread's script time from navigation
// to the first paint of the conversation.

/** One round for `kit` (`ours` or `deep-chat`) in a fresh context. */
export async function measurePageLoad(browser, origin, kit) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(`${origin}/bench/pages/load.html?kit=${kit}`);
    await page.waitForFunction(() => window.loadResult, undefined, { timeout: 60000 });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    const result = await page.evaluate(() => ({ ...window.loadResult, tasks: window.loadTasks }));
    return {
      importMs: result.importMs,
      renderMs: result.renderMs,
      totalMs: result.totalMs,
      scriptMs: metric.ScriptDuration * 1000,
      busyMs: metric.TaskDuration * 1000,
      longestTaskMs: result.tasks.length ? Math.max(...result.tasks) : 0,
      longTasks: result.tasks.length,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

export function pageLoadRows(results, formatMs) {
  const rows = [['kit', 'import (fetch + evaluate)', 'first render', 'script (whole load)', 'busy (whole load)', 'longest task', 'long tasks']];
  for (const [key, summary] of Object.entries(results)) {
    rows.push([key === 'ours' ? 'chat-stream-elements.js' : 'deep-chat 2.4', formatMs(summary.importMs), formatMs(summary.renderMs), formatMs(summary.scriptMs), formatMs(summary.busyMs), formatMs(summary.longestTaskMs), summary.longTasks]);
  }
  return rows;
}
