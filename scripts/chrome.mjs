// The one Chromium every tool here drives (the test runner, the story and embedding checks,
// screenshots, benchmarks): Debian's `/usr/bin/chromium`, or the binary CHROME_PATH names. No
// tool downloads a browser of its own.
//   node scripts/chrome.mjs           prints the path (.ci/run installs Debian's package when it is missing)
//   node scripts/chrome.mjs --check   fails with the install command when it is not there
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags that work headless, as root, with no network. */
export const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!process.argv.includes('--check')) console.log(chromePath);
  else if (!existsSync(chromePath)) {
    console.error(
      `No Chromium at ${chromePath} for the browser tests.\n` +
        'Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
        'or point CHROME_PATH at an existing Chrome/Chromium binary.',
    );
    process.exit(1);
  }
}
