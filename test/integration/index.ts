// Runs inside the real extension host (code-server's, or desktop VS Code's): mocha over the
// compiled *.test.js files next to this one.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  // COPYDESK_TEST_GREP runs only the matching tests (`npm run bench` measures the host this way).
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', grep: process.env.COPYDESK_TEST_GREP || undefined });
  // The no-folder suite runs in a window without a workspace folder; the others in examples/.
  const noFolder = process.env.COPYDESK_TEST_SUITE === 'no-folder';
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && f.endsWith('.nofolder.test.js') === noFolder);
  for (const file of files.sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
