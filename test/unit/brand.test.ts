import { strict as assert } from 'node:assert';
import { ConfigLoader, applyFixes, lint, resolveConfig, type Finding } from '../../src/core/index';
import { compileVocabulary } from '../../src/core/brand/vocabulary';
import { INCLUSIVE_LANGUAGE } from '../../src/core/data/inclusive-language';
import { tokenList } from '../../src/core/brand/words';
import { memoryHost } from '../support/memory-host';
import { TODAY } from '../support/paths';

const post = (body: string, frontMatter = 'platforms: [linkedin]') => `---\n${frontMatter}\n---\n${body}\n`;

function lintWith(text: string, config: unknown, fileName = 'a.post.md'): Finding[] {
  return lint(text, { fileName, config, now: TODAY });
}

/** `ruleId 'text'` for each finding of `prefix` rules: what a reader sees underlined. */
function hits(text: string, findings: readonly Finding[], prefix = 'brand/'): string[] {
  return findings.filter((f) => f.ruleId.startsWith(prefix)).map((f) => `${f.ruleId} '${text.slice(f.range.start, f.range.end)}'`);
}

/** The text after applying the finding's fix number `n`. */
function fixed(text: string, finding: Finding, n = 0): string {
  return applyFixes(text, [finding.fixes![n]]).text;
}

const BAN = { terms: [{ ban: ['rockstar', 'work hard play hard'], suggest: ['expert', 'specialist'], message: 'Name the skill.' }], inclusive_language: false };

