import { describe, expect, it } from 'vitest';
import { parseLoginHost } from '../../../../src/core/auth/loginHost';

describe('parseLoginHost', () => {
  it.each([
    { typed: 'login.salesforce.com', origin: 'https://login.salesforce.com' },
    { typed: '  https://test.salesforce.com/  ', origin: 'https://test.salesforce.com' },
    { typed: 'Acme.my.salesforce.com', origin: 'https://acme.my.salesforce.com' },
    {
      typed: 'acme--dev.sandbox.my.salesforce.com',
      origin: 'https://acme--dev.sandbox.my.salesforce.com',
    },
    {
      typed: 'https://acme.lightning.force.com/lightning/page/home',
      origin: 'https://acme.my.salesforce.com',
    },
    { typed: 'agency.my.salesforce.mil', origin: 'https://agency.my.salesforce.mil' },
    { typed: 'acme.my.sfcrmproducts.cn', origin: 'https://acme.my.sfcrmproducts.cn' },
  ])('$typed signs in at $origin', ({ typed, origin }) => {
    expect(parseLoginHost(typed, { allowLocalhost: false })).toEqual({ ok: true, origin });
  });

  it.each([
    { typed: '', message: 'Enter your Salesforce login address.' },
    { typed: 'a'.repeat(256), message: 'Enter your Salesforce login address.' },
    { typed: 'https://', message: '"https://" is not a web address.' },
    {
      typed: 'https://me:pw@login.salesforce.com',
      message: 'The address must not contain a user name or password.',
    },
    {
      typed: 'http://login.salesforce.com',
      message: 'Salesforce sign-in needs an https:// address.',
    },
    {
      typed: 'login.salesforce.com:8443',
      message: 'Salesforce login addresses have no port number.',
    },
    { typed: 'http://localhost:8484', message: 'Salesforce sign-in needs an https:// address.' },
    {
      typed: 'evil.example.com',
      message:
        'evil.example.com is not a Salesforce login address. Use login.salesforce.com, test.salesforce.com or your My Domain (…my.salesforce.com).',
    },
    {
      typed: 'my.salesforce.com.evil.example',
      message:
        'my.salesforce.com.evil.example is not a Salesforce login address. Use login.salesforce.com, test.salesforce.com or your My Domain (…my.salesforce.com).',
    },
  ])('refuses "$typed"', ({ typed, message }) => {
    expect(parseLoginHost(typed, { allowLocalhost: false })).toEqual({ ok: false, message });
  });

  it.each([
    { typed: 'http://localhost:8484', result: { ok: true, origin: 'http://localhost:8484' } },
    {
      typed: 'http://localhost',
      result: { ok: false, message: 'Salesforce sign-in needs an https:// address.' },
    },
  ])('in development, $typed → $result', ({ typed, result }) => {
    expect(parseLoginHost(typed, { allowLocalhost: true })).toEqual(result);
  });
});
