import { describe, expect, it } from 'vitest';
import { lightningRecordUrl } from '../../../../src/core/salesforce/lightningUrl';

describe('lightningRecordUrl', () => {
  it.each([
    [
      'a My Domain org',
      'https://acme.my.salesforce.com',
      'https://acme.lightning.force.com/lightning/r/Lead/00Q000000000001AAA/view',
    ],
    [
      'a sandbox',
      'https://acme--uat.sandbox.my.salesforce.com',
      'https://acme--uat.sandbox.lightning.force.com/lightning/r/Lead/00Q000000000001AAA/view',
    ],
    [
      'an instance with a trailing slash and odd case',
      'https://Acme.My.Salesforce.com/',
      'https://acme.lightning.force.com/lightning/r/Lead/00Q000000000001AAA/view',
    ],
    [
      'an old pod host, which redirects itself',
      'https://na42.salesforce.com',
      'https://na42.salesforce.com/lightning/r/Lead/00Q000000000001AAA/view',
    ],
    [
      'a test org on a port',
      'http://127.0.0.1:8484',
      'http://127.0.0.1:8484/lightning/r/Lead/00Q000000000001AAA/view',
    ],
  ])('%s', (_what, instanceUrl, expected) => {
    expect(lightningRecordUrl(instanceUrl, 'Lead', '00Q000000000001AAA')).toBe(expected);
  });
});
