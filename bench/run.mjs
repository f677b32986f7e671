// npm run bench [-- --quick] [--rounds=N] [--only=burst,paced,history,load,addons,parser] [--contenders=floor,text,markdown,deep-chat] [--no-build]
//
// Drives Debian's Chromium (scripts/chrome.mjs: CHROME_PATH, or Debian's) with playwright-core, one fresh
// browser context per round, against the real SSE server in bench/server.mjs. Prints a table per
// workload and writes bench-results/<time>.json and bench-results/latest.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';
import { startServer } from './server.mjs';
import { addOnRows, measureAddOns } from './addons.mjs';
import { measurePageLoad, pageLoadRows } from './page-load.mjs';
import { formatMs, markdownTable, summarize, table } from './stats.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];

const quick = flag('quick');
const rounds = Number(option('rounds') ?? (quick ? 1 : 3));
const only = option('only')?.split(',');
const onlyContenders = option('contenders')?.split(',');

const MiB = 1024 * 1024;
const workloads = {
  burst: { kind: 'reply', bytes: quick ? MiB / 4 : MiB, chunks: quick ? 62500 : 250000, timeoutMs: 120000, deepChatTimeoutMs: quick ? 10000 : 30000 },
  paced: { kind: 'reply', bytes: quick ? 4096 : 16384, chunks: quick ? 1024 : 4096, rate: 500, timeoutMs: 60000, deepChatTimeoutMs: 120000 },
  history: { kind: 'history', count: 2000, scrollFrames: quick ? 60 : 120, scrollStep: 40, timeoutMs: 60000, deepChatTimeoutMs: 60000 },
  load: { kind: 'load' },
  addons: { kind: 'addons', lines: 2000, formulas: 200 },
};
const contenders = {
  floor: { page: '/bench/pages/floor.html', wire: 'rubyllm' },
  text: { page: '/bench/pages/chat-stream.html?format=text', wire: 'rubyllm', label: '<chat-stream format="text">' },
  markdown: { page: '/bench/pages/chat-stream.html?format=markdown', wire: 'rubyllm', label: '<chat-stream format="markdown">' },
  'deep-chat': { page: '/bench/pages/deep-chat.html', wire: 'deepchat' },
};

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  const bundle = join(root, 'dist/chat-stream-elements.js');
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < newestMtime(join(root, 'src'));
  if (flag('no-build') && !stale) return;
  if (flag('no-build')) {
    console.warn('dist/ is older than src/ (measuring it anyway: --no-build)');
    return;
  }
  if (!stale && !flag('build')) return;
  console.log('Building (npm run build)…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize;
}

class Timeout extends Error {}
function withTimeout(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Timeout()), ms)))]).finally(() => clearTimeout(timer));
}

