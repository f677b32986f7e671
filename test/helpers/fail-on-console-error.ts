// Importing this file makes every test in the run fail when, during it, the page logs a
// console.error, throws an uncaught error, or leaves a promise rejection unhandled: problems that
// would otherwise only scroll past in the runner's log. A root-level mocha hook, so one import
// covers the whole page (each test file is its own page in web-test-runner).

interface Problem {
  kind: 'console.error' | 'uncaught error' | 'unhandled rejection';
  text: string;
}

const problems: Problem[] = [];

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

const installed = Symbol.for('chat-stream-elements.fail-on-console-error');
const flags = window as unknown as Record<symbol, boolean>;

if (!flags[installed]) {
  flags[installed] = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    problems.push({ kind: 'console.error', text: args.map(describe).join(' ') });
    original(...args);
  };
  window.addEventListener('error', (event) => {
    problems.push({ kind: 'uncaught error', text: describe(event.error ?? event.message) });
  });
  window.addEventListener('unhandledrejection', (event) => {
    problems.push({ kind: 'unhandled rejection', text: describe(event.reason) });
  });

  afterEach(async function failOnConsoleError() {
    // Rejections are reported after the microtask queue drains; give them a task to arrive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!problems.length) return;
    const found = problems.splice(0).map((problem) => `${problem.kind}: ${problem.text}`);
    // Mocha fails the current test (not the hook) with an error set on the hook, and runs the rest.
    (this.test as unknown as { error(error: Error): void }).error(new Error(`The page reported problems during "${this.currentTest?.fullTitle()}":\n${found.join('\n')}`));
  });
}

/** Clears what was recorded, for a test that provokes an error on purpose and checks it itself. */
export function forgetConsoleProblems(): void {
  problems.length = 0;
}
