// jd/pay-transparency over every entry of the law table: in force, about to be, not yet, under
// the size threshold, remote. And the location reader behind it, on the ways postings write places.
import { strict as assert } from 'node:assert';
import { PAY_LAWS, type PayLaw } from '../../src/core/data/pay-transparency';
import { lint } from '../../src/core/index';
import { placesOf } from '../../src/core/jd/pay-laws';

const BODY = 'responsibilities: [Do the work]\nqualifications: [Some experience]\nskills: [Care]\n';

function findings(location: string, asOf: string, employees?: number, salary = '') {
  const config = { jd: { as_of: asOf, profile: 'general' }, ...(employees !== undefined ? { organization: { employees } } : {}) };
  const text = `title: Assistant\nlocation: ${location}\n${salary}${BODY}`;
  return lint(text, { fileName: 'a.jd.yaml', config, now: new Date('2020-01-01') }).filter((f) => f.ruleId === 'jd/pay-transparency');
}

/** The jurisdictions a pay finding names ("the pay-transparency laws of A, B and C (from …) require"). */
function named(message: string): string[] {
  const match = /the pay-transparency laws? of (.+?) requires? /.exec(message);
  return match ? match[1].split(/, | and /).map((n) => n.replace(/ \(from .*$/, '')) : [];
}

function payFinding(list: ReturnType<typeof findings>) {
  return list.find((f) => f.message.startsWith('This posting has no pay range'));
}

function locationOf(law: PayLaw, remote = false): string {
  const { country, region, cities } = law.match;
  if (remote) return `{ country: ${country}, workplace: remote }`;
  if (cities) return `{ city: "${cities[0]}", region: ${region}, country: ${country} }`;
  if (region) return `{ region: ${region}, country: ${country} }`;
  return `{ country: ${country} }`;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('jd/pay-transparency: every law in the table', () => {
  it('the table is well formed: unique ids, dates, sources, a pay requirement', () => {
    assert.ok(PAY_LAWS.length >= 18, `${PAY_LAWS.length} laws`);
    assert.equal(new Set(PAY_LAWS.map((l) => l.id)).size, PAY_LAWS.length);
    for (const law of PAY_LAWS) {
      assert.match(law.inForce, /^\d{4}-\d{2}-\d{2}$/, law.id);
      if (law.until) assert.ok(law.until > law.inForce, law.id);
      assert.ok(law.sources.length > 0 && law.sources.every((s) => /^https?:\/\//.test(s.url)), law.id);
      assert.ok(['range', 'pay-or-range'].includes(law.requires.pay), law.id);
      assert.match(law.match.country, /^[A-Z]{2}$/, law.id);
    }
  });

  for (const law of PAY_LAWS) {
    const day = law.until ?? (law.inForce > '2026-12-07' ? law.inForce : '2026-12-07');
    describe(`${law.id} (${law.jurisdiction})`, () => {
      it(`in force (${day}): an error naming ${law.jurisdiction} when the posting has no pay range`, () => {
        const found = payFinding(findings(locationOf(law), day));
        assert.ok(found, 'a finding');
        assert.equal(found.severity, 'error');
        assert.ok(named(found.message).includes(law.jurisdiction), found.message);
      });

      it('a minimum only is not a range: named on salary, with what is missing', () => {
        const found = findings(locationOf(law), day, undefined, 'salary: { min: 50000, currency: USD, period: year }\n').find((f) => f.message.startsWith('This posting has a minimum only'));
        assert.ok(found && named(found.message).includes(law.jurisdiction), found?.message);
      });

      if (law.requires.maxWidth) {
        const { width, upTo, currency } = law.requires.maxWidth;
        it(`a range wider than ${width} ${currency} is refused; ${width} wide is fine`, () => {
          const top = upTo ?? width * 4;
          const wide = findings(locationOf(law), day, undefined, `salary: { min: ${top - width - 1}, max: ${top}, currency: ${currency}, period: year }\n`);
          assert.ok(wide.some((f) => f.message.startsWith(`This range is ${(width + 1).toLocaleString('en-US')} ${currency} wide`)), wide.map((f) => f.message).join(' | '));
          const fine = findings(locationOf(law), day, undefined, `salary: { min: ${top - width}, max: ${top}, currency: ${currency}, period: year }\n`);
          assert.ok(!fine.some((f) => f.message.startsWith('This range is')));
        });
      }

      it('30 days before it takes effect: named as coming, with its date', () => {
        const found = payFinding(findings(locationOf(law), addDays(law.inForce, -30)));
        assert.ok(found, 'a finding');
        assert.ok(found.message.includes(`${law.jurisdiction} (from ${law.inForce}, in 30 days)`), found.message);
        // Alone it is a warning; a predecessor in force makes it an error.
        const predecessor = PAY_LAWS.some((l) => l !== law && l.jurisdiction === law.jurisdiction && l.inForce < law.inForce);
        assert.equal(found.severity, predecessor ? 'error' : 'warning');
      });

      it('91 days before it takes effect: not named yet', () => {
        const found = payFinding(findings(locationOf(law), addDays(law.inForce, -91)));
        assert.ok(!found?.message.includes(`(from ${law.inForce}`), found?.message);
      });

      if (law.minEmployees !== undefined) {
        it(`an employer of ${law.minEmployees - 1} is not covered; of ${law.minEmployees}, it is`, () => {
          assert.ok(!named(payFinding(findings(locationOf(law), day, law.minEmployees! - 1))?.message ?? '').includes(law.jurisdiction));
          assert.ok(named(payFinding(findings(locationOf(law), day, law.minEmployees!))!.message).includes(law.jurisdiction));
        });
      }

      it(law.match.region === undefined ? 'a remote role in the country is covered' : law.remote ? 'a remote role open across the country is covered, and the message says why' : 'a remote role open across the country is not held to it', () => {
        const found = payFinding(findings(locationOf(law, true), day));
        const covered = law.match.region === undefined || law.remote;
        assert.equal(named(found?.message ?? '').includes(law.jurisdiction), covered, found?.message);
        if (covered && law.match.region !== undefined) assert.match(found!.message, /remote/);
      });
    });
  }

  it('a full pay range, benefits and deadline satisfy Colorado; a range of one figure counts where the law allows pay or range', () => {
    const text = `title: Assistant\nlocation: Denver, CO\nsalary: { min: 20, max: 20, currency: USD, period: hour }\nbenefits: [Health insurance]\nvalid_through: 2027-01-31\n${BODY}`;
    assert.deepEqual(lint(text, { fileName: 'a.jd.yaml', config: { jd: { as_of: '2026-12-07' } } }).filter((f) => f.ruleId === 'jd/pay-transparency'), []);
  });

  it('the hover on location lists the laws, with their sources', async () => {
    const { hoverAt, resolveConfig } = await import('../../src/core/index');
    const text = 'title: Assistant\nlocation: Toronto, ON\n';
    const hover = hoverAt(text, text.indexOf('location') + 2, 'a.jd.yaml', resolveConfig({ jd: { as_of: '2026-12-07' } }));
    assert.ok(hover);
    assert.match(hover.markdown, /\*\*Pay-transparency laws for this location\*\*/);
    assert.match(hover.markdown, /\*\*Ontario\*\*: \[Ontario Employment Standards Act[^\]]*\]\(https:\/\/www\.ontario\.ca\/[^)]*\), in force since 2026-01-01; employers of 25\+\. Requires the pay or a pay range, a range at most 50,000 CAD wide/);
  });
});

describe('jd/pay-transparency: reading a location', () => {
  const read = (location: unknown) => placesOf(location).map((p) => [p.country ?? '', p.region ?? '', p.city ?? '', p.remote ? 'remote' : ''].join('|'));
  it('free text as postings write it', () => {
    assert.deepEqual(read('San Francisco, CA'), ['US|CA|San Francisco|']);
    assert.deepEqual(read('Denver, Colorado or remote (US)'), ['US|CO|Denver|', 'US|||remote']);
    assert.deepEqual(read('Toronto, ON, Canada'), ['CA|ON|Toronto|']);
    assert.deepEqual(read('Remote - US'), ['US|||remote']);
    assert.deepEqual(read('New York, NY'), ['US|NY|New York|']);
    assert.deepEqual(read('Vienna, AT'), ['AT||Vienna|']);
    assert.deepEqual(read('Brooklyn, New York'), ['US|NY|Brooklyn|']);
    assert.deepEqual(read('Berlin'), ['||Berlin|']);
  });

  it('mappings and lists', () => {
    assert.deepEqual(read({ city: 'Seattle', region: 'Washington', country: 'US', workplace: 'hybrid' }), ['US|WA|Seattle|']);
    assert.deepEqual(read([{ region: 'CA', country: 'US' }, { region: 'ON' }]), ['US|CA||', 'CA|ON||']);
    assert.deepEqual(read({ country: 'US', workplace: 'remote' }), ['US|||remote']);
    assert.deepEqual(read(42), []);
  });
});
