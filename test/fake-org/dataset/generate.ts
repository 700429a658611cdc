import { dayMs, formatDate, formatDateTime } from '../clock';
import { deriveEventTimes } from '../records/eventTimes';
import { contactRoles } from '../schema/contactRole';
import { createRandom, type Random } from '../random';
import {
  accountTypes,
  industries,
  leadSources,
  leadStatuses,
  lossReasons,
  opportunityTypes,
  ratings,
  stages,
  taskPriorities,
  taskStatuses,
} from '../schema/picklists';
import type { Store } from '../store';
import {
  companyStems,
  companySuffixes,
  firstNames,
  lastNames,
  places,
  products,
  titles,
} from './words';

export type Scale = {
  users: number;
  accounts: number;
  contacts: number;
  opportunities: number;
  leads: number;
  tasks: number;
  /** Meetings from 30 days back to 90 ahead; none in the bench's large and huge orgs. */
  events: number;
  /** The share of deals with contact roles; none in the bench's large and huge orgs. */
  contactRoles: number;
};

export const scales: Record<'tiny' | 'demo' | 'large' | 'huge', Scale> = {
  tiny: {
    users: 3,
    accounts: 12,
    contacts: 30,
    opportunities: 24,
    leads: 25,
    tasks: 15,
    events: 12,
    contactRoles: 0.75,
  },
  demo: {
    users: 8,
    accounts: 2000,
    contacts: 6000,
    opportunities: 3000,
    leads: 4000,
    tasks: 2000,
    events: 1500,
    contactRoles: 0.75,
  },
  large: {
    users: 20,
    accounts: 20_000,
    contacts: 30_000,
    opportunities: 20_000,
    leads: 30_000,
    tasks: 0,
    events: 0,
    contactRoles: 0,
  },
  huge: {
    users: 50,
    accounts: 200_000,
    contacts: 300_000,
    opportunities: 200_000,
    leads: 300_000,
    tasks: 0,
    events: 0,
    contactRoles: 0,
  },
};

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '');

function phone(random: Random, dial: string): string {
  return `${dial} 555 ${String(random.int(0, 9999)).padStart(4, '0')}`;
}

/**
 * A realistic, deterministic org: the same seed and the same day give the same records.
 * Stamps spread over two years; a fifth of the rows share "data import" stamps, so ties on
 * SystemModstamp exist as they do in real orgs.
 */
