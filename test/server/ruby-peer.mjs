// Starts the Ruby peer (test/rails/server.rb: Sinatra SSE route + standalone ActionCable on Puma)
// for the browser tests. Resolves to { port, stop, missing }: port 0 and a `missing` reason when
// Ruby or its Debian packages are absent, so the Rails tests fail with that reason instead of
// passing quietly. The peer exits when its stdin closes, so it never outlives this process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serverScript = fileURLToPath(new URL('../rails/server.rb', import.meta.url));
export const rubyInstallHint = 'apt-get install -y ruby ruby-sinatra ruby-actioncable puma';

export function startRubyPeer({ timeout = 30000 } = {}) {
  return new Promise((resolve) => {
    let child;
    let settled = false;
    let stderr = '';
    const done = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (result.missing) {
        const banner = '!'.repeat(100);
        console.error(`\n${banner}\nRuby peer NOT running: ${result.missing}\nThe Rails tests will FAIL. Install: ${rubyInstallHint}\n${banner}\n`);
      }
      resolve(result);
    };
    const missing = (reason) => {
      child?.kill();
      done({ port: 0, missing: reason, stop: async () => {} });
    };
    const timer = setTimeout(() => missing(`test/rails/server.rb did not report its port within ${timeout} ms. ${stderr.trim()}`), timeout);

    try {
      child = spawn(process.env.RUBY ?? 'ruby', [serverScript], { stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (error) {
      missing(`could not start ruby (${error.message})`);
      return;
    }
    child.on('error', (error) => missing(error.code === 'ENOENT' ? 'ruby is not installed' : `could not start ruby (${error.message})`));
    child.on('exit', (code) => missing(`ruby exited with code ${code} before listening. ${stderr.trim().split('\n').slice(0, 3).join(' ')}`));
    child.stderr.on('data', (data) => {
      stderr += data;
      // Past startup, the peer's warnings (a failed broadcast, say) help explain a failing test.
      if (settled) process.stderr.write(`[ruby peer] ${data}`);
    });
    let stdout = '';
    child.stdout.on('data', (data) => {
      stdout += data;
      const match = /RUBY_PEER_PORT=(\d+)/.exec(stdout);
      if (!match) return;
      const port = Number(match[1]);
      const stop = () =>
        new Promise((resolveStop) => {
          if (child.exitCode !== null) return resolveStop();
          child.once('exit', () => resolveStop());
          child.stdin.end();
        });
      process.once('exit', () => child.kill());
      done({ port, stop });
    });
  });
}
