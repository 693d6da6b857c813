// The extension's contributions (package.json, grammars, snippets, language configuration) agree
// with the core: every JD section is highlighted, every KPI snippet is a known, measurable KPI,
// every command is in the Copydesk category, activation is limited to our files.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KPI_DEFINITIONS, lint } from '../../src/core/index';
import { jdKeys } from '../../src/core/jd/schema';
import { REPO_ROOT } from '../support/paths';

const read = (...parts: string[]) => JSON.parse(readFileSync(join(REPO_ROOT, ...parts), 'utf8'));
const manifest = read('package.json');
const contributes = manifest.contributes;

describe('extension manifest', () => {
  it('activates only on our languages and on a workspace with .copydesk.yaml', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:jd-yaml', 'onLanguage:social-post', 'workspaceContains:**/.copydesk.yaml', 'onWebviewPanel:copydesk.preview', 'onWebviewPanel:copydesk.calendar']);
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/web/extension.js');
  });

  it('every file a contribution points at exists', () => {
    const paths = [
      ...contributes.languages.flatMap((l: { configuration: string; icon: { light: string; dark: string } }) => [l.configuration, l.icon.light, l.icon.dark]),
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.snippets.map((s: { path: string }) => s.path),
      ...contributes.yamlValidation.map((v: { url: string }) => v.url),
      manifest.icon,
    ];
    for (const path of paths) assert.ok(existsSync(join(REPO_ROOT, path)), path);
  });

  it('untrusted workspaces: limited; the settings that widen what is read are restricted, and the allowed folders are user-only', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.deepEqual(untrusted.restrictedConfigurations, ['copydesk.configPath', 'copydesk.allowExtendsFrom']);
    for (const name of untrusted.restrictedConfigurations) assert.ok(contributes.configuration.properties[name], name);
    assert.equal(contributes.configuration.properties['copydesk.allowExtendsFrom'].scope, 'application');
    assert.ok(untrusted.description.length > 40);
  });

  it('commands are in the Copydesk category and settings have descriptions', () => {
    for (const command of contributes.commands) assert.equal(command.category, 'Copydesk', command.command);
    for (const [name, setting] of Object.entries(contributes.configuration.properties) as [string, { markdownDescription?: string; description?: string }][]) {
      assert.ok(name.startsWith('copydesk.'), name);
      assert.ok((setting.markdownDescription ?? setting.description ?? '').length > 20, name);
    }
  });

  it('the JD grammar highlights exactly the schema\'s sections', () => {
    const grammar = read('syntaxes', 'jd-yaml.tmLanguage.json');
    const match = /^\^\(([^)]+)\)/.exec(grammar.repository['section-key'].match)!;
    assert.deepEqual(match[1].split('|').sort(), [...jdKeys()].sort());
  });

  it('the word pattern keeps #hashtags and @mentions whole', () => {
    for (const file of ['jd-yaml.json', 'social-post.json']) {
      const pattern = new RegExp(read('language-configuration', file).wordPattern, 'g');
      assert.deepEqual('Follow @northwind and #WinterTrails now'.match(pattern), ['Follow', '@northwind', 'and', '#WinterTrails', 'now']);
    }
  });

  it('KPI snippets name known metrics with measurable targets; every promised snippet exists', () => {
    const snippets = read('snippets', 'jd-yaml.json') as Record<string, { prefix: string; body: string[] }>;
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    for (const prefix of ['jd', 'resp-strategist', 'resp-community-manager', 'resp-analyst', 'resp-content', 'resp-engagement', 'resp-campaign', 'resp-reporting']) assert.ok(prefixes.includes(prefix), prefix);
    const kpis = Object.values(snippets).filter((s) => s.prefix.startsWith('kpi-'));
    assert.equal(kpis.length, 8);
    for (const snippet of kpis) {
      const metric = /- metric: (.+)$/.exec(snippet.body[0])![1];
      assert.ok(KPI_DEFINITIONS.some((k) => k.metric === metric), metric);
      // The snippet with its placeholders filled by their defaults is a measurable KPI.
      const yaml = `title: Barista\nkpis:\n  ${snippet.body.map((l) => l.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1').replace(/\$0/, '')).join('\n  ')}\n`;
      assert.deepEqual(lint(yaml, { fileName: 'a.jd.yaml' }).filter((f) => f.ruleId === 'jd/kpi-not-measurable' || f.ruleId === 'jd/schema'), [], yaml);
    }
    const post = read('snippets', 'social-post.json') as Record<string, { prefix: string }>;
    assert.deepEqual(Object.values(post).map((s) => s.prefix).sort(), ['block', 'media', 'post']);
  });

  it('the JD skeleton snippet, filled with its defaults, has every required section', () => {
    const skeleton = (read('snippets', 'jd-yaml.json') as Record<string, { prefix: string; body: string[] }>)['Job description'];
    const text = skeleton.body
      .join('\n')
      .replace(/\$\{\d+:([^}]*?(?:\$[A-Z_]+[^}]*?)*)\}/g, (_, d: string) => d.replace(/\$CURRENT_YEAR/, '2026').replace(/\$CURRENT_MONTH/, '11').replace(/\$CURRENT_DATE/, '01'))
      .replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1')
      .replace(/\$0/, '');
    const errors = lint(text, { fileName: 'a.jd.yaml', now: new Date('2026-11-23T12:00:00Z') }).filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((f) => `${f.ruleId}: ${f.message}`), []);
  });
});
