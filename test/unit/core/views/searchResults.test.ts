import { describe, expect, it } from 'vitest';
import { searchResults } from '../../../../src/core/views/searchResults';
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
    expect(contactHit(digits.slice(0, 7))?.matched).toEqual({
      label: 'Phone',
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
});
