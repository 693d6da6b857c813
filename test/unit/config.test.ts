import { strict as assert } from 'node:assert';
import { ConfigLoader, type FileHost } from '../../src/core/index';
import { memoryHost } from '../support/memory-host';
import { summarize } from '../support/expect';

describe('configuration loading', () => {
  it('defaults when there is no configuration', async () => {
    const { config, path, files } = await new ConfigLoader(memoryHost({})).configFor('/w/jobs/a.jd.yaml');
    assert.equal(path, undefined);
    assert.deepEqual(files, []);
    assert.equal(config.jd.review_every_months, 12);
    assert.equal(config.jd.profiles.social.required.length, 7);
    assert.equal(config.jd.profile, undefined, 'no default profile: each JD\'s comes from its title');
  });

  it('the nearest .copydesk.yaml wins', async () => {
    const host = memoryHost({
      '/w/.copydesk.yaml': 'jd: { review_every_months: 6 }\n',
      '/w/jobs/.copydesk.yaml': 'jd: { review_every_months: 3 }\n',
    });
    const loader = new ConfigLoader(host);
    assert.equal((await loader.configFor('/w/jobs/a.jd.yaml')).config.jd.review_every_months, 3);
    assert.equal((await loader.configFor('/w/other/b.jd.yaml')).config.jd.review_every_months, 6);
    assert.equal((await loader.configFor('/w/jobs/a.jd.yaml')).path, '/w/jobs/.copydesk.yaml');
  });

  it('stops walking up at the workspace root', async () => {
    const host = memoryHost({ '/.copydesk.yaml': 'jd: { review_every_months: 1 }\n' });
    const { path } = await new ConfigLoader(host, '/w').configFor('/w/jobs/a.jd.yaml');
    assert.equal(path, undefined);
    assert.ok(!host.reads.includes('/.copydesk.yaml'));
  });

  it('reads each configuration file once for many linted files', async () => {
    const host = memoryHost({ '/w/.copydesk.yaml': 'brand: Acme\n' });
    const loader = new ConfigLoader(host);
    await Promise.all(['a', 'b', 'c'].map((n) => loader.configFor(`/w/jobs/${n}.jd.yaml`)));
    assert.equal(host.reads.filter((p) => p === '/w/.copydesk.yaml').length, 1);
  });

  it('extends: bases merge first, terms add up, other lists are replaced, mappings merge', async () => {
    const host = memoryHost({
      '/w/brand/base.yaml': 'brand: Acme\nterms:\n  - ban: [ninja]\nhashtags: { required: [Acme], style: camel }\njd: { required_sections: [skills] }\n',
      '/w/.copydesk.yaml': 'extends: [./brand/base.yaml]\nterms:\n  - ban: [guru]\nhashtags: { required: [AcmeJobs] }\n',
    });
    const loader = new ConfigLoader(host);
    const { config, files } = await loader.configFor('/w/a.jd.yaml');
    assert.equal(config.brand, 'Acme');
    assert.deepEqual(config.terms, [{ ban: ['ninja'] }, { ban: ['guru'] }]);
    assert.deepEqual(config.hashtags, { required: ['AcmeJobs'], style: 'camel' });
    assert.deepEqual(config.jd.profiles.social.required, ['skills'], 'the older setting replaces the default profile\'s list');
    assert.equal(config.jd.profile, 'social');
    assert.deepEqual(files, ['/w/.copydesk.yaml', '/w/brand/base.yaml']);
    assert.deepEqual(await loader.findingsFor('/w/.copydesk.yaml'), []);
  });

  it('extends a missing file: a finding on that entry, the rest still applies', async () => {
    const text = 'extends:\n  - ./nowhere.yaml\njd: { review_every_months: 2 }\n';
    const host = memoryHost({ '/w/.copydesk.yaml': text });
    const loader = new ConfigLoader(host);
    assert.equal((await loader.configFor('/w/a.jd.yaml')).config.jd.review_every_months, 2);
    const findings = await loader.findingsFor('/w/.copydesk.yaml');
    assert.deepEqual(summarize(text, findings), ['config/invalid 2:5-2:19']);
    assert.match(findings[0].message, /^Cannot extend '\.\/nowhere\.yaml': there is no such file\.$/);
  });

  it('extends itself, or a cycle: a finding, no hang', async () => {
    const self = 'extends: .copydesk.yaml\n';
    const host = memoryHost({
      '/w/.copydesk.yaml': self,
      '/v/.copydesk.yaml': 'extends: ./a.yaml\nbrand: V\n',
      '/v/a.yaml': 'extends: ./b.yaml\n',
      '/v/b.yaml': 'extends: ./a.yaml\nbrand: B\n',
    });
    const loader = new ConfigLoader(host);
    const selfFindings = await loader.findingsFor('/w/.copydesk.yaml');
    assert.deepEqual(summarize(self, selfFindings), ['config/invalid 1:10-1:24']);
    assert.match(selfFindings[0].message, /cycle/);
    const { config } = await loader.configFor('/v/x.jd.yaml');
    assert.equal(config.brand, 'V');
    const cycle = await loader.findingsFor('/v/b.yaml');
    assert.equal(cycle.length, 1);
    assert.match(cycle[0].message, /cycle \(a\.yaml → b\.yaml → a\.yaml\)/);
  });

  it('an invalid extended file: its findings stay in it, a warning on the extends entry, valid parts used', async () => {
    const host = memoryHost({
      '/w/base.yaml': 'jd: { review_every_months: 4, required_sections: [skils] }\n',
      '/w/.copydesk.yaml': 'extends: base.yaml\n',
    });
    const loader = new ConfigLoader(host);
    const { config } = await loader.configFor('/w/a.jd.yaml');
    assert.equal(config.jd.review_every_months, 4);
    assert.equal(config.jd.profiles.social.required.length, 7, 'the invalid list is dropped, defaults used');
    assert.equal(config.jd.profile, undefined);
    assert.deepEqual((await loader.findingsFor('/w/base.yaml')).map((f) => f.ruleId), ['config/invalid']);
    const entry = await loader.findingsFor('/w/.copydesk.yaml');
    assert.deepEqual(entry.map((f) => [f.severity, f.message]), [['warning', "'base.yaml' has 1 problem; the valid parts are used: line 1, column 51: 'skils' is not a valid value for `jd.required_sections[0]`. Did you mean 'skills'? (config/invalid)."]]);
  });

  it('a broken YAML configuration: findings, and defaults for the linted files', async () => {
    const host = memoryHost({ '/w/.copydesk.yaml': 'jd: [\n' });
    const loader = new ConfigLoader(host);
    assert.equal((await loader.configFor('/w/a.jd.yaml')).config.jd.review_every_months, 12);
    assert.equal((await loader.findingsFor('/w/.copydesk.yaml'))[0].ruleId, 'config/invalid');
  });

  it('a read error on an extends target becomes a finding', async () => {
    const host: FileHost = {
      async readFile(path) {
        if (path === '/w/locked.yaml') throw new Error('permission denied');
        return path === '/w/.copydesk.yaml' ? 'extends: locked.yaml\n' : undefined;
      },
    };
    const findings = await new ConfigLoader(host).findingsFor('/w/.copydesk.yaml');
    assert.deepEqual(findings.map((f) => f.message), ["Cannot read 'locked.yaml': permission denied."]);
  });
});

