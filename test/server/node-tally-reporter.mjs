// A reporter for Node's test runner (`--test-reporter`) that ends with the tally line `npm test`
// sums and CI reads: "tests: N passed, N failed, N skipped". Suites are not counted, their tests are.
export default async function* tallyReporter(source) {
  const tally = { passed: 0, failed: 0, skipped: 0 };
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    if (data.skip || data.todo) tally.skipped += 1;
    else if (type === 'test:pass') tally.passed += 1;
    else tally.failed += 1;
  }
  yield `tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped\n`;
}