export function generateDataset(
  store: Store,
  scale: Scale,
  seed: number,
  now: number,
): { userIds: string[] } {
  const random = createRandom(seed);
  const twoYears = 730 * dayMs;
  const importStamps = Array.from({ length: 5 }, () => now - random.int(30, 700) * dayMs);
  const stamps = () => {
    const created = now - random.int(1, twoYears / 1000) * 1000;
    const modified = random.chance(0.2)
      ? Math.max(created, random.pick(importStamps))
      : created + Math.floor(random.next() * (now - created));
    return {
      CreatedDate: formatDateTime(created),
      LastModifiedDate: formatDateTime(modified),
      SystemModstamp: formatDateTime(modified),
    };
  };

  const userIds: string[] = [];
  for (let i = 0; i < scale.users; i++) {
    const first = firstNames[(i * 7) % firstNames.length]!;
    const last = lastNames[(i * 11) % lastNames.length]!;
    const username = `${slug(first)}.${slug(last)}${i}@roadbook-fake.example`;
    const stamp = formatDateTime(now - twoYears - dayMs);
    const row = store.load('User', {
      Username: username,
      FirstName: first,
      LastName: last,
      Name: `${first} ${last}`,
      Email: username,
      Title:
        i === 0 ? 'Account Executive' : random.pick(['Account Executive', 'Sales Manager', 'SDR']),
      IsActive: true,
      CreatedDate: stamp,
      LastModifiedDate: stamp,
      SystemModstamp: stamp,
      CreatedById: userIds[0] ?? null,
      LastModifiedById: userIds[0] ?? null,
    });
    userIds.push(row.Id);
    if (i === 0)
      store
        .table('User')
        .rows.set(row.Id, { ...row, CreatedById: row.Id, LastModifiedById: row.Id });
  }
  const admin = userIds[0]!;
  const owner = () => random.pick(userIds);
  const audit = () => ({
    ...stamps(),
    CreatedById: admin,
    LastModifiedById: admin,
    IsDeleted: false,
  });

  stages.forEach((stage, index) => {
    const stamp = formatDateTime(now - twoYears);
    store.load('OpportunityStage', {
      MasterLabel: stage.label,
      ApiName: stage.label,
      IsActive: true,
      SortOrder: index + 1,
      IsClosed: stage.closed,
      IsWon: stage.won,
      DefaultProbability: stage.probability,
      ForecastCategoryName: stage.forecast,
      CreatedDate: stamp,
      LastModifiedDate: stamp,
      SystemModstamp: stamp,
      CreatedById: admin,
      LastModifiedById: admin,
    });
  });

  const accounts: Array<{
    id: string;
    name: string;
    domain: string;
    place: (typeof places)[number];
  }> = [];
  for (let i = 0; i < scale.accounts; i++) {
    const place = random.pick(places);
    const base = `${random.pick(companyStems)} ${random.pick(companySuffixes)}`;
    const name = i < companyStems.length * 4 ? base : `${base} ${place.city}`;
    const domain = `${slug(base)}.example`;
    const row = store.load('Account', {
      ...audit(),
      OwnerId: owner(),
      Name: name,
      Type: random.pick(accountTypes),
      Industry: random.pick(industries),
      AnnualRevenue: random.int(1, 500) * 100_000,
      NumberOfEmployees: random.int(5, 50_000),
      Phone: phone(random, place.dial),
      Website: random.chance(0.9) ? `https://www.${domain}` : null,
      BillingStreet: `${random.int(1, 999)} ${random.pick(['Market', 'Main', 'Harbour', 'King', 'Station'])} Street`,
      BillingCity: place.city,
      BillingState: place.state,
      BillingPostalCode: place.code,
      BillingCountry: place.country,
      Description: null,
      ParentId: null,
      External_Id__c: null,
    });
    accounts.push({ id: row.Id, name, domain, place });
  }

  const person = () => ({ first: random.pick(firstNames), last: random.pick(lastNames) });
  const contactIds: string[] = [];
  for (let i = 0; i < scale.contacts; i++) {
    const account = accounts[i % accounts.length]!;
    const { first, last } = person();
    const row = store.load('Contact', {
      ...audit(),
      OwnerId: owner(),
      AccountId: account.id,
      FirstName: first,
      LastName: last,
      Name: `${first} ${last}`,
      Title: random.pick(titles),
      Email: `${slug(first)}.${slug(last)}${i}@${account.domain}`,
      Phone: phone(random, account.place.dial),
      MobilePhone: random.chance(0.6) ? phone(random, account.place.dial) : null,
      MailingStreet: null,
      MailingCity: account.place.city,
      MailingState: account.place.state,
      MailingPostalCode: account.place.code,
      MailingCountry: account.place.country,
      External_Id__c: null,
    });
    contactIds.push(row.Id);
  }

  const opportunityIds: string[] = [];
  for (let i = 0; i < scale.opportunities; i++) {
    const account = random.pick(accounts);
    const closed = random.chance(0.35);
    const stage = closed ? random.pick(stages.slice(8)) : random.pick(stages.slice(0, 8));
    const closeDate = closed
      ? now - random.int(1, 365) * dayMs
      : now + random.int(-45, 270) * dayMs;
    const row = store.load('Opportunity', {
      ...audit(),
      OwnerId: owner(),
      AccountId: account.id,
      Name: `${account.name} - ${random.pick(products)}`,
      StageName: stage.label,
      Amount: random.chance(0.95) ? random.int(5, 500) * 1000 : null,
      Probability: stage.probability,
      CloseDate: formatDate(closeDate),
      Type: random.pick(opportunityTypes),
      LeadSource: random.pick(leadSources),
      NextStep: stage.closed
        ? null
        : random.pick(['Send proposal', 'Demo with IT', 'Pricing call', null]),
      IsClosed: stage.closed,
      IsWon: stage.won,
      ForecastCategoryName: stage.forecast,
      Loss_Reason__c: stage.closed && !stage.won ? random.pick(lossReasons) : null,
    });
    opportunityIds.push(row.Id);
  }

  for (let i = 0; i < scale.leads; i++) {
    const place = random.pick(places);
    const { first, last } = person();
    const company = `${random.pick(companyStems)} ${random.pick(companySuffixes)}`;
    const created = now - random.int(0, 365 * 24) * 3_600_000;
    const stamp = formatDateTime(created);
    const status = random.pick(leadStatuses);
    store.load('Lead', {
      CreatedDate: stamp,
      LastModifiedDate: stamp,
      SystemModstamp: stamp,
      CreatedById: admin,
      LastModifiedById: admin,
      IsDeleted: false,
      OwnerId: owner(),
      FirstName: first,
      LastName: last,
      Name: `${first} ${last}`,
      Company: company,
      Title: random.pick(titles),
      Email: `${slug(first)}.${slug(last)}${i}@${slug(company)}.example`,
      Phone: phone(random, place.dial),
      MobilePhone: null,
      Status: status,
      Rating: random.chance(0.8) ? random.pick(ratings) : null,
      LeadSource: random.pick(leadSources),
      Industry: random.pick(industries),
      City: place.city,
      State: place.state,
      Country: place.country,
      IsConverted: status === 'Closed - Converted',
    });
  }

  for (let i = 0; i < scale.tasks; i++) {
    const status = random.pick(taskStatuses);
    store.load('Task', {
      ...audit(),
      OwnerId: owner(),
      Subject: random.pick(['Call', 'Send quote', 'Follow up', 'Email', 'Prepare demo']),
      Status: status,
      Priority: random.pick(taskPriorities),
      ActivityDate: formatDate(now + random.int(-30, 30) * dayMs),
      WhoId: contactIds.length ? random.pick(contactIds) : null,
      WhatId: opportunityIds.length ? random.pick(opportunityIds) : null,
      Description: null,
      IsClosed: status === 'Completed',
      TaskSubtype: random.pick(['Task', 'Call', 'Email']),
    });
  }

  const today = Math.floor(now / dayMs) * dayMs;
  for (let i = 0; i < scale.events; i++) {
    const contact = contactIds.length
      ? store.table('Contact').rows.get(random.pick(contactIds))
      : undefined;
    const accountId = (contact?.['AccountId'] as string | null | undefined) ?? null;
    const account = accountId ? store.table('Account').rows.get(accountId) : undefined;
    const day = today + random.int(-30, 90) * dayMs;
    const allDay = random.chance(0.1);
    const start = allDay ? day : day + (8 * 60 + random.int(0, 17) * 30) * 60_000;
    store.load('Event', {
      ...audit(),
      OwnerId: owner(),
      Subject: random.pick(['Meeting', 'Site visit', 'Demo', 'Quarterly review', 'Lunch']),
      IsAllDayEvent: allDay,
      ...deriveEventTimes(
        {
          IsAllDayEvent: allDay,
          StartDateTime: formatDateTime(start),
          DurationInMinutes: allDay ? 24 * 60 : random.pick([30, 60, 90]),
        },
        { StartDateTime: true, DurationInMinutes: true },
      ),
      Location: (account?.['BillingCity'] as string | undefined) ?? null,
      WhoId: contact?.Id ?? null,
      WhatId: accountId,
      Description: null,
    });
  }

  // Last, so the records above stay what they were before deals had roles.
  const contactsAt = new Map<string, string[]>();
  for (const id of contactIds) {
    const accountId = String(store.table('Contact').rows.get(id)!['AccountId']);
    contactsAt.set(accountId, [...(contactsAt.get(accountId) ?? []), id]);
  }
  for (const id of opportunityIds) {
    const deal = store.table('Opportunity').rows.get(id)!;
    const candidates = contactsAt.get(String(deal['AccountId'])) ?? [];
    if (!candidates.length || !random.chance(scale.contactRoles)) continue;
    const count = Math.min(candidates.length, random.int(1, 3));
    candidates.slice(0, count).forEach((contactId, i) => {
      store.load('OpportunityContactRole', {
        ...audit(),
        OpportunityId: id,
        ContactId: contactId,
        Role: random.pick(contactRoles),
        IsPrimary: i === 0,
      });
    });
  }
  return { userIds };
}
