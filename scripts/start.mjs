// `npm start`: the main job for now — lint the bundled examples/ workspace with the built CLI.
// Findings (exit 1) are the expected outcome on the incomplete example JD, so they end the run
// successfully; a usage or I/O error (exit 2) or a crash still fails it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'lint', 'examples'], { cwd: root, stdio: 'inherit' });
if (result.status === 0 || result.status === 1) {
  console.log(`\ncopydesk lint examples exited with ${result.status} (${result.status === 1 ? 'the draft JD has errors to fix, as intended' : 'no errors'}).`);
  process.exit(0);
}
process.exit(result.status ?? 2);
