// The reader and writer every Node face uses for the user's files, attacked the way a repository
// with commit rights could: planted links, FIFOs, devices, huge files, other encodings, races.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileAccessError, MAX_BYTES, readTextFile, readTextFileSync, writeTextFile } from '../../src/node/files';

async function rejects(promise: Promise<unknown>, problem: string, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof FileAccessError, `expected a FileAccessError, got ${String(error)}`);
    assert.equal(error.problem, problem);
    if (message) assert.match(error.message, message);
    return true;
  });
}

/** Resolves to 'timeout' when `promise` does not settle in `ms`: a hang fails the test instead of the suite. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref())]);
}

/** A fresh linted folder and a folder outside it for each test (links between them are the attack). */
function scratchFolders(): () => { dir: string; outside: string } {
  let current = { dir: '', outside: '' };
  beforeEach(() => {
    current = { dir: realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-files-'))), outside: realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-outside-'))) };
  });
  afterEach(() => {
    rmSync(current.dir, { recursive: true, force: true });
    rmSync(current.outside, { recursive: true, force: true });
  });
  return () => current;
}

describe('node files: reading untrusted files', function () {
  const folders = scratchFolders();
  let dir: string;
  let outside: string;
  beforeEach(() => ({ dir, outside } = folders()));

  it('a FIFO is refused at once, without waiting for a writer', async () => {
    const fifo = join(dir, 'base.yaml');
    execFileSync('mkfifo', [fifo]);
    const outcome = await within(readTextFile(fifo, { maxBytes: MAX_BYTES.configuration }).catch((e: unknown) => e), 2000);
    assert.ok(outcome instanceof FileAccessError, `got ${String(outcome)}`);
    assert.equal(outcome.problem, 'not-regular');
    assert.equal(outcome.message, 'it is a pipe (FIFO), not a regular file');
  });

  it('/dev/zero and /dev/stdin are refused as devices, a folder as a folder', async () => {
    await rejects(readTextFile('/dev/zero', { maxBytes: MAX_BYTES.configuration }), 'not-regular', /^it is a device, not a regular file$/);
    const stdin = await within(readTextFile('/dev/stdin', { maxBytes: MAX_BYTES.configuration }).catch((e: unknown) => e), 2000);
    assert.ok(stdin instanceof FileAccessError && (stdin.problem === 'not-regular' || stdin.problem === 'missing' || stdin.problem === 'io'), String(stdin));
    await rejects(readTextFile(dir, { maxBytes: 100 }), 'folder', /^it is a folder$/);
  });

  it('a file over the cap is refused before it is read', async () => {
    const big = join(dir, 'big.post.md');
    writeFileSync(big, 'a'.repeat(2048));
    await rejects(readTextFile(big, { maxBytes: 1024 }), 'too-large', /^it is 0\.0 MB; Copydesk reads files up to 0\.0 MB$/);
    assert.equal((await readTextFile(big, { maxBytes: 2048 })).text.length, 2048);
  });

  it('with `within`, a link to a file outside is refused; a link inside is read', async () => {
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    writeFileSync(join(dir, 'base.yaml'), 'brand: Acme\n');
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.yaml'));
    symlinkSync(join(dir, 'base.yaml'), join(dir, 'alias.yaml'));
    await rejects(readTextFile(join(dir, 'leak.yaml'), { maxBytes: 100, within: [dir] }), 'outside', /symbolic link to a file outside/);
    await rejects(readTextFile(join(outside, 'secret.txt'), { maxBytes: 100, within: [dir] }), 'outside', /^it is outside the folders Copydesk may read or write$/);
    assert.equal((await readTextFile(join(dir, 'alias.yaml'), { maxBytes: 100, within: [dir] })).text, 'brand: Acme\n');
  });

  it('the synchronous reader with a map of known folders: the same refusals, one realpath per folder', () => {
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    writeFileSync(join(dir, 'base.yaml'), 'brand: Acme\n');
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.yaml'));
    symlinkSync(join(dir, 'base.yaml'), join(dir, 'alias.yaml'));
    // A folder inside that is a link to a folder outside, and one to a folder inside.
    symlinkSync(outside, join(dir, 'elsewhere'));
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'a.post.md'), 'A\n');
    symlinkSync(join(dir, 'real'), join(dir, 'alias-folder'));
    const folders = new Map<string, string>();
    const options = { maxBytes: 100, within: [dir], folders };
    const refused = (path: string, message: RegExp) =>
      assert.throws(() => readTextFileSync(path, options), (error: unknown) => error instanceof FileAccessError && error.problem === 'outside' && message.test(error.message));
    for (let round = 0; round < 2; round++) {
      // The second round finds every folder in the map.
      refused(join(dir, 'leak.yaml'), /symbolic link to a file outside/);
      refused(join(dir, 'elsewhere', 'secret.txt'), /symbolic link to a file outside/);
      assert.equal(readTextFileSync(join(dir, 'alias.yaml'), options).text, 'brand: Acme\n');
      const viaAlias = readTextFileSync(join(dir, 'alias-folder', 'a.post.md'), options);
      assert.equal(viaAlias.text, 'A\n');
      assert.equal(viaAlias.snapshot.realPath, join(dir, 'real', 'a.post.md'));
      assert.equal(readTextFileSync(join(dir, 'base.yaml'), options).snapshot.realPath, join(dir, 'base.yaml'));
      assert.throws(() => readTextFileSync(join(dir, 'gone.yaml'), options), (error: unknown) => error instanceof FileAccessError && error.problem === 'missing');
    }
    assert.deepEqual([...folders.keys()].sort(), [dir, join(dir, 'alias-folder'), join(dir, 'elsewhere')].sort());
  });

  it('Latin-1 bytes: U+FFFD in the text, not valid, the first bad byte named; a BOM is kept', async () => {
    const latin1 = join(dir, 'caf.post.md');
    writeFileSync(latin1, Buffer.from('---\nplatforms: [x]\n---\nCaf\xe9 cr\xe8me\n', 'latin1'));
    const read = await readTextFile(latin1, { maxBytes: 1000 });
    assert.equal(read.snapshot.validUtf8, false);
    assert.equal(read.firstInvalidByte, 26);
    assert.equal(read.text, '---\nplatforms: [x]\n---\nCaf\uFFFD cr\uFFFDme\n');
    const bom = join(dir, 'bom.post.md');
    writeFileSync(bom, '\uFEFF---\nplatforms: [x]\n---\nCafé\n');
    const withBom = await readTextFile(bom, { maxBytes: 1000 });
    assert.equal(withBom.snapshot.validUtf8, true);
    assert.equal(withBom.text, '\uFEFF---\nplatforms: [x]\n---\nCafé\n');
  });
});

