// Which work makes the long tasks: traces one bench page in Chromium (CDP tracing) and prints each
// main-thread task over 50 ms with what took its time (script by file and function, style, layout,
// paint, parsing, garbage collection).
//
//   node bench/long-tasks.mjs load [ours|deep-chat]    the page load (bundle evaluation + first render)
//   node bench/long-tasks.mjs highlight [lines]         a long code block highlighted (highlight add-on)
//   node bench/long-tasks.mjs math [count]              formulas typeset (math add-on)
//   node bench/long-tasks.mjs burst [text|markdown]     a 1 MiB reply in one burst
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const [what = 'load', arg] = process.argv.slice(2);
const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);

const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
const startTracing = () => cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });

if (what === 'load') {
  await startTracing();
  await page.goto(`${server.origin}/bench/pages/load.html?kit=${arg ?? 'ours'}`);
  await page.waitForFunction(() => window.loadResult, undefined, { timeout: 60000 });
} else if (what === 'burst') {
  await page.goto(`${server.origin}/bench/pages/chat-stream.html?format=${arg ?? 'markdown'}`);
  await page.waitForFunction(() => window.bench);
  await page.evaluate((url) => window.bench.prepare({ url }), '/reply?wire=rubyllm&bytes=1048576&chunks=250000');
  await startTracing();
  await page.evaluate(() => window.bench.reply());
} else {
  await page.goto(`${server.origin}/bench/pages/addons.html`);
  await page.waitForFunction(() => window.bench);
  await startTracing();
  await page.evaluate(([name, count]) => window.bench[name](count), [what, Number(arg ?? (what === 'math' ? 200 : 2000))]);
}
await cdp.send('Tracing.end');
await traced;

// Tasks on the renderer's main thread, and what ran inside each.
const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
const onMain = events.filter((event) => event.pid === main?.pid && event.tid === main?.tid && event.ph === 'X');
const tasks = onMain.filter((event) => event.name === 'RunTask' && event.dur > 50000);
const KINDS = { FunctionCall: 'script', EvaluateScript: 'evaluate', 'v8.compile': 'compile', 'v8.compileModule': 'compile', 'v8.evaluateModule': 'evaluate module', TimerFire: 'timer', FireAnimationFrame: 'frame callbacks', UpdateLayoutTree: 'style', Layout: 'layout', Paint: 'paint', PrePaint: 'prepaint', ParseHTML: 'parse HTML', MajorGC: 'GC', MinorGC: 'GC', 'V8.GC_SCAVENGER': 'GC', FireIdleCallback: 'idle callback', RunMicrotasks: 'microtasks', Commit: 'commit' };
console.log(`${what}${arg ? ` ${arg}` : ''}: ${tasks.length} task(s) over 50 ms`);
for (const task of tasks) {
  const inside = onMain.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur);
  const parts = new Map();
  for (const event of inside) {
    const kind = KINDS[event.name];
    if (!kind) continue;
    // Count only outermost events of each kind (a FunctionCall inside a FunctionCall is the same time).
    const nested = inside.some((outer) => outer !== event && KINDS[outer.name] === kind && outer.ts <= event.ts && outer.ts + outer.dur >= event.ts + event.dur && outer.dur > event.dur);
    if (nested) continue;
    const where = event.args?.data?.url ?? event.args?.data?.fileName ?? event.args?.data?.functionName ?? '';
    const key = `${kind}${where ? ` ${String(where).replace(/^.*\//, '')}${event.args?.data?.functionName ? ` ${event.args.data.functionName}` : ''}` : ''}`;
    parts.set(key, (parts.get(key) ?? 0) + event.dur / 1000);
  }
  const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([key, ms]) => `${key} ${ms.toFixed(0)} ms`);
  console.log(`  ${(task.dur / 1000).toFixed(0)} ms at ${((task.ts - tasks[0].ts) / 1000).toFixed(0)} ms: ${top.join('; ')}`);
}
await browser.close();
await server.close();
