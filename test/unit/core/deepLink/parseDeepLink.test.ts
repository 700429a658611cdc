import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../../support/testCore';
import { findDeepLinkArg, parseDeepLink } from '../../../../src/core/deepLink/parseDeepLink';

describe('deep links', () => {
  it('accepts the OAuth callback', () => {
    const parsed = parseDeepLink('roadbook://oauth/callback?code=abc&state=xyz');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.link.params.get('state')).toBe('xyz');
  });

  it.each([
    'roadbook://oauth/other?code=abc',
    'roadbook://evil/callback?code=abc',
    'roadbook://user:pw@oauth/callback',
    'roadbook://oauth:99/callback',
    'https://oauth/callback?code=abc',
    'javascript:alert(1)',
    '',
    'roadbook:' + 'a'.repeat(5000),
    123,
    undefined,
  ])('refuses %s', (raw) => expect(parseDeepLink(raw).ok).toBe(false));

  it('finds the link anywhere in argv', () => {
    const argv = [
      '/usr/bin/roadbook',
      '--allow-file-access-from-files',
      'roadbook://oauth/callback?x',
    ];
    expect(findDeepLinkArg(argv)).toBe('roadbook://oauth/callback?x');
    expect(findDeepLinkArg(['/usr/bin/roadbook', '.'])).toBeUndefined();
  });

  it('ignores a callback when no sign-in is in progress, without logging its query', async () => {
    const lines: string[] = [];
    const log = (l: string) => lines.push(l);
    const { core } = createTestCore({ logger: { info: log, warn: log, error: log } });
    const outcome = await core.handleDeepLink('roadbook://oauth/callback?code=SECRETCODE&state=s');
    expect(outcome.handled).toBe(false);
    expect(outcome.message).toMatch(/No sign-in is in progress/);
    expect(lines.join('\n')).not.toContain('SECRETCODE');
  });
});
