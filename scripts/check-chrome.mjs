// Stops the test run early, with the install command, when no Chromium is available.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (!found) {
  console.error(
    'No Chrome or Chromium found for the browser tests.\n' +
      'Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
      'or point CHROME_PATH at an existing Chrome/Chromium binary.',
  );
  process.exit(1);
}
