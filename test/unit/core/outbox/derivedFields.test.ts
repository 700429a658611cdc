import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { derivedFields } from '../../../../src/core/outbox/derivedFields';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { recordWriter } from '../../../../src/core/store/recordWriter';
import { specFor } from '../../../../src/core/schema/objectSpecs';
import { tempDir } from '../../../support/tempDir';

const db = openDatabase(path.join(tempDir('derived'), 'c.sqlite'));
afterAll(() => db.close());

const stage = (
  label: string,
  closed: boolean,
  won: boolean,
  probability: number,
  forecast: string,
) => ({
  Id: `01J${label.replace(' ', '').padEnd(12, '0').slice(0, 12)}`,
  SystemModstamp: '2026-01-01T00:00:00.000+0000',
  MasterLabel: label,
  ApiName: label,
  IsActive: true,
  SortOrder: 1,
  IsClosed: closed,
  IsWon: won,
  DefaultProbability: probability,
  ForecastCategoryName: forecast,
});
const writer = recordWriter(db, specFor('OpportunityStage'));
writer.apply(stage('Closed Won', true, true, 100, 'Closed'), 1);
writer.apply(stage('Prospecting', false, false, 10, 'Pipeline'), 1);

describe('derivedFields', () => {
  it.each([
    {
      what: 'a lead renamed gets the full name',
      object: 'Lead',
      record: { FirstName: 'Ada', LastName: 'Lovelace' },
      changed: { FirstName: 'Ada' },
      derived: { Name: 'Ada Lovelace' },
    },
    {
      what: 'a contact without a first name is called by the last',
      object: 'Contact',
      record: { FirstName: null, LastName: 'Hopper' },
      changed: { LastName: 'Hopper' },
      derived: { Name: 'Hopper' },
    },
    {
      what: 'a lead edit that leaves the name alone derives nothing',
      object: 'Lead',
      record: { FirstName: 'Ada', LastName: 'Lovelace', Title: 'CTO' },
      changed: { Title: 'CTO' },
      derived: {},
    },
    {
      what: 'a completed task is closed',
      object: 'Task',
      record: { Status: 'Completed' },
      changed: { Status: 'Completed' },
      derived: { IsClosed: true },
    },
    {
      what: 'a reopened task is open',
      object: 'Task',
      record: { Status: 'Not Started' },
      changed: { Status: 'Not Started' },
      derived: { IsClosed: false },
    },
    {
      what: 'a deal moved to Closed Won takes the stage’s facts and probability',
      object: 'Opportunity',
      record: { StageName: 'Closed Won' },
      changed: { StageName: 'Closed Won' },
      derived: { IsClosed: true, IsWon: true, ForecastCategoryName: 'Closed', Probability: 100 },
    },
    {
      what: 'a probability the rep typed with the stage is kept',
      object: 'Opportunity',
      record: { StageName: 'Prospecting', Probability: 25 },
      changed: { StageName: 'Prospecting', Probability: 25 },
      derived: { IsClosed: false, IsWon: false, ForecastCategoryName: 'Pipeline' },
    },
    {
      what: 'a stage this cache has not seen derives nothing',
      object: 'Opportunity',
      record: { StageName: 'Negotiation' },
      changed: { StageName: 'Negotiation' },
      derived: {},
    },
    {
      what: 'a deal edit that leaves the stage alone derives nothing',
      object: 'Opportunity',
      record: { StageName: 'Closed Won', Amount: 5 },
      changed: { Amount: 5 },
      derived: {},
    },
    {
      what: 'a new timed event takes its duration and activity date from its times',
      object: 'Event',
      record: {
        StartDateTime: '2026-03-02T09:00:00.000+0000',
        EndDateTime: '2026-03-02T10:30:00.000+0000',
      },
      changed: {
        StartDateTime: '2026-03-02T09:00:00.000+0000',
        EndDateTime: '2026-03-02T10:30:00.000+0000',
      },
      derived: {
        EndDateTime: '2026-03-02T10:30:00.000+0000',
        ActivityDateTime: '2026-03-02T09:00:00.000+0000',
        ActivityDate: '2026-03-02',
        DurationInMinutes: 90,
      },
    },
    {
      what: 'an event whose start alone moves keeps its length',
      object: 'Event',
      record: {
        StartDateTime: '2026-03-03T14:00:00.000+0000',
        EndDateTime: '2026-03-02T10:00:00.000+0000',
        DurationInMinutes: 60,
      },
      changed: { StartDateTime: '2026-03-03T14:00:00.000+0000' },
      derived: {
        EndDateTime: '2026-03-03T15:00:00.000+0000',
        ActivityDateTime: '2026-03-03T14:00:00.000+0000',
        ActivityDate: '2026-03-03',
        DurationInMinutes: 60,
      },
    },
    {
      what: 'an all-day event of two days lasts two whole days',
      object: 'Event',
      record: {
        IsAllDayEvent: true,
        StartDateTime: '2026-03-02T00:00:00.000+0000',
        EndDateTime: '2026-03-03T00:00:00.000+0000',
      },
      changed: { EndDateTime: '2026-03-03T00:00:00.000+0000' },
      derived: {
        EndDateTime: '2026-03-03T00:00:00.000+0000',
        ActivityDateTime: '2026-03-02T00:00:00.000+0000',
        ActivityDate: '2026-03-02',
        DurationInMinutes: 2880,
      },
    },
    {
      what: 'an event with a new place derives nothing',
      object: 'Event',
      record: { Location: 'Dock 4', StartDateTime: '2026-03-02T09:00:00.000+0000' },
      changed: { Location: 'Dock 4' },
      derived: {},
    },
    {
      what: 'an account derives nothing',
      object: 'Account',
      record: { Phone: '1' },
      changed: { Phone: '1' },
      derived: {},
    },
  ])('$what', ({ object, record, changed, derived }) => {
    expect(derivedFields(db, object, record, changed)).toEqual(derived);
  });
});