describe('brand vocabulary', () => {
  describe('matching', () => {
    it('whole words, any capitalisation, hyphen/space variants and plurals', () => {
      const text = post('Rockstars wanted: a ROCKSTAR, not a rockstarlet. We work-hard play hard.');
      assert.deepEqual(hits(text, lintWith(text, BAN)), [
        "brand/banned-term 'Rockstars'",
        "brand/banned-term 'ROCKSTAR'",
        "brand/banned-term 'work-hard play hard'",
      ]);
    });

    it('a phrase does not run across other punctuation or a blank line', () => {
      const text = post('We work hard. Play hard.\n\nWork hard\n\nplay hard');
      assert.deepEqual(hits(text, lintWith(text, BAN)), []);
    });

    it('a phrase needs its words side by side: not with another word, sign or emoji between, with brand/shouting on or off', () => {
      // Without brand/shouting the tokens keep only the vocabulary's words (TokenList keysOnly):
      // the words between must still break a phrase, and the result must not depend on it.
      const text = post('We work hard, then play hard. Work really hard play hard. Work hard 🎉 play hard. Work hard / play hard. Work hard play hard.');
      for (const shouting of [false, true]) {
        assert.deepEqual(hits(text, lintWith(text, { ...BAN, tone: { shouting } })), ["brand/banned-term 'Work hard play hard'"], `shouting: ${shouting}`);
      }
    });

    it('never inside links, e-mail addresses, mentions, hashtags, code spans or HTML comments', () => {
      const text = post('See https://rockstar.coffee/rockstar, mail rockstar@example.org, ask @rockstar, tag #rockstar, run `rockstar`. <!-- rockstar -->');
      assert.deepEqual(hits(text, lintWith(text, BAN)), []);
    });

    it('never in YAML keys or front matter, only in values and copy', () => {
      const jd = 'title: Barista\nrockstar: yes\nsummary: Be a rockstar.\n';
      assert.deepEqual(hits(jd, lintWith(jd, BAN, 'a.jd.yaml')), ["brand/banned-term 'rockstar'"]);
      const text = post('Copy.', 'platforms: [linkedin]\ncampaign: rockstar');
      assert.deepEqual(hits(text, lintWith(text, BAN)), []);
    });

    it('one fix per suggestion, replacing exactly the word, keeping a leading capital and the plural', () => {
      const text = post('Rockstars wanted.');
      const [finding] = lintWith(text, BAN).filter((f) => f.ruleId === 'brand/banned-term');
      assert.deepEqual(finding.fixes!.map((f) => [f.title, f.safe]), [["Replace with 'Experts'", false], ["Replace with 'Specialists'", false]]);
      assert.equal(fixed(text, finding, 1), post('Specialists wanted.'));
      assert.equal(finding.message, "'Rockstars' is on the brand's banned list. Name the skill. Try 'Experts' or 'Specialists'.");
    });

    it('case_sensitive entries match only their capitalisation', () => {
      const config = { terms: [{ ban: ['Mocha Madness'], case_sensitive: true }], inclusive_language: false };
      const text = post('Mocha Madness or mocha madness or Mocha-Madness?');
      assert.deepEqual(hits(text, lintWith(text, config)), ["brand/banned-term 'Mocha Madness'", "brand/banned-term 'Mocha-Madness'"]);
    });

    it('applies_to and severity per entry', () => {
      const config = { terms: [{ ban: ['cheap'], applies_to: ['post'], severity: 'error' }], inclusive_language: false };
      const text = post('Cheap beans.');
      assert.deepEqual(lintWith(text, config).filter((f) => f.ruleId === 'brand/banned-term').map((f) => f.severity), ['error']);
      assert.deepEqual(hits('summary: Cheap beans.\n', lintWith('summary: Cheap beans.\n', config, 'a.jd.yaml')), []);
    });

    it('prefer: the brand spelling, exact capitalisation, a safe fix', () => {
      const config = { terms: [{ prefer: 'Fernhill Coffee', instead_of: ['Fern Hill Coffee'] }, { prefer: 'email', instead_of: ['e-mail'] }], inclusive_language: false };
      const text = post('fernhill coffee, Fern-Hill Coffee and Fernhill Coffee. E-mail or Email or email us.\nEmail us.');
      const findings = lintWith(text, config).filter((f) => f.ruleId === 'brand/preferred-term');
      // A lower-case word takes a capital only where a sentence starts ("E-mail" → "Email"; "or Email" → "or email").
      assert.deepEqual(hits(text, findings), [
        "brand/preferred-term 'fernhill coffee'",
        "brand/preferred-term 'Fern-Hill Coffee'",
        "brand/preferred-term 'E-mail'",
        "brand/preferred-term 'Email'",
      ]);
      assert.deepEqual(findings.map((f) => f.fixes!.map((x) => [x.edits[0].text, x.safe])), [[['Fernhill Coffee', true]], [['Fernhill Coffee', true]], [['Email', true]], [['email', true]]]);
    });

    it('the longest match wins, and the brand name protects the words inside it', () => {
      const config = { brand: 'Ninja Roasters', terms: [{ ban: ['ninja'] }, { ban: ['coffee ninja'], suggest: ['barista'] }], inclusive_language: true };
      const text = post('Ninja Roasters hires a coffee ninja, not a ninja.');
      assert.deepEqual(hits(text, lintWith(text, config)), ["brand/banned-term 'coffee ninja'", "brand/banned-term 'ninja'"]);
    });
  });

  describe('bad input', () => {
    it('empty terms: nothing to match, no finding', () => {
      const text = post('Rockstar.');
      assert.deepEqual(hits(text, lintWith(text, { terms: [], inclusive_language: false })), []);
      assert.deepEqual(lint('terms: []\n', { fileName: '.copydesk.yaml' }), []);
    });

    it('a term that is empty or only spaces: config/invalid at the term, the other terms still apply', () => {
      const config = 'terms:\n  - ban: ["  ", rockstar]\n  - ban: [""]\n';
      assert.deepEqual(
        lint(config, { fileName: '.copydesk.yaml' }).map((f) => `${f.ruleId} ${config.slice(f.range.start, f.range.end)} ${f.message}`),
        ['config/invalid "  " `terms[0].ban[0]`: A term cannot be empty or only spaces.', 'config/invalid "" `terms[1].ban[0]`: A term cannot be empty or only spaces.'],
      );
      const text = post('Rockstar.');
      assert.deepEqual(hits(text, lintWith(text, { terms: [{ ban: ['  ', 'rockstar'] }], inclusive_language: false })), ["brand/banned-term 'Rockstar'"]);
    });

    it('the same word banned and preferred: a warning in the configuration, and no fix that leads to another finding', () => {
      const config = 'terms:\n  - ban: [email]\n  - prefer: email\n    instead_of: [e-mail]\n';
      const findings = lint(config, { fileName: '.copydesk.yaml' });
      assert.deepEqual(findings.map((f) => `${config.slice(f.range.start, f.range.end)} ${f.severity} ${f.message}`), [
        "email warning 'email' is the preferred spelling here but banned on line 2: keep one (the later entry wins).",
      ]);
      // The later entry wins: preferred after banned, the fix is clean; banned after preferred, no fix is offered.
      const text = post('E-mail us.');
      const preferLast = lintWith(text, { terms: [{ ban: ['email'] }, { prefer: 'email', instead_of: ['e-mail'] }] });
      const fixedText = fixed(text, preferLast.find((f) => f.ruleId === 'brand/preferred-term')!);
      assert.equal(fixedText, post('Email us.'));
      assert.deepEqual(hits(fixedText, lintWith(fixedText, { terms: [{ ban: ['email'] }, { prefer: 'email', instead_of: ['e-mail'] }] })), []);
      const banLast = lintWith(text, { terms: [{ prefer: 'email', instead_of: ['e-mail'] }, { ban: ['email'] }] });
      assert.equal(banLast.find((f) => f.ruleId === 'brand/preferred-term')!.fixes, undefined);
    });

    it('duplicate entries: a warning at the second, the later entry wins', () => {
      const config = 'terms:\n  - ban: [guru]\n    message: first\n  - ban: [Guru]\n    message: second\n';
      assert.deepEqual(lint(config, { fileName: '.copydesk.yaml' }).map((f) => f.message), ["'Guru' is already listed on line 2: keep one entry (the later one wins)."]);
      const text = post('A guru.');
      const raw = { terms: [{ ban: ['guru'], message: 'first' }, { ban: ['Guru'], message: 'second' }], inclusive_language: false };
      assert.deepEqual(lintWith(text, raw).filter((f) => f.ruleId === 'brand/banned-term').map((f) => f.message), ["'guru' is on the brand's banned list. second."]);
    });

    it('Unicode terms: ü, CJK without spaces, emoji', () => {
      const config = { terms: [{ ban: ['Kaffeeküche'], suggest: ['Café'] }, { ban: ['社交'] }, { ban: ['🍆'] }, { prefer: 'Müller', instead_of: ['Mueller'] }], inclusive_language: false };
      const text = post('Die KAFFEEKÜCHE von Mueller. 我们的社交媒体 🍆🍆');
      assert.deepEqual(hits(text, lintWith(text, config)).filter((h) => !h.startsWith('brand/shouting')), [
        "brand/banned-term 'KAFFEEKÜCHE'",
        "brand/preferred-term 'Mueller'",
        "brand/banned-term '社交'",
        "brand/banned-term '🍆'",
        "brand/banned-term '🍆'",
      ]);
      // NFD input (u + combining diaeresis) matches the NFC term, and the range covers the decomposed letters.
      const nfd = post('Kaffeeku\u0308che');
      assert.deepEqual(hits(nfd, lintWith(nfd, config)), ["brand/banned-term 'Kaffeeku\u0308che'"]);
    });

    it('a suggestion that contains the banned term is never a fix (no fix loop)', () => {
      const config = { terms: [{ ban: ['guru'], suggest: ['SEO guru', 'SEO lead'] }], inclusive_language: false };
      const text = post('A guru.');
      const finding = lintWith(text, config).find((f) => f.ruleId === 'brand/banned-term')!;
      assert.deepEqual(finding.fixes!.map((f) => f.edits[0].text), ['SEO lead']);
      const yaml = 'terms:\n  - ban: [guru]\n    suggest: [SEO guru, SEO lead]\n';
      assert.deepEqual(lint(yaml, { fileName: '.copydesk.yaml' }).map((f) => yaml.slice(f.range.start, f.range.end)), ['SEO guru']);
    });

    it('extends chains: terms add up, and a later file overrides an entry for the same word', async () => {
      const host = memoryHost({
        '/w/base.yaml': 'terms:\n  - ban: [guru]\n    message: From the base.\n  - ban: [ninja]\n',
        '/w/team.yaml': 'extends: ./base.yaml\nterms:\n  - ban: [guru]\n    message: From the team.\n    suggest: [expert]\n',
        '/w/.copydesk.yaml': 'extends: ./team.yaml\ninclusive_language: false\nterms:\n  - prefer: email\n    instead_of: [e-mail]\n',
      });
      const { config } = await new ConfigLoader(host).configFor('/w/a.post.md');
      const text = post('A guru and a ninja, e-mail me.');
      assert.deepEqual(
        lintWith(text, config).map((f) => `${text.slice(f.range.start, f.range.end)}: ${f.message}`),
        ["guru: 'guru' is on the brand's banned list. From the team. Try 'expert'.", "ninja: 'ninja' is on the brand's banned list.", "e-mail: Write 'email', not 'e-mail'."],
      );
    });

    it('pattern: is refused with config/invalid, and the rest of the configuration still applies', () => {
      const yaml = 'terms:\n  - pattern: "(a+)+$"\n  - ban: [guru]\n';
      const findings = lint(yaml, { fileName: '.copydesk.yaml' });
      assert.deepEqual(findings.map((f) => `${f.ruleId} ${yaml.slice(f.range.start, f.range.end)}`), ['config/invalid pattern']);
      assert.match(findings[0].message, /Regular expressions .* are not accepted/);
      const text = post('A guru, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab.');
      assert.deepEqual(hits(text, lintWith(text, { terms: [{ pattern: '(a+)+$' }, { ban: ['guru'] }], inclusive_language: false })), ["brand/banned-term 'guru'"]);
    });
  });

  describe('compiled once', () => {
    it('is cached per configuration object, also when lint is given the same raw object', () => {
      const config = resolveConfig({ terms: [{ ban: ['guru'] }] });
      assert.equal(compileVocabulary(config), compileVocabulary(config));
      const raw = { terms: [{ ban: ['guru'] }] };
      assert.equal(resolveConfig(raw), resolveConfig(raw));
    });

    it('10,000 terms compile to one trie and still match exactly', () => {
      const terms = Array.from({ length: 10_000 }, (_, i) => `term${i} word${i % 97}`);
      const config = resolveConfig({ terms: [{ ban: terms }], inclusive_language: false });
      const vocabulary = compileVocabulary(config);
      const text = 'x term42 word42 y term43 word44 z TERM9999-word8';
      assert.deepEqual(vocabulary.match(text, tokenList(text), 'post').map((m) => m.text), ['term42 word42', 'TERM9999-word8']);
    });
  });
});