describe('node files: writing without losing a byte or writing elsewhere', function () {
  const folders = scratchFolders();
  let dir: string;
  let outside: string;
  beforeEach(() => ({ dir, outside } = folders()));

  const leftovers = () => readdirSync(dir).filter((name) => name.includes('copydesk-tmp'));

  it('a link planted at the temporary name is never followed: the write fails, the link target is untouched', async () => {
    const file = join(dir, 'role.jd.yaml');
    writeFileSync(file, 'title: Old\n');
    const victim = join(outside, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    symlinkSync(victim, join(dir, '.role.jd.yaml.planted.copydesk-tmp'));
    const read = await readTextFile(file, { maxBytes: 1000 });
    await assert.rejects(writeTextFile(file, 'title: New\n', { expected: read.snapshot, within: [dir], randomName: () => 'planted' }));
    assert.equal(readFileSync(victim, 'utf8'), 'precious\n');
    assert.equal(readFileSync(file, 'utf8'), 'title: Old\n');
    assert.ok(lstatSync(join(dir, '.role.jd.yaml.planted.copydesk-tmp')).isSymbolicLink());
  });

  it('a name taken once is skipped for a fresh one; the write lands, nothing is left behind', async () => {
    const file = join(dir, 'role.jd.yaml');
    writeFileSync(file, 'title: Old\n');
    writeFileSync(join(dir, '.role.jd.yaml.taken.copydesk-tmp'), 'someone else\n');
    const names = ['taken', 'fresh'];
    const read = await readTextFile(file, { maxBytes: 1000 });
    await writeTextFile(file, 'title: New\n', { expected: read.snapshot, within: [dir], randomName: () => names.shift()! });
    assert.equal(readFileSync(file, 'utf8'), 'title: New\n');
    assert.equal(readFileSync(join(dir, '.role.jd.yaml.taken.copydesk-tmp'), 'utf8'), 'someone else\n');
    assert.deepEqual(leftovers(), ['.role.jd.yaml.taken.copydesk-tmp']);
  });

  it('a file given in parts (the lint cache) is written whole, byte for byte, and a failing part leaves the old file and no temporary', async () => {
    const file = join(dir, '.copydesk-cache');
    writeFileSync(file, 'old\n');
    const parts = ['{"a":"café', '', ' 😀"', ',"b":"', 'x'.repeat(300_000), '"}'];
    await writeTextFile(file, parts, { within: [dir] });
    assert.equal(readFileSync(file, 'utf8'), parts.join(''));
    const failing = function* () {
      yield 'half';
      throw new Error('the parts ran out');
    };
    await assert.rejects(writeTextFile(file, failing(), { within: [dir] }), /the parts ran out/);
    assert.equal(readFileSync(file, 'utf8'), parts.join(''));
    assert.deepEqual(leftovers(), []);
  });

  it('createOnly (copydesk import): an existing file is never replaced, not even one created during the write', async () => {
    const file = join(dir, 'new.jd.yaml');
    writeFileSync(file, 'title: Mine\n');
    await assert.rejects(writeTextFile(file, 'title: Imported\n', { within: [dir], createOnly: true }), (e: unknown) => e instanceof FileAccessError && e.problem === 'exists');
    assert.equal(readFileSync(file, 'utf8'), 'title: Mine\n');
    // Another program creates the file after the check, while the temporary file is written.
    const racing = join(dir, 'race.jd.yaml');
    const name = () => {
      writeFileSync(racing, 'title: Theirs\n');
      return 'race';
    };
    await assert.rejects(writeTextFile(racing, 'title: Imported\n', { within: [dir], createOnly: true, randomName: name }), (e: unknown) => e instanceof FileAccessError && e.problem === 'exists');
    assert.equal(readFileSync(racing, 'utf8'), 'title: Theirs\n');
    assert.deepEqual(leftovers(), []);
    await writeTextFile(join(dir, 'fresh.jd.yaml'), 'title: Imported\n', { within: [dir], createOnly: true });
    assert.equal(readFileSync(join(dir, 'fresh.jd.yaml'), 'utf8'), 'title: Imported\n');
    assert.deepEqual(leftovers(), []);
  });

  it('the temporary name is unpredictable: two writes use two different names', async () => {
    const file = join(dir, 'role.jd.yaml');
    writeFileSync(file, 'a\n');
    const seen: string[] = [];
    const { randomBytes } = await import('node:crypto');
    for (const text of ['b\n', 'c\n']) {
      const read = await readTextFile(file, { maxBytes: 100 });
      await writeTextFile(file, text, { expected: read.snapshot, within: [dir], randomName: () => { const r = randomBytes(12).toString('hex'); seen.push(r); return r; } });
    }
    assert.equal(new Set(seen).size, 2);
  });

  it('keeps the mode (640 stays 640)', async () => {
    const file = join(dir, 'role.jd.yaml');
    writeFileSync(file, 'title: Old\n');
    chmodSync(file, 0o640);
    const read = await readTextFile(file, { maxBytes: 1000 });
    await writeTextFile(file, 'title: New\n', { expected: read.snapshot, within: [dir] });
    assert.equal(statSync(file).mode & 0o7777, 0o640);
    assert.equal(readFileSync(file, 'utf8'), 'title: New\n');
  });

  it('a link to a file inside: the target is written, the link is kept', async () => {
    mkdirSync(join(dir, 'shared'));
    const target = join(dir, 'shared', 'role.jd.yaml');
    writeFileSync(target, 'title: Old\n');
    const link = join(dir, 'role.jd.yaml');
    symlinkSync('shared/role.jd.yaml', link);
    const read = await readTextFile(link, { maxBytes: 1000, within: [dir] });
    await writeTextFile(link, 'title: New\n', { expected: read.snapshot, within: [dir] });
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readlinkSync(link), 'shared/role.jd.yaml');
    assert.equal(readFileSync(target, 'utf8'), 'title: New\n');
  });

  it('a link to a file outside is not written through', async () => {
    const victim = join(outside, 'role.jd.yaml');
    writeFileSync(victim, 'title: Old\n');
    const link = join(dir, 'role.jd.yaml');
    symlinkSync(victim, link);
    const read = await readTextFile(link, { maxBytes: 1000 });
    await rejects(writeTextFile(link, 'title: New\n', { expected: read.snapshot, within: [dir] }), 'outside', /symbolic link to a file outside/);
    assert.equal(readFileSync(victim, 'utf8'), 'title: Old\n');
    assert.ok(lstatSync(link).isSymbolicLink());
  });

  it('a new file in a linked folder that leads outside is not written (preview --out)', async () => {
    symlinkSync(outside, join(dir, 'pages'));
    await rejects(writeTextFile(join(dir, 'pages', 'index.html'), '<p>hi</p>', { within: [dir] }), 'outside');
    assert.deepEqual(readdirSync(outside), []);
    await writeTextFile(join(dir, 'index.html'), '<p>hi</p>', { within: [dir] });
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), '<p>hi</p>');
  });

  it('a read-only file is left alone', async () => {
    const file = join(dir, 'role.jd.yaml');
    writeFileSync(file, 'title: Old\n');
    chmodSync(file, 0o444);
    const read = await readTextFile(file, { maxBytes: 1000 });
    await rejects(writeTextFile(file, 'title: New\n', { expected: read.snapshot, within: [dir] }), 'read-only', /^it is read-only$/);
    assert.equal(readFileSync(file, 'utf8'), 'title: Old\n');
    assert.deepEqual(leftovers(), []);
  });

  it('an edit saved between the read and the write wins: the write is refused', async () => {
    const file = join(dir, 'role.jd.yaml');
    writeFileSync(file, 'title: Old\n');
    const read = await readTextFile(file, { maxBytes: 1000 });
    writeFileSync(file, 'title: Mine, typed meanwhile\n');
    await rejects(writeTextFile(file, 'title: New\n', { expected: read.snapshot, within: [dir] }), 'changed', /^it changed since Copydesk read it$/);
    assert.equal(readFileSync(file, 'utf8'), 'title: Mine, typed meanwhile\n');
  });

  it('the same size and the same mtime but other bytes is still a change', async () => {
    const file = join(dir, 'role.jd.yaml');
    writeFileSync(file, 'title: Old\n');
    const before = statSync(file);
    const read = await readTextFile(file, { maxBytes: 1000 });
    writeFileSync(file, 'title: Odd\n');
    utimesSync(file, before.atime, before.mtime);
    await rejects(writeTextFile(file, 'title: New\n', { expected: read.snapshot, within: [dir] }), 'changed');
    assert.equal(readFileSync(file, 'utf8'), 'title: Odd\n');
  });

  it('a file deleted since it was read is not recreated', async () => {
    const file = join(dir, 'role.jd.yaml');
    writeFileSync(file, 'title: Old\n');
    const read = await readTextFile(file, { maxBytes: 1000 });
    rmSync(file);
    await rejects(writeTextFile(file, 'title: New\n', { expected: read.snapshot, within: [dir] }), 'changed');
    assert.deepEqual(readdirSync(dir), []);
  });

  it('a file that was not UTF-8 when read is never written', async () => {
    const file = join(dir, 'caf.post.md');
    const bytes = Buffer.from('---\nplatforms: [x]\n---\nCaf\xe9!!\n', 'latin1');
    writeFileSync(file, bytes);
    const read = await readTextFile(file, { maxBytes: 1000 });
    await rejects(writeTextFile(file, read.text.replace('!!', '!'), { expected: read.snapshot, within: [dir] }), 'not-utf8');
    assert.deepEqual(readFileSync(file), bytes);
  });
});

