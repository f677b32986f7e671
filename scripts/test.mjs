// npm test: typecheck, lint, builds, then every test runner (browser suite, stories, embeddings, Rails example).
// Build steps stop the run at the first failure; test runners all run, and the last line sums
// their tallies: "tests: N passed, N failed, N skipped".
import { spawn } from 'node:child_process';

const builds = ['typecheck', 'lint', 'build', 'check:generated', 'check:package-types', 'size', 'build-storybook', 'build:demo-test'];
const suites = ['test:browser', 'test:stories', 'test:embeddings', 'test:rails'];
const only = process.argv.slice(2);

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n▶ npm run ${script}`);
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let lastTally;
    let buffered = '';
    child.stdout.on('data', (data) => {
      process.stdout.write(data);
      buffered += data;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^tests: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(line.trim());
        if (match) lastTally = match.slice(1).map(Number);
      }
    });
    child.on('close', (code) => {
      console.log(`◀ ${script}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve({ code, tally: lastTally });
    });
  });
}

const total = [0, 0, 0];
let failed = false;
for (const script of builds.filter((name) => !only.length || only.includes(name))) {
  const { code } = await run(script);
  if (code !== 0) {
    console.log('tests: 0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
}
for (const script of suites.filter((name) => !only.length || only.includes(name))) {
  const { code, tally } = await run(script);
  if (tally) tally.forEach((count, index) => (total[index] += count));
  // A runner that failed without a tally (crashed before running) still counts as a failure.
  if (code !== 0 && (!tally || tally[1] === 0)) total[1] += 1;
  if (code !== 0) failed = true;
}
console.log(`\ntests: ${total[0]} passed, ${total[1]} failed, ${total[2]} skipped`);
process.exit(failed ? 1 : 0);
