import { describe, expect, it } from 'vitest';
import { searchPage, searchResults } from '../../../../src/core/views/searchResults';
import { syncHarness } from '../../../support/syncHarness';

describe('searchResults', () => {
  it('says which field matched, gives deals their stage and amount, and says when more matched', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const contact = h.fake.control.all('Contact').find((c) => c['Email'] && c['Phone'])!;
    const contactHit = (text: string) =>
      searchResults(h.db, text, 50)
        .find((g) => g.object === 'Contact')
        ?.hits.find((hit) => hit.id === contact.Id);
    expect(contactHit(String(contact['LastName']))?.matched).toBeUndefined();
    expect(contactHit(String(contact['Email']))?.matched).toEqual({
      label: 'Email',
      value: contact['Email'],
    });
    const digits = String(contact['Phone']).replace(/\D/g, '');
    // Describe's label for a contact's Phone.
    expect(contactHit(digits.slice(0, 7))?.matched).toEqual({
      label: 'Business Phone',
      value: contact['Phone'],
    });

    const deal = h.fake.control.all('Opportunity').find((o) => typeof o['Amount'] === 'number')!;
    const dealHit = searchResults(h.db, String(deal['Name']), 50)
      .find((g) => g.object === 'Opportunity')
      ?.hits.find((hit) => hit.id === deal.Id);
    expect(dealHit?.deal).toMatchObject({ stage: deal['StageName'], amount: deal['Amount'] });

    const few = searchResults(h.db, 'a', 2);
    expect(few.some((g) => g.more && g.hits.length === 2)).toBe(true);
    expect(searchResults(h.db, String(contact['Email']), 6).every((g) => !g.more)).toBe(true);
  });

  it('pages through every match of one object and counts them all', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const all = searchResults(h.db, 'a', 10_000).find((g) => g.object === 'Contact')!.hits;
    const first = searchPage(h.db, 'a', 'Contact', 0, 2);
    const rest = searchPage(h.db, 'a', 'Contact', 2, 10_000);
    expect(first.total).toBe(all.length);
    expect(first.hits).toHaveLength(2);
    expect(all.length).toBeGreaterThan(2);
    expect(new Set([...first.hits, ...rest.hits].map((hit) => hit.id))).toEqual(
      new Set(all.map((hit) => hit.id)),
    );
    expect(searchPage(h.db, '', 'Contact', 0, 10)).toEqual({ total: 0, hits: [] });
  });

  it('finds a record by an org’s own email field and says so by its label', async () => {
    const h = await syncHarness({
      dataset: 'tiny',
      fields: { Lead: [{ name: 'Assistant_Email__c', label: 'Assistant email', type: 'email' }] },
    });
    const lead = h.fake.control.all('Lead')[0]!;
    h.fake.control.update('Lead', lead.Id, { Assistant_Email__c: 'pa@quillfeather.example' });
    await h.sync();
    const hits = searchResults(h.db, 'quillfeather', 6).find((g) => g.object === 'Lead')?.hits;
    expect(hits).toEqual([
      expect.objectContaining({
        id: lead.Id,
        matched: { label: 'Assistant email', value: 'pa@quillfeather.example' },
      }),
    ]);
  });
});
