// The code actions every editor face offers for a finding (src/core/fix.ts findingActions): the
// VS Code extension and the language server only translate this list.
import { strict as assert } from 'node:assert';
import { applyFixes, findingActions, lint, resolveConfig } from '../../src/core/index';

const config = resolveConfig({ terms: [{ prefer: 'email', instead_of: ['e-mail'] }] });
const text = '---\nplatforms: [linkedin]\n---\nSend an e-mail, or another e-mail.\n';
const fileName = 'draft.post.md';

describe('findingActions', () => {
  const findings = lint(text, { fileName, config });
  const terms = findings.filter((f) => f.ruleId === 'brand/preferred-term');

  it('each fix (preferred when it is the only one), fix all of the rule, disable for this line', () => {
    assert.equal(terms.length, 2);
    const actions = findingActions(text, fileName, findings, terms[0]);
    assert.deepEqual(
      actions.map((a) => [a.title, a.preferred, a.resolves.length]),
      [
        ["Replace with 'email'", true, 1],
        ['Fix all brand/preferred-term problems in this file', false, 2],
        ['Disable brand/preferred-term for this line', false, 1],
      ],
    );
    assert.equal(applyFixes(text, [{ title: '', edits: actions[1].edits, safe: true }]).text, text.replaceAll('e-mail', 'email'));
    assert.equal(applyFixes(text, [{ title: '', edits: actions[2].edits, safe: false }]).text, text.replace('Send', '<!-- copydesk-disable-next-line brand/preferred-term -->\nSend'));
  });

  it('no "fix all of the rule" for a rule with one fixable finding; a finding without fixes can still be disabled', () => {
    const one = '---\nplatforms: [linkedin]\n---\nSend an e-mail.\n';
    const found = lint(one, { fileName, config });
    assert.deepEqual(findingActions(one, fileName, found, found[0]).map((a) => a.title), ["Replace with 'email'", 'Disable brand/preferred-term for this line']);
    const unknown = '---\nplatforms: [myspace]\n---\nHello.\n';
    const [platform] = lint(unknown, { fileName });
    assert.deepEqual(findingActions(unknown, fileName, [platform], platform).map((a) => a.title), ['Disable post/unknown-platform for this line']);
  });
});
