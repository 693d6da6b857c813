// A real editor as the language server's client: Neovim, headless, with its built-in LSP client
// (test/lsp/neovim-init.lua). Neovim starts `node dist/cli.js lsp --stdio` for a copy of the post
// test/fixtures-lsp/launch.post.md in a folder whose path has a space and a non-ASCII letter, shows
// Copydesk's diagnostics, offers its code actions through vim.lsp.buf.code_action(), applies the
// chosen fix, writes the file and stops the server. Neovim reports columns in bytes of the line,
// so the UTF-16 columns the server sends are checked through Neovim's own conversion.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths';

const FIXTURE = join(REPO_ROOT, 'test', 'fixtures-lsp');
const INIT = join(REPO_ROOT, 'test', 'lsp', 'neovim-init.lua');
const CLI = join(REPO_ROOT, 'dist', 'cli.js');

interface NvimDiagnostic {
  code: string;
  source: string;
  severity: number;
  message: string;
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  href: string | null;
}

interface NvimRun {
  version: { major: number; minor: number; patch: number };
  filetype: string;
  before: NvimDiagnostic[];
  offered: string[];
  edited: NvimDiagnostic[];
  text: string;
  exit_code: number;
  log: string[];
  failure?: string;
}

/** Neovim's byte column of a UTF-16 column in `line` (what it shows for the server's position). */
const byteColumn = (line: string, utf16: number) => Buffer.byteLength(line.slice(0, utf16), 'utf8');

describe('Neovim as the client of copydesk lsp', function () {
  this.timeout(90_000);
  let folder: string;

  before(function () {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (version.error || version.status !== 0) {
      throw new Error("Neovim is needed for this test and was not found ('nvim --version' failed). Install Debian's package: apt-get install neovim");
    }
    const [, major, minor] = /NVIM v(\d+)\.(\d+)/.exec(version.stdout) ?? [];
    assert.ok(Number(major) > 0 || Number(minor) >= 7, `Neovim 0.7 or later is needed (vim.lsp.start_client, vim.diagnostic); found ${version.stdout.split('\n')[0]}`);
  });

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk nvim é-'));
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('shows the exact diagnostics, offers the fixes, applies the chosen one and saves the file', () => {
    const workspace = join(folder, 'posts ü');
    mkdirSync(workspace);
    copyFileSync(join(FIXTURE, '.copydesk.yaml'), join(workspace, '.copydesk.yaml'));
    const post = join(workspace, 'launch.post.md');
    copyFileSync(join(FIXTURE, 'launch.post.md'), post);
    const original = readFileSync(post, 'utf8');
    const lines = original.split('\n');
    const out = join(folder, 'result.json');
    const home = join(folder, 'home');
    const env = {
      ...process.env,
      COPYDESK_NODE: process.execPath,
      COPYDESK_CLI: CLI,
      COPYDESK_FILE: post,
      COPYDESK_CHOOSE: "Replace with 'email'",
      COPYDESK_OUT: out,
      // Neovim's own files (its LSP log, shada) stay in the test's folder.
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      XDG_STATE_HOME: join(home, 'state'),
      XDG_CACHE_HOME: join(home, 'cache'),
    };
    const nvim = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', INIT], { cwd: folder, env, encoding: 'utf8', timeout: 60_000 });
    assert.ok(!nvim.error, `nvim did not run: ${nvim.error}`);
    assert.ok(existsSync(out), `Neovim wrote no result (exit ${nvim.status}, signal ${nvim.signal}):\n${nvim.stdout}\n${nvim.stderr}`);
    const run = JSON.parse(readFileSync(out, 'utf8')) as NvimRun;
    assert.equal(run.failure, undefined, `${run.failure}\nserver log:\n${run.log.join('\n')}`);
    assert.equal(nvim.status, 0);

    // Neovim says the file is Markdown; Copydesk lints it as a post all the same.
    assert.equal(run.filetype, 'markdown');
    const docs = (rule: string) => `https://github.com/copydesk/copydesk/blob/main/docs/rules/${rule}.md`;
    assert.deepEqual(
      run.before.map((d) => ({ code: d.code, source: d.source, severity: d.severity, range: [d.lnum, d.col, d.end_lnum, d.end_col], href: d.href })),
      [
        { code: 'brand/hashtag-style', source: 'copydesk', severity: 3, range: [2, 11, 2, 23], href: docs('brand/hashtag-style') },
        // UTF-16 columns 54–60 after 🎉 (2 code units, 4 bytes): bytes 56–62.
        { code: 'brand/preferred-term', source: 'copydesk', severity: 2, range: [4, byteColumn(lines[4], 54), 4, byteColumn(lines[4], 60)], href: docs('brand/preferred-term') },
      ],
    );
    assert.deepEqual([byteColumn(lines[4], 54), byteColumn(lines[4], 60)], [56, 62]);
    assert.equal(run.before[1].message, "Write 'email', not 'e-mail'.");

    assert.deepEqual(run.offered, ["Replace with 'email'", 'Disable brand/preferred-term for this line', 'Fix all safe problems']);
    assert.deepEqual(run.edited.map((d) => d.code), ['brand/hashtag-style']);
    const fixed = original.replace('an e-mail', 'an email');
    assert.equal(run.text, fixed);
    assert.equal(readFileSync(post, 'utf8'), fixed, 'the file on disk is the fixed text');
    assert.equal(run.exit_code, 0, 'the server exits 0 when Neovim stops it');
  });
});