describe('inclusive language', () => {
  const jd = (summary: string) => `title: Barista\nsummary: ${summary}\n`;

  it('is on for JDs by default and off for posts unless switched on', () => {
    assert.deepEqual(hits(jd('A rockstar.'), lintWith(jd('A rockstar.'), {}, 'a.jd.yaml')), ["brand/inclusive-language 'rockstar'"]);
    const text = post('A rockstar.');
    assert.deepEqual(hits(text, lintWith(text, {})), []);
    assert.deepEqual(hits(text, lintWith(text, { inclusive_language: true })), ["brand/inclusive-language 'rockstar'"]);
    assert.deepEqual(hits(jd('A rockstar.'), lintWith(jd('A rockstar.'), { inclusive_language: false }, 'a.jd.yaml')), []);
  });

  it('single entries switch off by id or by word', () => {
    const text = jd('A rockstar, a salesman and a young team.');
    const allow = (words: string[]) => hits(text, lintWith(text, { inclusive_language: { allow: words } }, 'a.jd.yaml'));
    assert.deepEqual(allow([]), ["brand/inclusive-language 'rockstar'", "brand/inclusive-language 'salesman'", "brand/inclusive-language 'young team'"]);
    assert.deepEqual(allow(['rockstar', 'Young Team', 'young']), ["brand/inclusive-language 'salesman'"]);
  });

  it('pronouns for the hire: every form in JDs, only the slash forms in posts; allowing an old id still covers the terms split from it', () => {
    const words = 'He will lead his team; s/he and him/her too.';
    const inJd = jd(words);
    assert.deepEqual(hits(inJd, lintWith(inJd, {}, 'a.jd.yaml')), ["brand/inclusive-language 'He'", "brand/inclusive-language 'his'", "brand/inclusive-language 's/he'", "brand/inclusive-language 'him/her'"]);
    const inPost = post(`Meet Sam: ${words}`);
    assert.deepEqual(hits(inPost, lintWith(inPost, { inclusive_language: true })), ["brand/inclusive-language 's/he'", "brand/inclusive-language 'him/her'"]);
    assert.deepEqual(hits(inJd, lintWith(inJd, { inclusive_language: { allow: ['he or she', 'him or her', 'he', 'his', 'him', 'her'] } }, 'a.jd.yaml')), []);
  });

  it('not inside quoted text in a JD value, the brand name or links', () => {
    const text = 'title: Barista\nsummary: \'Our "Rockstar Roast" blend; see https://example.com/rockstar-jobs\'\n';
    assert.deepEqual(hits(text, lintWith(text, { brand: 'Guru Coffee' }, 'a.jd.yaml')), []);
    const brand = jd('Guru Coffee is hiring.');
    assert.deepEqual(hits(brand, lintWith(brand, { brand: 'Guru Coffee' }, 'a.jd.yaml')), []);
  });

  it('every built-in entry matches its own terms, and no suggestion is flagged itself', () => {
    const vocabulary = compileVocabulary(resolveConfig({ inclusive_language: true }));
    for (const entry of INCLUSIVE_LANGUAGE) {
      for (const term of entry.terms) {
        const found = vocabulary.match(term, tokenList(term), 'jd');
        assert.equal(found[0]?.entry.builtIn?.id, entry.id, `${term} should match ${entry.id}`);
        assert.deepEqual(found[0].replacements.length, entry.suggest.length, `suggestions of ${entry.id}`);
      }
    }
    const ids = INCLUSIVE_LANGUAGE.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    assert.ok(INCLUSIVE_LANGUAGE.length >= 50, `${INCLUSIVE_LANGUAGE.length} entries`);
  });
});