async function openPage(browser, origin, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.warn(`  page error (${path}): ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  await page.goto(origin + path);
  return { context, page, cdp };
}

async function emptyPageHeap(browser, origin) {
  const { context, cdp } = await openPage(browser, origin, '/bench/pages/empty.html');
  const heap = await heapAfterGc(cdp);
  await context.close();
  return heap;
}

async function measureReply(browser, server, name, workload, contender, round, emptyHeap) {
  const { context, page, cdp } = await openPage(browser, server.origin, contender.page);
  const run = `${name}-${contender.key}-${round}-${Date.now()}`;
  const params = new URLSearchParams({ wire: contender.wire, bytes: workload.bytes, chunks: workload.chunks, run });
  if (workload.rate) params.set('rate', workload.rate);
  try {
    await page.waitForFunction(() => window.bench && window.benchMeasure);
    await page.evaluate((options) => window.bench.prepare(options), { url: `/reply?${params}` });
    const heapBefore = await heapAfterGc(cdp);
    await page.evaluate(() => window.benchMeasure.resetLongTasks());
    const before = await metrics(cdp);
    const timeout = contender.key === 'deep-chat' ? workload.deepChatTimeoutMs : workload.timeoutMs;
    const started = Date.now();
    let result;
    try {
      result = await withTimeout(
        page.evaluate(async () => {
          const outcome = await window.bench.reply();
          return { ...outcome, paintedEpoch: window.benchMeasure.epoch(outcome.painted) };
        }),
        timeout,
      );
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      return { timedOut: true, wallMs: Date.now() - started, busyMs: undefined, note: `not painted after ${timeout / 1000} s` };
    }
    const after = await metrics(cdp);
    const tasks = await page.evaluate(() => window.benchMeasure.longTasks());
    const heapAfter = await heapAfterGc(cdp);
    const streamEnd = server.streamEnd(run);
    return {
      ok: result.ok,
      busyMs: (after.TaskDuration - before.TaskDuration) * 1000,
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      layoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
      wallMs: result.painted - result.t0,
      longestTaskMs: tasks.longest,
      longTasks: tasks.count,
      heapGrowthMiB: (heapAfter - heapBefore) / MiB,
      heapAboveEmptyMiB: (heapAfter - emptyHeap) / MiB,
      endToPaintMs: streamEnd ? result.paintedEpoch - streamEnd : undefined,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function measureHistory(browser, server, workload, contender) {
  const { context, page, cdp } = await openPage(browser, server.origin, `${contender.page}${contender.page.includes('?') ? '&' : '?'}count=${workload.count}`);
  try {
    await page.waitForFunction(() => window.bench && window.benchMeasure);
    await page.evaluate(() => window.bench.prepareHistory());
    await heapAfterGc(cdp);
    await page.evaluate(() => window.benchMeasure.resetLongTasks());
    const before = await metrics(cdp);
    const timeout = contender.key === 'deep-chat' ? workload.deepChatTimeoutMs : workload.timeoutMs;
    let result;
    try {
      result = await withTimeout(page.evaluate(() => window.bench.history()), timeout);
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      return { timedOut: true, firstPaintMs: timeout, note: `not painted after ${timeout / 1000} s` };
    }
    const painted = await metrics(cdp);
    const openTasks = await page.evaluate(() => window.benchMeasure.longTasks());
    // Work deferred past the first paint (lazy rendering) still counts: let it run, then measure.
    await sleep(500);
    const settled = await metrics(cdp);
    const scrollBefore = settled;
    const scroll = await page.evaluate(({ frames, step }) => window.benchMeasure.scrollThrough(window.bench.scroller(), frames, step), { frames: workload.scrollFrames, step: workload.scrollStep });
    const scrollAfter = await metrics(cdp);
    return {
      firstPaintMs: result.painted - result.t0,
      busyToPaintMs: (painted.TaskDuration - before.TaskDuration) * 1000,
      busyMs: (settled.TaskDuration - before.TaskDuration) * 1000,
      longestTaskMs: openTasks.longest,
      longTasks: openTasks.count,
      scrollBusyMs: (scrollAfter.TaskDuration - scrollBefore.TaskDuration) * 1000,
      ...scroll,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

const ratio = (value, floor) => (value === undefined || !floor ? '–' : `${(value / floor).toFixed(2)}x`);
const mib = (value) => (value === undefined ? '–' : `${value.toFixed(1)} MiB`);
const lowerBound = (summary, text) => (summary.timedOut ? `> ${text}` : text);

function replyRows(results, name) {
  const floor = results.floor?.busyMs;
  const header = ['contender', 'busy', 'x floor', 'wall', 'longest task', 'long tasks', 'heap vs empty page', 'heap growth'];
  if (name === 'paced') header.push('end → painted');
  const rows = [header];
  for (const [key, summary] of Object.entries(results)) {
    const row = [
      contenders[key].label ?? key,
      summary.timedOut ? `> ${formatMs(summary.wallMs)}` : formatMs(summary.busyMs),
      summary.timedOut ? `> ${ratio(summary.wallMs, floor)}` : ratio(summary.busyMs, floor),
      lowerBound(summary, formatMs(summary.wallMs)),
      formatMs(summary.longestTaskMs),
      summary.longTasks ?? '–',
      mib(summary.heapAboveEmptyMiB),
      mib(summary.heapGrowthMiB),
    ];
    if (name === 'paced') row.push(formatMs(summary.endToPaintMs));
    rows.push(row);
  }
  return rows;
}

function historyRows(results) {
  const rows = [['contender', 'first paint', 'busy to paint', 'busy (settled)', 'longest task', 'scroll p95 frame', 'janky frames', 'scroll longest task']];
  for (const [key, summary] of Object.entries(results)) {
    rows.push([
      contenders[key].label ?? key,
      lowerBound(summary, formatMs(summary.firstPaintMs)),
      formatMs(summary.busyToPaintMs),
      formatMs(summary.busyMs),
      formatMs(summary.longestTaskMs),
      formatMs(summary.p95FrameMs),
      summary.jankyFrames === undefined ? '–' : `${summary.jankyFrames}/${summary.frames ?? workloads.history.scrollFrames}`,
      formatMs(summary.scrollLongestTaskMs),
    ]);
  }
  return rows;
}

/** The issue's targets, checked against this run's medians. */
function checkTargets(all) {
  const checks = [];
  const check = (label, pass, detail) => checks.push({ label, pass, detail });
  const burst = all.burst;
  if (burst?.floor && burst.text) check('burst: text ≤ 1.5x floor busy', burst.text.busyMs <= 1.5 * burst.floor.busyMs, ratio(burst.text.busyMs, burst.floor.busyMs));
  if (burst?.floor && burst.markdown) check('burst: markdown ≤ 3x floor busy', burst.markdown.busyMs <= 3 * burst.floor.busyMs, ratio(burst.markdown.busyMs, burst.floor.busyMs));
  for (const name of ['burst', 'paced']) {
    for (const key of ['text', 'markdown']) {
      const summary = all[name]?.[key];
      if (!summary) continue;
      check(`${name}: ${key} no task over 50 ms`, summary.longestTaskMs <= 50, formatMs(summary.longestTaskMs));
      const deep = all[name]['deep-chat'];
      if (deep) {
        const deepBusy = deep.timedOut ? deep.wallMs : deep.busyMs;
        check(`${name}: ${key} ≥ 10x less busy than deep-chat`, summary.busyMs * 10 <= deepBusy, `${deep.timedOut ? '≥ ' : ''}${(deepBusy / summary.busyMs).toFixed(1)}x`);
      }
      if (name === 'paced') check(`paced: ${key} painted ≤ 100 ms after the stream's end`, summary.endToPaintMs <= 100, formatMs(summary.endToPaintMs));
      if (name === 'burst') check(`burst: ${key} heap ≤ 10 MiB above an empty page`, summary.heapAboveEmptyMiB <= 10, mib(summary.heapAboveEmptyMiB));
    }
  }
  if (all.load?.ours) check('page load: no task over 50 ms', all.load.ours.longestTaskMs <= 50, formatMs(all.load.ours.longestTaskMs));
  if (all.addons?.ours) {
    check('highlighting 2,000 lines: no task over 50 ms', all.addons.ours.highlightLongestTaskMs <= 50, formatMs(all.addons.ours.highlightLongestTaskMs));
    check('200 formulas: no task over 50 ms', all.addons.ours.mathLongestTaskMs <= 50, formatMs(all.addons.ours.mathLongestTaskMs));
  }
  if (burst?.floor && burst.markdown) check('burst: markdown ≤ 2.5x floor busy (issue 13)', burst.markdown.busyMs <= 2.5 * burst.floor.busyMs, ratio(burst.markdown.busyMs, burst.floor.busyMs));
  for (const key of ['text', 'markdown']) {
    const summary = all.history?.[key];
    if (!summary) continue;
    check(`history: ${key} first paint < 200 ms`, summary.firstPaintMs < 200, formatMs(summary.firstPaintMs));
    check(`history: ${key} smooth scroll (no janky frame, no long task)`, summary.jankyFrames === 0 && summary.scrollLongTasks === 0, `${summary.jankyFrames} janky, longest task ${formatMs(summary.scrollLongestTaskMs)}`);
  }
  return checks;
}