describe('configuration: what a repository may read', () => {
  it('`extends` outside the workspace is refused at its value; the rest of the file applies', async () => {
    const text = 'extends:\n  - ../../etc/passwd\n  - /dev/zero\n  - ./base.yaml\nbrand: Acme\n';
    const host = memoryHost({ '/w/repo/.copydesk.yaml': text, '/w/repo/base.yaml': 'emoji: { max: 1 }\n', '/etc/passwd': 'root:x:0:0\n' });
    const loader = new ConfigLoader(host, '/w/repo', { workspace: ['/w/repo'] });
    const { config } = await loader.configFor('/w/repo/jobs/a.jd.yaml');
    assert.equal(config.brand, 'Acme');
    assert.deepEqual(config.emoji, { max: 1 });
    const findings = await loader.findingsFor('/w/repo/.copydesk.yaml');
    assert.deepEqual(summarize(text, findings), ['config/invalid 2:5-2:21', 'config/invalid 3:5-3:14']);
    assert.match(findings[0].message, /^Cannot extend '\.\.\/\.\.\/etc\/passwd': it is outside the workspace/);
    assert.match(findings[1].message, /^Cannot extend '\/dev\/zero': it is outside the workspace/);
    assert.ok(!host.reads.includes('/etc/passwd') && !host.reads.includes('/dev/zero'), 'refused files are never read');
  });

  it('reads inside the workspace ask the host to keep links inside it; the user\'s own file above it may extend its neighbours', async () => {
    const seen: [string, readonly string[] | undefined][] = [];
    const files: Record<string, string> = {
      '/home/u/.copydesk.yaml': 'extends: ./brand.yaml\n',
      '/home/u/brand.yaml': 'brand: Mine\n',
    };
    const host: FileHost = {
      async readFile(path, options) {
        seen.push([path, options?.within]);
        return files[path];
      },
    };
    const loader = new ConfigLoader(host, undefined, { workspace: ['/home/u/repo'] });
    const { config } = await loader.configFor('/home/u/repo/a.jd.yaml');
    assert.equal(config.brand, 'Mine');
    assert.deepEqual(await loader.findingsFor('/home/u/.copydesk.yaml'), []);
    assert.deepEqual(seen, [
      ['/home/u/repo/.copydesk.yaml', ['/home/u/repo']],
      ['/home/u/.copydesk.yaml', undefined],
      ['/home/u/brand.yaml', undefined],
    ]);
  });

  it('a folder the user allows may be extended from the repository', async () => {
    const host = memoryHost({ '/w/repo/.copydesk.yaml': 'extends: /srv/brand/base.yaml\n', '/srv/brand/base.yaml': 'brand: Shared\n' });
    const refused = new ConfigLoader(host, '/w/repo', { workspace: ['/w/repo'] });
    assert.equal((await refused.configFor('/w/repo/a.jd.yaml')).config.brand, undefined);
    const allowed = new ConfigLoader(host, '/w/repo', { workspace: ['/w/repo'], alsoAllowed: ['/srv/brand'] });
    assert.equal((await allowed.configFor('/w/repo/a.jd.yaml')).config.brand, 'Shared');
    assert.deepEqual(await allowed.findingsFor('/w/repo/.copydesk.yaml'), []);
  });

  it('a host that refuses a file (a FIFO, a device, too big) gives a finding at the entry with its reason', async () => {
    const host: FileHost = {
      async readFile(path) {
        if (path === '/w/fifo.yaml') throw new Error('is a pipe (FIFO), not a regular file');
        return path === '/w/.copydesk.yaml' ? 'extends: ./fifo.yaml\n' : undefined;
      },
    };
    const findings = await new ConfigLoader(host, '/w', { workspace: ['/w'] }).findingsFor('/w/.copydesk.yaml');
    assert.deepEqual(findings.map((f) => f.message), ["Cannot read './fifo.yaml': is a pipe (FIFO), not a regular file."]);
  });

  it('an extended file with many problems: the first five listed with their place, then how many more', async () => {
    const ids = ['jd/schema', 'jd/missing-section', 'jd/empty-section', 'jd/salary-range', 'post/over-limit', 'post/hashtag-max', 'brand/shouting'];
    const base = 'rules:\n' + ids.map((id) => `  ${id}: loud\n`).join('');
    const host = memoryHost({ '/w/.copydesk.yaml': 'extends: base.yaml\n', '/w/base.yaml': base });
    const loader = new ConfigLoader(host, '/w', { workspace: ['/w'] });
    const errors = (await loader.findingsFor('/w/base.yaml')).filter((f) => f.severity === 'error');
    assert.equal(errors.length, 7);
    const [entry] = await loader.findingsFor('/w/.copydesk.yaml');
    const listed = ids.slice(0, 5).map((id, i) => `line ${i + 2}, column ${id.length + 5}: 'loud' is not a valid value for \`rules.${id}\`: use off, info, warning or error (config/invalid)`);
    assert.equal(entry.message, `'base.yaml' has 7 problems; the valid parts are used: ${listed.join('; ')}; and 2 more.`);
  });
});