describe('brand policies: edge cases found in review', () => {
  const text = (body: string, frontMatter = 'platforms: [linkedin]') => post(body, frontMatter);

  it('a term wrapped over two lines is quoted on one line in the message', () => {
    const jd = 'title: Barista\nsummary: >\n  We want a digital\n  native.\n';
    const [finding] = lintWith(jd, {}, 'a.jd.yaml').filter((f) => f.ruleId === 'brand/inclusive-language');
    assert.match(finding.message, /^'digital native' may put candidates off/);
  });

  it('"young" alone is flagged, its harmless phrases are not; allow takes hyphen/space variants', () => {
    const jd = 'title: Young Adult Fiction Bookseller\nsummary: Join a young crew that runs clubs for young people; able bodied staff only.\n';
    assert.deepEqual(hits(jd, lintWith(jd, {}, 'a.jd.yaml')), ["brand/inclusive-language 'young'", "brand/inclusive-language 'able bodied'"]);
    assert.deepEqual(hits(jd, lintWith(jd, { inclusive_language: { applies_to: ['jd'], allow: ['able-bodied'] } }, 'a.jd.yaml')), ["brand/inclusive-language 'young'"]);
  });

  it('shouting: one finding per run of capitals (across punctuation, not lines), the brand spelling as fix, short words alone are not shouting', () => {
    const config = { brand: 'Fernpeak', tone: { shouting: true } };
    const t = text('WOW! BIG SALE (TODAY) on ALL orders in EUR. Meet the FERNPEAK team.\nGRAND OPENING\nTODAY');
    const findings = lintWith(t, config).filter((f) => f.ruleId === 'brand/shouting');
    assert.deepEqual(hits(t, findings), ["brand/shouting 'WOW! BIG SALE (TODAY'", "brand/shouting 'FERNPEAK'", "brand/shouting 'GRAND OPENING'"]);
    assert.deepEqual(findings.map((f) => f.fixes![0].edits[0].text), ['Wow! Big sale (today', 'Fernpeak', 'Grand opening']);
  });

  it('shouting: codes with digits, terms defined in brackets, social abbreviations and sector packs are acronyms', () => {
    const config = { tone: { shouting: true, acronym_packs: ['logistics'] } };
    const t = text('Code STUDY20 works. Our Warehouse Management System (WMS) and HGV LGV FLT fleet; the PDCA (Plan Do Check Act) loop, PDCA again. POV: ICYMI. NCBI BLAST TOOLS, TÜV SÜD, ELIXIR.\nFLT DRIVERS WANTED NOW');
    assert.deepEqual(hits(t, lintWith(t, config).filter((f) => f.ruleId === 'brand/shouting')), ["brand/shouting 'DRIVERS WANTED NOW'"], 'names and acronyms no list knows are not shouting');
    const without = lintWith(t, { tone: { shouting: true } }).filter((f) => f.ruleId === 'brand/shouting');
    assert.deepEqual(hits(t, without), ["brand/shouting 'FLT DRIVERS WANTED NOW'"]);
  });

  it('exclamations: marks in links and code spans do not count; the count is worded right', () => {
    const t = text('Run `npm i -g boots!` and see https://fernhill.coffee/a!b today!');
    const [finding] = lintWith(t, { tone: { max_exclamations: 0 } }).filter((f) => f.ruleId === 'brand/exclamations');
    assert.equal(t.slice(finding.range.start, finding.range.end), '!');
    assert.equal(finding.range.start, t.lastIndexOf('!'));
    assert.match(finding.message, /^1 exclamation mark in the copy for LinkedIn; the brand allows 0\./);
  });

  it('link-policy: utm_source is the platform that publishes the text the link is in', () => {
    const t = text('Read https://fernhill.coffee/story\n\n::: x\nShort: https://fernhill.coffee/x\n:::', 'platforms: [linkedin, x]');
    const fixes = lintWith(t, { links: { require_utm: true } }).filter((f) => f.ruleId === 'brand/link-policy').map((f) => f.fixes![0].edits[0].text);
    assert.deepEqual(fixes, ['?utm_source=linkedin&utm_medium=social', '?utm_source=x&utm_medium=social']);
  });

  it('sponsored: where the feed cuts the copy, the fix puts the disclosure first; TikTok cuts after the first line', () => {
    const long = 'Our friends at Millbrook made this oat milk for our flat whites, and we think it is the creamiest we have tasted in years, truly.';
    const missing = text(long, 'platforms: [instagram]\nsponsored: true');
    const [finding] = lintWith(missing, {}).filter((f) => f.ruleId === 'brand/sponsored-disclosure');
    assert.deepEqual(finding.fixes!.map((f) => f.title), ['Start the copy with #ad', 'Add #ad to hashtags']);
    assert.equal(fixed(missing, finding), text(`#ad ${long}`, 'platforms: [instagram]\nsponsored: true'));
    const tiktok = text('New oat milk in every flat white.\nMore below. #ad', 'platforms: [tiktok]\nsponsored: true');
    assert.deepEqual(lintWith(tiktok, {}).filter((f) => f.ruleId === 'brand/sponsored-disclosure').map((f) => f.message), [
      'The sponsorship disclosure is hidden behind "see more" on TikTok (after the first line): put it near the start.',
    ]);
  });
});

