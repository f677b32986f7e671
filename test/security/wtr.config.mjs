// Private runner config for the security and lifecycle suites: the base config plus the strict-CSP
// page middleware and the garbage-collection command. Run:
//   TEST_FILES='test/security/**/*.test.ts' npx wtr --config test/security/wtr.config.mjs
import base from '../../web-test-runner.config.mjs';
import { cspPageMiddleware } from '../server/csp-page.mjs';
import { collectGarbagePlugin } from '../lifecycle/collect-garbage-plugin.mjs';

export default {
  ...base,
  middleware: [cspPageMiddleware(), ...(base.middleware ?? [])],
  plugins: [...(base.plugins ?? []), collectGarbagePlugin()],
};
