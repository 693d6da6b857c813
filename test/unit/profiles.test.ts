// Role profiles: which profile a JD is held to, from its own `profile:`, the configuration or its title.
import { strict as assert } from 'node:assert';
import { lint, resolveConfig } from '../../src/core/index';
import { chooseProfile, isSocialTitle } from '../../src/core/jd/profiles';

const missing = (text: string, config?: unknown) =>
  lint(text, { fileName: 'a.jd.yaml', config, now: new Date('2026-12-07') })
    .filter((f) => f.ruleId === 'jd/missing-section')
    .map((f) => /`([a-z_]+)`/.exec(f.message)![1]);

describe('role profiles', () => {
  it('reads a title as a social media role only when it is one', () => {
    const social = ['Social Media Manager', 'Social Media Manager (m/w/d)', 'Community Manager (H/F)', 'Head of Content', 'Content Strategist', 'Marketing Assistant', 'Senior Copywriter', 'Communications Officer', 'Influencer Partnerships Lead', 'Social & Community Executive'];
    const other = ['Social Worker', 'Community Nurse', 'Community Support Worker', 'Registered Nurse', 'Warehouse Associate', 'Barista', 'Curriculum Community Developer', 'Software Engineer', 'Content Moderator', 'Social Care Assistant'];
    assert.deepEqual(social.filter((t) => !isSocialTitle(t)), []);
    assert.deepEqual(other.filter(isSocialTitle), []);
  });

  it('the file\'s profile beats the configuration\'s, which beats the title', () => {
    const config = resolveConfig({ jd: { profile: 'general' } });
    assert.equal(chooseProfile({ title: 'Social Media Manager', profile: 'social' }, config.jd).source, 'file');
    assert.deepEqual([chooseProfile({ title: 'Social Media Manager' }, config.jd).profile.name, chooseProfile({ title: 'Social Media Manager' }, config.jd).source], ['general', 'config']);
    assert.deepEqual(missing('title: Social Media Manager\nresponsibilities: [a]\nqualifications: [b]\nskills: [c]\n', { jd: { profile: 'general' } }), []);
  });

  it('custom profiles: extends, their own lists, and title words that pick them', () => {
    const config = {
      jd: {
        profiles: {
          nursing: { extends: 'general', required: ['responsibilities', 'qualifications', 'licenses', 'shifts'], titles: ['nurse', 'midwife'] },
          retail: { extends: 'general', recommended: ['shifts'] },
        },
      },
    };
    assert.deepEqual(missing('title: Staff Nurse, Cardiology\nresponsibilities: [Care]\nqualifications: [RN]\n', config), ['licenses', 'shifts']);
    assert.deepEqual(missing('title: Store Assistant\nprofile: retail\nresponsibilities: [Serve]\n', config), ['qualifications', 'skills'], 'retail extends general\'s required list');
    assert.match(lint('title: Midwife\n', { fileName: 'a.jd.yaml', config }).find((f) => f.ruleId === 'jd/missing-section')!.message, /Profile `nursing`, from the title\./);
  });

  it('a profile named like an Object property (constructor, __proto__, toString) is no profile, and nothing crashes', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const findings = lint(`title: Barista\nprofile: ${name}\n`, { fileName: 'a.jd.yaml', config: { jd: { profile: name, profiles: { [name]: { extends: name } } } } });
      assert.ok(!findings.some((f) => /could not finish/.test(f.message)), `${name}: ${findings.map((f) => f.message).join(' | ')}`);
      // `constructor` is a valid profile name the configuration defines; the others are not valid names, so no profile.
      assert.equal(findings.some((f) => f.ruleId === 'jd/schema' && f.message.startsWith(`Unknown profile '${name}'`)), name !== 'constructor', name);
      const config = lint(`jd:\n  profile: ${name}\n  profiles:\n    nursing: { extends: ${name} }\n`, { fileName: '.copydesk.yaml' });
      assert.ok(!config.some((f) => /could not finish/.test(f.message)), name);
    }
  });

  it('rewriting a built-in profile keeps what it does not rewrite', () => {
    const config = resolveConfig({ jd: { profiles: { social: { required: ['responsibilities', 'kpis'] } } } });
    assert.deepEqual(config.jd.profiles.social.required, ['responsibilities', 'kpis']);
    assert.equal(config.jd.profiles.social.recommended.length, 6);
  });

  it('the older required_sections replaces the default profile\'s list for every JD, as before profiles', () => {
    assert.deepEqual(missing('title: Barista\n', { jd: { required_sections: ['skills', 'kpis'] } }), ['skills', 'kpis']);
    assert.deepEqual(missing('title: Barista\nprofile: general\n', { jd: { required_sections: ['skills', 'kpis'] } }), ['responsibilities', 'qualifications', 'skills'], 'a file that names its profile gets that profile');
  });

  it('.copydesk.yaml: an unknown jd.profile or extends is a config/invalid finding with a suggestion', () => {
    const text = 'jd:\n  profile: socal\n  profiles:\n    nursing:\n      extends: genral\n';
    const findings = lint(text, { fileName: '.copydesk.yaml' }).filter((f) => f.ruleId === 'config/invalid');
    assert.deepEqual(
      findings.map((f) => [text.slice(f.range.start, f.range.end), f.message, f.fixes?.[0]?.edits[0].text]),
      [
        ['socal', "`jd.profile` names no profile: 'socal'. Did you mean 'social'?", 'social'],
        ['genral', "The `extends` of profile 'nursing' names no profile: 'genral'. Did you mean 'general'?", 'general'],
      ],
    );
  });
});
