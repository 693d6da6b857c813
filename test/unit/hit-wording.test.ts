// The vocabulary rules build a message once per term written the same way (HitWording) instead
// of once per hit. These hits repeat spellings whose replacements differ (a capital where a
// sentence starts, plurals) and alternate between entries: every message must be what the hit
// alone would give (the expectations are those of the rules before the messages were shared).
import { strict as assert } from 'node:assert';
import { lint, resolveConfig } from '../../src/core/index';

const config = resolveConfig({
  inclusive_language: true,
  terms: [
    { prefer: 'email', instead_of: ['e mail'] },
    { prefer: 'Instagram', instead_of: ['insta gram', 'IG'], message: 'Our partner spells it so' },
    { ban: ['rockstar', 'ninja'], suggest: ['expert', 'specialist'] },
    { ban: ['guru'] },
  ],
});

const TEXT = `summary: >
  E-mail us. Send an e-mail, or two e-mails. E-mail again: e-mail, E-MAIL and e mail.
  Find us on IG, ig and Insta gram. IG is where we are. Our rockstar ninjas and a ninja,
  a Rockstar. Rockstars! A guru and gurus. We want a salesman and two salesmen; Salesman wanted.
  Young and energetic manpower. e-mail e-mail e-mail. Ninja e-mail IG ninja e-mail IG.
`;

describe('vocabulary rules: messages shared between hits that read the same', () => {
  it('every hit still gets its own message and fix titles', () => {
    const findings = lint(TEXT, { fileName: 'x.jd.yaml', config }).filter((f) => f.ruleId.startsWith('brand/'));
    const got = findings.map((f) => [f.ruleId, f.range.start, f.message, (f.fixes ?? []).map((x) => x.title)]);
    assert.deepEqual(got, [
      ["brand/preferred-term", 13, "Write 'Email', not 'E-mail'.", ["Replace with 'Email'"]],
      ["brand/preferred-term", 32, "Write 'email', not 'e-mail'.", ["Replace with 'email'"]],
      ["brand/preferred-term", 47, "Write 'emails', not 'e-mails'.", ["Replace with 'emails'"]],
      ["brand/preferred-term", 56, "Write 'Email', not 'E-mail'.", ["Replace with 'Email'"]],
      ["brand/preferred-term", 70, "Write 'Email', not 'e-mail'.", ["Replace with 'Email'"]],
      ["brand/preferred-term", 78, "Write 'email', not 'E-MAIL'.", ["Replace with 'email'"]],
      ["brand/preferred-term", 89, "Write 'email', not 'e mail'.", ["Replace with 'email'"]],
      ["brand/preferred-term", 110, "Write 'Instagram', not 'IG'. Our partner spells it so.", ["Replace with 'Instagram'"]],
      ["brand/preferred-term", 114, "Write 'Instagram', not 'ig'. Our partner spells it so.", ["Replace with 'Instagram'"]],
      ["brand/preferred-term", 121, "Write 'Instagram', not 'Insta gram'. Our partner spells it so.", ["Replace with 'Instagram'"]],
      ["brand/preferred-term", 133, "Write 'Instagram', not 'IG'. Our partner spells it so.", ["Replace with 'Instagram'"]],
      ["brand/banned-term", 157, "'rockstar' is on the brand's banned list. Try 'expert' or 'specialist'.", ["Replace with 'expert'","Replace with 'specialist'"]],
      ["brand/banned-term", 166, "'ninjas' is on the brand's banned list. Try 'experts' or 'specialists'.", ["Replace with 'experts'","Replace with 'specialists'"]],
      ["brand/banned-term", 179, "'ninja' is on the brand's banned list. Try 'expert' or 'specialist'.", ["Replace with 'expert'","Replace with 'specialist'"]],
      ["brand/banned-term", 190, "'Rockstar' is on the brand's banned list. Try 'Expert' or 'Specialist'.", ["Replace with 'Expert'","Replace with 'Specialist'"]],
      ["brand/banned-term", 200, "'Rockstars' is on the brand's banned list. Try 'Experts' or 'Specialists'.", ["Replace with 'Experts'","Replace with 'Specialists'"]],
      ["brand/banned-term", 213, "'guru' is on the brand's banned list.", []],
      ["brand/banned-term", 222, "'gurus' is on the brand's banned list.", []],
      ["brand/inclusive-language", 239, "'salesman' may put candidates off: a gendered job title tells half the applicant pool the role was written with someone else in mind. Consider 'salesperson' or 'sales representative'.", ["Replace with 'salesperson'","Replace with 'sales representative'"]],
      ["brand/inclusive-language", 256, "'salesmen' may put candidates off: a gendered job title tells half the applicant pool the role was written with someone else in mind. Consider 'salespersons' or 'sales representatives'.", ["Replace with 'salespersons'","Replace with 'sales representatives'"]],
      ["brand/inclusive-language", 266, "'Salesman' may put candidates off: a gendered job title tells half the applicant pool the role was written with someone else in mind. Consider 'Salesperson' or 'Sales representative'.", ["Replace with 'Salesperson'","Replace with 'Sales representative'"]],
      ["brand/inclusive-language", 285, "'Young and energetic' may put candidates off: links drive to youth, telling older candidates not to apply; it can also breach age-discrimination law. Consider 'Dynamic', 'Ambitious' or 'Motivated'.", ["Replace with 'Dynamic'","Replace with 'Ambitious'","Replace with 'Motivated'"]],
      ["brand/inclusive-language", 305, "'manpower' may put candidates off: counts the workforce in men, so staff of other genders read it as not including them. Consider 'workforce', 'staffing' or 'headcount'.", ["Replace with 'workforce'","Replace with 'staffing'","Replace with 'headcount'"]],
      ["brand/preferred-term", 315, "Write 'Email', not 'e-mail'.", ["Replace with 'Email'"]],
      ["brand/preferred-term", 322, "Write 'email', not 'e-mail'.", ["Replace with 'email'"]],
      ["brand/preferred-term", 329, "Write 'email', not 'e-mail'.", ["Replace with 'email'"]],
      ["brand/banned-term", 337, "'Ninja' is on the brand's banned list. Try 'Expert' or 'Specialist'.", ["Replace with 'Expert'","Replace with 'Specialist'"]],
      ["brand/preferred-term", 343, "Write 'email', not 'e-mail'.", ["Replace with 'email'"]],
      ["brand/preferred-term", 350, "Write 'Instagram', not 'IG'. Our partner spells it so.", ["Replace with 'Instagram'"]],
      ["brand/banned-term", 353, "'ninja' is on the brand's banned list. Try 'expert' or 'specialist'.", ["Replace with 'expert'","Replace with 'specialist'"]],
      ["brand/preferred-term", 359, "Write 'email', not 'e-mail'.", ["Replace with 'email'"]],
      ["brand/preferred-term", 366, "Write 'Instagram', not 'IG'. Our partner spells it so.", ["Replace with 'Instagram'"]],
    ]);
  });
});
