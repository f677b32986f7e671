// Prints one closing line that CI reads as the tally: "tests: N passed, N failed, N skipped".
export function tallyReporter() {
  const tally = { passed: 0, failed: 0, skipped: 0 };
  const count = (suite) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) tally.skipped += 1;
      else if (test.passed) tally.passed += 1;
      else tally.failed += 1;
    }
    for (const child of suite?.suites ?? []) count(child);
  };
  let sessionsFailedToRun = 0;
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) sessionsFailedToRun += 1;
      }
    },
    stop() {
      process.on('exit', () => {
        // A test file that failed to load counts as a failure, so a broken file never passes quietly.
        const failed = tally.failed + sessionsFailedToRun;
        console.log(`tests: ${tally.passed} passed, ${failed} failed, ${tally.skipped} skipped`);
      });
    },
  };
}