async function main() {
  buildIfStale();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: [...chromeArgs, '--enable-precise-memory-info'],
  });
  const startedAt = new Date();
  const loadBefore = loadavg();
  console.log(`chat-stream-elements bench${quick ? ' (--quick: smaller workloads, 1 round)' : ''}: ${rounds} round(s), Chromium ${browser.version()}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadBefore.map((value) => value.toFixed(1)).join(' ')}`);
  const emptyHeap = await emptyPageHeap(browser, server.origin);
  const raw = {};
  const results = {};
  const tables = {};
  for (const [name, workload] of Object.entries(workloads)) {
    if (only && !only.includes(name)) continue;
    raw[name] = {};
    if (workload.kind === 'load' || workload.kind === 'addons') {
      const kits = workload.kind === 'load' ? ['ours', ...(!onlyContenders || onlyContenders.includes('deep-chat') ? ['deep-chat'] : [])] : ['ours'];
      for (let round = 0; round < rounds; round++) {
        for (const kit of kits) {
          const measured = workload.kind === 'load' ? await measurePageLoad(browser, server.origin, kit) : await measureAddOns(browser, server.origin, workload);
          (raw[name][kit] ??= []).push(measured);
          console.log(`  ${name} ${kit} round ${round + 1}: longest task ${formatMs(measured.longestTaskMs ?? Math.max(measured.highlightLongestTaskMs, measured.mathLongestTaskMs))}`);
        }
      }
      results[name] = Object.fromEntries(Object.entries(raw[name]).map(([key, list]) => [key, summarize(list)]));
      const rows = workload.kind === 'load' ? pageLoadRows(results[name], formatMs) : addOnRows(results[name].ours, formatMs, workload);
      const title = workload.kind === 'load' ? 'page load: the bundle fetched and evaluated, then 6 markdown messages rendered' : 'add-ons: loaded from the ES module bundle\'s URL on first use';
      tables[name] = { title, rows };
      console.log(`\n${title} (medians of ${rounds})\n${table(rows)}\n`);
      continue;
    }
    const selected = Object.entries(contenders).filter(([key]) => !onlyContenders || onlyContenders.includes(key));
    for (let round = 0; round < rounds; round++) {
      // Rounds interleave the contenders, so a busy spell on the machine touches all of them.
      for (const [key, contender] of selected) {
        // deep-chat needs tens of seconds per reply (a minute for the paced one): one round, capped,
        // keeps the run to a few minutes; it is an order of magnitude off, so one round tells.
        if (key === 'deep-chat' && workload.kind === 'reply' && round > 0) continue;
        const started = Date.now();
        const measured =
          workload.kind === 'reply'
            ? await measureReply(browser, server, name, workload, { ...contender, key }, round, emptyHeap)
            : await measureHistory(browser, server, workload, { ...contender, key });
        (raw[name][key] ??= []).push(measured);
        console.log(`  ${name} ${key} round ${round + 1}: ${measured.timedOut ? measured.note : `${formatMs(measured.busyMs ?? measured.firstPaintMs)}${measured.ok === false ? ' (INCOMPLETE: end marker not shown)' : ''}`} [${formatMs(Date.now() - started)}]`);
      }
    }
    results[name] = Object.fromEntries(Object.entries(raw[name]).map(([key, list]) => [key, summarize(list)]));
    const rows = workload.kind === 'reply' ? replyRows(results[name], name) : historyRows(results[name]);
    const title = workload.kind === 'reply'
      ? `${name}: ${(workload.bytes / 1024).toFixed(0)} KiB markdown reply in ${workload.chunks} chunks${workload.rate ? ` at ${workload.rate} chunks/s` : ' in one burst'}`
      : `history: ${workload.count} messages opened at once, then scrolled up ${workload.scrollStep} px per frame for ${workload.scrollFrames} frames`;
    tables[name] = { title, rows };
    console.log(`\n${title} (medians of ${rounds})\n${table(rows)}\n`);
  }
  await browser.close();
  await server.close();

  if (!only || only.includes('parser')) {
    console.log('');
    const { measureThroughput } = await import('./parser-throughput.mjs');
    results.parser = measureThroughput();
  }

  const checks = checkTargets(results);
  console.log('Targets:');
  for (const { label, pass, detail } of checks) console.log(`  ${pass ? 'PASS' : 'MISS'}  ${label}: ${detail}`);
  const loadAfter = loadavg();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: browser.version(),
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
  };
  const busy = Math.max(loadBefore[0], loadAfter[0]) > cpus().length * 0.75;
  if (busy) console.log(`\nNote: the machine was busy (load average ${loadBefore[0].toFixed(1)} → ${loadAfter[0].toFixed(1)} on ${cpus().length} cores); absolute figures are inflated, ratios less so.`);
  const report = {
    startedAt: startedAt.toISOString(),
    quick,
    rounds,
    machine,
    machineBusy: busy,
    workloads,
    results,
    raw,
    targets: checks,
    markdown: Object.fromEntries(Object.entries(tables).map(([name, { title, rows }]) => [name, `**${title}**\n\n${markdownTable(rows)}`])),
  };
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(report, null, 2));
  console.log(`\nWrote ${file.slice(root.length + 1)} (and bench-results/latest.json)`);
}

await main();
