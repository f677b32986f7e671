// Small helpers for the bench's numbers and its table.

export function median(values) {
  const list = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (!list.length) return undefined;
  const middle = Math.floor(list.length / 2);
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
}

/** Medians of every numeric field over the rounds; `timedOut` if any round timed out. */
export function summarize(rounds) {
  const keys = new Set(rounds.flatMap((round) => Object.keys(round)));
  const summary = { rounds: rounds.length };
  for (const key of keys) {
    const values = rounds.map((round) => round[key]);
    if (values.some((value) => typeof value === 'number')) summary[key] = median(values);
  }
  if (rounds.some((round) => round.timedOut)) summary.timedOut = true;
  if (rounds.some((round) => round.ok === false)) summary.incomplete = true;
  return summary;
}

export function formatMs(value) {
  if (value === undefined) return '–';
  return value >= 10000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

/** A plain-text table: `rows` are arrays of cells, the first row the header. */
export function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ');
  return [line(rows[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, for docs/performance.md. */
export function markdownTable(rows) {
  // Tag names in backticks, or Markdown renders them as (invisible) HTML.
  const cell = (value) => (String(value).includes('<') ? `\`${value}\`` : String(value));
  const line = (row) => `| ${row.map(cell).join(' | ')} |`;
  return [line(rows[0]), line(rows[0].map((_, column) => (column === 0 ? '---' : '---:'))), ...rows.slice(1).map(line)].join('\n');
}
