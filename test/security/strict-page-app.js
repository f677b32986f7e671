// Runs inside chat.strict.html. Records every CSP violation from the first moment, checks the
// policy really is enforced (eval and a string HTML sink must both be refused), then loads the
// single-file bundle exactly as a site would. The test in strict-page.test.ts reads `window.__strict`.
const report = { violations: [], warnings: [], evalBlocked: false, htmlSinkBlocked: false, loaded: false, loadError: '' };
window.__strict = report;

const warn = console.warn.bind(console);
console.warn = (...args) => {
  report.warnings.push(args.map(String).join(' '));
  warn(...args);
};

document.addEventListener('securitypolicyviolation', (event) => {
  report.violations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});

try {
  // The canary: a strict page must refuse eval.
  (0, eval)('1');
} catch {
  report.evalBlocked = true;
}
try {
  document.createElement('div').innerHTML = '<b>canary</b>';
} catch {
  report.htmlSinkBlocked = true;
}

// An inline style attribute set from script is refused too (and, unlike the one in the markup,
// reported after this listener exists).
document.getElementById('inline-style-canary')?.setAttribute('style', 'outline: 3px solid rgb(255, 0, 0)');

try {
  await import('/dist/chat-stream-elements.js');
  await customElements.whenDefined('chat-stream');
  report.loaded = true;
} catch (error) {
  report.loadError = String(error);
}
