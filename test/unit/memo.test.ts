// The editor reads one text three times per change (lint, status bar counts, preview): the core
// remembers its last YAML read and post analysis. Only the last one, and never across a change.
import { strict as assert } from 'node:assert';
import { analyzePost, resolveConfig } from '../../src/core/index';
import { readYaml } from '../../src/core/yaml/document';

describe('the last read is remembered', () => {
  it('readYaml: the same text gives the same read; another text in between reads afresh', () => {
    const a = readYaml('title: Barista\n');
    assert.equal(readYaml('title: Barista\n'), a);
    const b = readYaml('title: Baker\n');
    assert.notEqual(b, a);
    assert.deepEqual(b.value, { title: 'Baker' });
    const again = readYaml('title: Barista\n');
    assert.notEqual(again, a);
    assert.deepEqual(again.value, { title: 'Barista' });
  });

  it('analyzePost: shared for the same text and configuration, each call keeps its own date', () => {
    const config = resolveConfig({});
    const text = '---\nplatforms: [x]\n---\nHello.\n';
    const first = analyzePost(text, config, new Date(Date.UTC(2026, 0, 1)));
    const second = analyzePost(text, config, new Date(Date.UTC(2026, 5, 1)));
    assert.equal(second.parsed, first.parsed);
    assert.deepEqual([first.now.getUTCMonth(), second.now.getUTCMonth()], [0, 5]);
    assert.notEqual(analyzePost(text, resolveConfig({ platforms: { x: { max_length: 100 } } }), first.now).parsed, first.parsed);
    const edited = analyzePost(text.replace('Hello', 'Hi'), config, first.now);
    assert.equal(edited.targets[0].publish.text, 'Hi.');
  });

  it('no configuration resolves to one shared configuration, so its vocabulary compiles once', () => {
    const none = resolveConfig(undefined);
    assert.equal(resolveConfig(undefined), none);
    assert.deepEqual(none, resolveConfig({}));
  });
});
