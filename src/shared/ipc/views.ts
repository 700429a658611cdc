import { z } from 'zod';
import { isRealDay, periods } from '../periods';
import { taskItem } from './tasks';
import { fieldFilters, fieldName } from './fieldColumns';
import { loadingObjects } from './loading';

/** What the views ask main for, and what they get back: intents, never SQL. */

export const salesforceId = z
  .string()
  .regex(/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/, 'not a Salesforce id');
const isoDay = z.string().refine(isRealDay, 'not a YYYY-MM-DD date');
const picks = z.array(z.string().max(255)).max(100);

/** 'me', everyone, or one user. */
const ownerFilter = z.union([
  z.literal('me'),
  z.literal('all'),
  z.string().regex(/^005[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/, 'not a user id'),
]);
export type OwnerFilter = z.infer<typeof ownerFilter>;

const periodInput = z
  .object({ period: z.enum(periods), from: isoDay.optional(), to: isoDay.optional() })
  .strict();
export type PeriodInput = z.infer<typeof periodInput>;

const text = z.string().max(200);

const page = {
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(500),
};

export const leadColumns = [
  'Name',
  'Company',
  'Title',
  'Email',
  'Phone',
  'Status',
  'Rating',
  'LeadSource',
  'City',
  'OwnerName',
  'CreatedDate',
] as const;
export const accountColumns = [
  'Name',
  'Industry',
  'Type',
  'BillingCity',
  'Phone',
  'AnnualRevenue',
  'OwnerName',
] as const;
const contactColumns = [
  'Name',
  'AccountName',
  'Title',
  'Phone',
  'Email',
  'MobilePhone',
  'MailingCity',
  'OwnerName',
] as const;
const opportunityColumns = [
  'Name',
  'AccountName',
  'StageName',
  'Amount',
  'CloseDate',
  'Probability',
  'Type',
  'LeadSource',
  'NextStep',
  'OwnerName',
] as const;
export type LeadColumn = (typeof leadColumns)[number];
export type AccountColumn = (typeof accountColumns)[number];
export type ContactColumn = (typeof contactColumns)[number];
export type OpportunityColumn = (typeof opportunityColumns)[number];

/** Open or closed deals; closed ones split into won and lost. */
const dealStates = ['open', 'closed', 'won', 'lost'] as const;

/** A table's own column, or any synced field of the object by its API name. */
const sortOf = <T extends readonly [string, ...string[]]>(columns: T) =>
  z.object({ column: z.union([z.enum(columns), fieldName]), desc: z.boolean() }).strict();

/** What a table asks: which records, in which order (the window comes separately). */
const questions = {
  Lead: z
    .object({
      object: z.literal('Lead'),
      filter: z
        .object({
          text: text.optional(),
          owner: ownerFilter.optional(),
          status: picks.optional(),
          rating: picks.optional(),
          source: picks.optional(),
          created: periodInput.optional(),
          fields: fieldFilters.optional(),
        })
        .strict(),
      sort: sortOf(leadColumns),
    })
    .strict(),
  Account: z
    .object({
      object: z.literal('Account'),
      filter: z
        .object({
          text: text.optional(),
          owner: ownerFilter.optional(),
          industry: picks.optional(),
          type: picks.optional(),
          fields: fieldFilters.optional(),
        })
        .strict(),
      sort: sortOf(accountColumns),
    })
    .strict(),
  Contact: z
    .object({
      object: z.literal('Contact'),
      filter: z
        .object({
          text: text.optional(),
          owner: ownerFilter.optional(),
          fields: fieldFilters.optional(),
        })
        .strict(),
      sort: sortOf(contactColumns),
    })
    .strict(),
  Opportunity: z
    .object({
      object: z.literal('Opportunity'),
      filter: z
        .object({
          text: text.optional(),
          owner: ownerFilter.optional(),
          stage: picks.optional(),
          close: periodInput.optional(),
          state: z.enum(dealStates).optional(),
          fields: fieldFilters.optional(),
        })
        .strict(),
      sort: sortOf(opportunityColumns),
    })
    .strict(),
};

export const listQuestion = z.discriminatedUnion('object', [
  questions.Lead,
  questions.Account,
  questions.Contact,
  questions.Opportunity,
]);
export type ListQuestion = z.infer<typeof listQuestion>;

export const listInput = z.discriminatedUnion('object', [
  questions.Lead.extend(page),
  questions.Account.extend(page),
  questions.Contact.extend(page),
  questions.Opportunity.extend(page),
]);
export type ListInput = z.infer<typeof listInput>;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** A cached record as Salesforce sent it, plus names looked up locally (OwnerName, AccountName). */
const recordRow = z.record(z.string(), scalar);
export type RecordRow = z.infer<typeof recordRow>;

export const listOutput = z.object({
  rows: z.array(recordRow),
  total: z.number(),
  loading: loadingObjects,
});
export type ListOutput = z.infer<typeof listOutput>;

export const facetsInput = z
  .object({ object: z.enum(['Lead', 'Account', 'Contact', 'Opportunity']) })
  .strict();
const facet = z.array(z.object({ value: z.string(), count: z.number() }));
export const facetsOutput = z.object({
  facets: z.record(z.string(), facet),
  owners: z.array(z.object({ id: z.string(), name: z.string() })),
  loading: loadingObjects,
});
export type FacetsOutput = z.infer<typeof facetsOutput>;

export const recordInput = z
  .object({
    object: z.enum(['Lead', 'Account', 'Contact', 'Opportunity', 'Task', 'Event']),
    id: salesforceId,
  })
  .strict();
export const recordOutput = z.object({ record: recordRow.nullable() });

export const accountDetailOutput = z.object({
  account: recordRow.nullable(),
  contacts: z.array(recordRow),
  openOpportunities: z.array(recordRow),
  closedOpportunities: z.array(recordRow),
  loading: loadingObjects,
});
export type AccountDetail = z.infer<typeof accountDetailOutput>;

/**
 * How many cards of a stage the board asks for at a time: its first ones, then each page as a
 * column scrolls to its end. A column shows about eight; every card asked for is a row, its
 * account and its owner read in the window's process, and while a sync writes, SQLite's page
 * cache starts each call cold (1M-record bench: 100 cards took 12–22 ms of CPU per board call).
 */
export const boardPageCards = 40;

export const pipelineInput = z
  .object({
    owner: ownerFilter,
    close: periodInput,
    text: text.optional(),
    /** The sales process the board shows, by name; the first the deals use when absent. */
    process: z.string().max(255).optional(),
    cardsPerStage: z.number().int().min(1).max(5000),
  })
  .strict();
export type PipelineInput = z.infer<typeof pipelineInput>;

/** The next cards of one stage, for a column scrolled to its end. */
export const pipelineCardsInput = pipelineInput
  .omit({ cardsPerStage: true })
  .extend({
    stage: z.string(),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(500),
  })
  .strict();
export type PipelineCardsInput = z.infer<typeof pipelineCardsInput>;

const sums = z.object({ count: z.number(), total: z.number(), weighted: z.number() });
export type Sums = z.infer<typeof sums>;

const pipelineCard = z.object({
  id: z.string(),
  name: z.string(),
  accountId: z.string().nullable(),
  accountName: z.string().nullable(),
  amount: z.number().nullable(),
  probability: z.number().nullable(),
  closeDate: z.string().nullable(),
  ownerName: z.string().nullable(),
  overdue: z.boolean(),
  /** Changed here and not yet in Salesforce. */
  pending: z.boolean(),
  /** The deal's own currency in a multi-currency org; null in a single-currency one. */
  currency: z.string().nullable(),
});
export type PipelineCard = z.infer<typeof pipelineCard>;

/**
 * The currency totals are in, in a multi-currency org: the rep's, with `converted` true when some
 * summed amounts were in another currency (converted at the org's rates). Null: one currency.
 */
const totalsCurrency = z.object({ code: z.string(), converted: z.boolean() }).nullable();
export type TotalsCurrency = z.infer<typeof totalsCurrency>;

export const pipelineOutput = z.object({
  /** The sales processes the deals use, by name; empty in an org without record types. */
  processes: z.array(z.string()),
  /** The process the board shows; null when the org has none. */
  process: z.string().nullable(),
  currency: totalsCurrency,
  stages: z.array(
    z.object({
      stage: z.string(),
      label: z.string(),
      /** A stage of the board's process, offered when moving a card; false for a stray one. */
      inProcess: z.boolean(),
      sums,
      cards: z.array(pipelineCard),
    }),
  ),
  won: sums,
  lost: sums,
  byMonth: z.array(z.object({ month: z.string(), sums })),
  loading: loadingObjects,
});
export type PipelineOutput = z.infer<typeof pipelineOutput>;

export const pipelineCardsOutput = z.object({
  cards: z.array(pipelineCard),
  loading: loadingObjects,
});

export const homeOutput = z.object({
  /** Home's figures sum across every sales process, in this currency. */
  currency: totalsCurrency,
  /** Each figure's own: converted only when it adds amounts from another currency. */
  figureCurrencies: z.object({
    openPipeline: totalsCurrency,
    closingThisMonth: totalsCurrency,
    closingThisQuarter: totalsCurrency,
    overdue: totalsCurrency,
  }),
  openPipeline: sums,
  closingThisMonth: sums,
  closingThisQuarter: sums,
  overdue: sums,
  newLeadsThisWeek: z.number(),
  /** The rep's open tasks, and how many are past their due date. */
  openTasks: z.object({ count: z.number(), overdue: z.number() }),
  /** The first of the rep's overdue and today's tasks, overdue first. */
  dueTasks: z.array(taskItem),
  /** The first of the rep's open deals closing this month or overdue, soonest first. */
  keyDeals: z.array(pipelineCard),
  loading: loadingObjects,
});
export type HomeOutput = z.infer<typeof homeOutput>;

export const searchInput = z.object({ text, perType: z.number().int().min(1).max(50) }).strict();
const searchHit = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  /** The field that matched, when the title does not show it, by its label: "Email: …". */
  matched: z.object({ label: z.string(), value: z.string() }).optional(),
  deal: z
    .object({
      stage: z.string().nullable(),
      amount: z.number().nullable(),
      currency: z.string().nullable(),
    })
    .optional(),
});
export type SearchHit = z.infer<typeof searchHit>;
export const searchOutput = z.object({
  groups: z.array(
    z.object({
      object: z.string(),
      /** More of this object matched than were sent. */
      more: z.boolean(),
      hits: z.array(searchHit),
    }),
  ),
  /** Objects whose first load is under way: their search entries are written when it ends. */
  loading: loadingObjects,
});
export type SearchOutput = z.infer<typeof searchOutput>;

/** The objects search finds, in the order its results list them. */
export const searchedObjects = ['Account', 'Contact', 'Opportunity', 'Lead', 'Event'] as const;
/** "Show all results": one page of one object's matches, and how many match in all. */
export const searchPageInput = z
  .object({
    text,
    object: z.enum(searchedObjects),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(200),
  })
  .strict();
export const searchPageOutput = z.object({ total: z.number().int(), hits: z.array(searchHit) });

export const exportInput = z
  .object({
    question: listQuestion,
    /** The columns on show, in order: a record field and the header the rep sees. */
    columns: z
      .array(
        z
          .object({
            field: fieldName,
            label: z.string().min(1).max(100),
          })
          .strict(),
      )
      .min(1)
      .max(40),
  })
  .strict();
export type ExportInput = z.infer<typeof exportInput>;

/** Saved through the app's dialog, or, where there is none (a browser), the text to download. */
export const exportOutput = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), rows: z.number() }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({
    outcome: z.literal('download'),
    rows: z.number(),
    fileName: z.string(),
    csv: z.string(),
  }),
]);
