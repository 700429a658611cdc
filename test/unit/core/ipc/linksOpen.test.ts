import { describe, expect, it } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import { isSafeExternalUrl } from '../../../../src/shared/externalUrl';
import { createTestCore } from '../../../support/testCore';

describe('external links', () => {
  it.each([
    'https://acme.my.salesforce.com/lightning/r/Account/001/view',
    'https://www.example.com/',
    'http://www.example.com/',
    'mailto:jane@example.com',
    'tel:+1-555-0100',
    'mailto:r%26d@example.com',
  ])('allows %s', (url) => expect(isSafeExternalUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'http://',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'roadbook://oauth/callback?code=x',
    'https://user:pass@example.com/',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    'mailto:sales?bcc=spy%40evil.example&body=Hi&x@acme.example',
    'mailto:jane@example.com?bcc=spy@evil.example',
    'mailto:jane@example.com?body=Hi',
    'mailto:?to=jane@example.com',
    'mailto:jane@example.com,spy@evil.example',
    'mailto:jane@example.com%0D%0ABcc:spy@evil.example',
    'mailto:sales%3Fbcc%3Dspy@evil.example',
    'mailto:%E0%A4%A@example.com',
    'mailto:jane@example.com#body',
    'tel:+15550100?body=x',
    'tel:+15550100#x',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
    42,
    null,
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));

  it('opens only what the policy allows, through the injected opener', async () => {
    const opened: string[] = [];
    const { core } = createTestCore({
      openExternal: async (url) => {
        opened.push(url);
      },
    });
    const bad = await invokeHandler(core.handlers, 'links.open', { url: 'javascript:alert(1)' });
    const good = await invokeHandler(core.handlers, 'links.open', { url: 'https://example.com' });
    expect(bad).toEqual({ ok: true, value: { opened: false } });
    expect(good).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['https://example.com/']);
  });
});