describe('brand policies: second review', () => {
  it('an exception phrase of the built-in list does not hide a team\'s own ban', () => {
    const jd = 'title: Bookseller\nsummary: Young adult fiction for young people.\n';
    assert.deepEqual(hits(jd, lintWith(jd, { terms: [{ ban: ['adult'] }] }, 'a.jd.yaml')), ["brand/banned-term 'adult'"]);
  });

  it('list items and headings start sentences; a preferred word there may take a capital', () => {
    const config = { terms: [{ prefer: 'email', instead_of: ['e-mail'] }], inclusive_language: false };
    const t = post('# Email us\n\n* Email list\n* e-mail list\n+ Email\n\nSend an Email.');
    const findings = lintWith(t, config).filter((f) => f.ruleId === 'brand/preferred-term');
    assert.deepEqual(findings.map((f) => `${t.slice(f.range.start, f.range.end)} → ${f.fixes![0].edits[0].text}`), ['e-mail → Email', 'Email → email']);
  });

  it('a shouted word the vocabulary spells gets one finding; a brand word inside a run keeps its spelling', () => {
    const config = { brand: 'Fernpeak', tone: { shouting: true }, terms: [{ prefer: 'email', instead_of: ['e-mail'] }], inclusive_language: false };
    const t = post('EMAIL us. SHOP FERNPEAK NOW, prices in DKK.');
    assert.deepEqual(
      lintWith(t, config).filter((f) => f.ruleId.startsWith('brand/')).map((f) => `${f.ruleId} ${t.slice(f.range.start, f.range.end)} → ${f.fixes![0].edits[0].text}`),
      ['brand/preferred-term EMAIL → Email', 'brand/shouting SHOP FERNPEAK NOW → Shop Fernpeak now'],
    );
  });

  it('TikTok: the disclosure fix puts it first, since appended hashtags start a new line', () => {
    const t = post('New oat milk in every flat white.', 'platforms: [tiktok]\nsponsored: true');
    const [finding] = lintWith(t, {}).filter((f) => f.ruleId === 'brand/sponsored-disclosure');
    assert.equal(finding.fixes![0].title, 'Start the copy with #ad');
  });

  it('the front matter link is published on every platform: utm_source=social for several', () => {
    const t = post('Copy.\n\n::: linkedin\nOther copy.\n:::', 'platforms: [instagram, linkedin]\nlink: https://fernhill.coffee/a');
    const [finding] = lintWith(t, { links: { require_utm: true } }).filter((f) => f.ruleId === 'brand/link-policy');
    assert.equal(finding.fixes![0].edits[0].text, '?utm_source=social&utm_medium=social');
  });
});

describe('links.utm_exempt', () => {
  const config = { links: { require_utm: true, utm_exempt: ['status.example.com', 'https://docs.example.com/'] } };

  it('exempts the listed domains and their subdomains from require_utm, nothing else', () => {
    const text = post('See https://status.example.com/x, https://eu.status.example.com, https://www.docs.example.com/a, https://example.com/b and https://notstatus.example.com/c.');
    assert.deepEqual(hits(text, lintWith(text, config)), ["brand/link-policy 'https://example.com/b'", "brand/link-policy 'https://notstatus.example.com/c'"]);
  });

  it('leaves require_utm as it was when not set, and is checked by the configuration schema', () => {
    const text = post('See https://status.example.com/x.');
    assert.equal(hits(text, lintWith(text, { links: { require_utm: true } })).length, 1);
    const findings = lint('links:\n  require_utm: true\n  utm_exempt: status.example.com\n', { fileName: '.copydesk.yaml' });
    assert.ok(findings.some((f) => f.ruleId === 'config/invalid'), 'a single string is not a list of domains');
    assert.deepEqual(lint('links:\n  require_utm: true\n  utm_exempt: [status.example.com]\n', { fileName: '.copydesk.yaml' }), []);
  });
});
