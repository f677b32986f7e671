// A reporter for Node's test runner (`--test-reporter`) that ends with the tally line `npm test`
// sums and CI reads: "tests: N passed, N failed, N skipped". Suites are not counted, their tests
// are; a suite that failed outside its tests (a `before` hook: a server did not start) fails the run.
export default async function* tallyReporter(source) {
  const tally = { passed: 0, failed: 0, skipped: 0 };
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (data.details?.type === 'suite') {
      if (type === 'test:fail' && data.details.error?.failureType !== 'subtestsFailed') tally.failed += 1;
      continue;
    }
    if (data.skip || data.todo) tally.skipped += 1;
    else if (type === 'test:pass') tally.passed += 1;
    else tally.failed += 1;
  }
  yield `tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped\n`;
}