describe('node files: the synchronous reader refuses what the reader refuses', function () {
  const folders = scratchFolders();
  let dir: string;
  let outside: string;
  beforeEach(() => ({ dir, outside } = folders()));
  const refuses = (read: () => unknown, problem: string, message: RegExp) =>
    assert.throws(read, (error: unknown) => error instanceof FileAccessError && error.problem === problem && message.test(error.message));

  it('a FIFO at once, devices, folders, files over the cap, links out of `within`; the same text and snapshot as the reader', async () => {
    const fifo = join(dir, 'base.yaml');
    execFileSync('mkfifo', [fifo]);
    refuses(() => readTextFileSync(fifo, { maxBytes: 100 }), 'not-regular', /^it is a pipe \(FIFO\), not a regular file$/);
    refuses(() => readTextFileSync('/dev/zero', { maxBytes: 100 }), 'not-regular', /^it is a device, not a regular file$/);
    refuses(() => readTextFileSync(dir, { maxBytes: 100 }), 'folder', /^it is a folder$/);
    refuses(() => readTextFileSync(join(dir, 'none.post.md'), { maxBytes: 100 }), 'missing', /^no such file or folder$/);
    writeFileSync(join(dir, 'big.post.md'), 'a'.repeat(2048));
    refuses(() => readTextFileSync(join(dir, 'big.post.md'), { maxBytes: 1024 }), 'too-large', /^it is 0\.0 MB; Copydesk reads files up to 0\.0 MB$/);
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.post.md'));
    refuses(() => readTextFileSync(join(dir, 'leak.post.md'), { maxBytes: 100, within: [dir] }), 'outside', /symbolic link to a file outside/);
    const latin1 = join(dir, 'caf.post.md');
    writeFileSync(latin1, Buffer.from('---\nplatforms: [x]\n---\nCaf\xe9\n', 'latin1'));
    assert.deepEqual(readTextFileSync(latin1, { maxBytes: 1000, within: [dir] }), await readTextFile(latin1, { maxBytes: 1000, within: [dir] }));
  });
});
