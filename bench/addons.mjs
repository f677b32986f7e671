// The add-on workload of bench/run.mjs: a 2,000-line code block highlighted and 200 formulas
// typeset, each in a fresh page from the ES module bundle (add-ons fetched from its own URL, so
// the first use pays for loading them); time until done and the longest task meanwhile.

export async function measureAddOns(browser, origin, { lines, formulas }) {
  const run = async (work) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/bench/pages/addons.html`);
      await page.waitForFunction(() => window.bench);
      return await page.evaluate(work.fn, work.arg);
    } finally {
      await context.close().catch(() => undefined);
    }
  };
  const highlight = await run({ fn: (count) => window.bench.highlight(count), arg: lines });
  const math = await run({ fn: (count) => window.bench.math(count), arg: formulas });
  return { highlightMs: highlight.doneMs, highlightLongestTaskMs: highlight.longest, highlightLongTasks: highlight.count, mathMs: math.doneMs, mathLongestTaskMs: math.longest, mathLongTasks: math.count };
}

export function addOnRows(summary, formatMs, { lines, formulas }) {
  return [
    ['work', 'done after', 'longest task', 'long tasks'],
    [`highlight a ${lines}-line code block`, formatMs(summary.highlightMs), formatMs(summary.highlightLongestTaskMs), summary.highlightLongTasks],
    [`typeset ${formulas} formulas`, formatMs(summary.mathMs), formatMs(summary.mathLongestTaskMs), summary.mathLongTasks],
  ];
}
