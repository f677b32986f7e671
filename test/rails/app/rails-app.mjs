// Starts the Rails example (examples/rails/bin/dev) for the tests: a free port, a fresh SQLite
// database, and a stand-in model that writes one chunk every `chunkIntervalMs`. Resolves to
// { origin, stop } once it listens; rejects with the reason (and the install hint) when Ruby or
// its Debian packages are missing. The server exits when its stdin closes, so it never outlives
// the process that started it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const devScript = fileURLToPath(new URL('../../../examples/rails/bin/dev', import.meta.url));
export const railsInstallHint = 'apt-get install -y ruby ruby-rails ruby-sqlite3 puma';

export function startRailsApp({ chunkIntervalMs = 60, timeout = 60000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rails-example-'));
  return new Promise((resolve, reject) => {
    let stderr = '';
    let settled = false;
    const child = spawn(process.env.RUBY ?? 'ruby', [devScript], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, PORT: '0', EXIT_WITH_STDIN: '1', CHAT_DATABASE: join(dir, 'chats.sqlite3'), CHUNK_INTERVAL_MS: String(chunkIntervalMs) },
    });
    const fail = (reason) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      rmSync(dir, { recursive: true, force: true });
      reject(new Error(`The Rails example did not start: ${reason}\nInstall what it needs: ${railsInstallHint}`));
    };
    const timer = setTimeout(() => fail(`no port within ${timeout} ms. ${stderr.trim().slice(-2000)}`), timeout);
    child.on('error', (error) => fail(error.code === 'ENOENT' ? 'ruby is not installed' : error.message));
    child.on('exit', (code) => fail(`ruby exited with code ${code}. ${stderr.trim().slice(-2000)}`));
    child.stderr.on('data', (data) => {
      stderr += data;
      if (settled && process.env.RAILS_LOG) process.stderr.write(`[rails] ${data}`);
    });
    let stdout = '';
    child.stdout.on('data', (data) => {
      stdout += data;
      const match = /RAILS_PORT=(\d+)/.exec(stdout);
      if (!match || settled) return;
      settled = true;
      clearTimeout(timer);
      const stop = () =>
        new Promise((done) => {
          const cleanUp = () => {
            rmSync(dir, { recursive: true, force: true });
            done();
          };
          if (child.exitCode !== null) return cleanUp();
          child.once('exit', cleanUp);
          child.stdin.end();
        });
      process.once('exit', () => child.kill());
      resolve({ origin: `http://127.0.0.1:${match[1]}`, stop, log: () => stderr });
    });
  });
}
