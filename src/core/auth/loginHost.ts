export const productionHost = 'https://login.salesforce.com';

const myDomainSuffixes = ['.my.salesforce.com', '.my.salesforce.mil', '.my.sfcrmproducts.cn'];
const fixedHosts = ['login.salesforce.com', 'test.salesforce.com'];

export type LoginHostResult = { ok: true; origin: string } | { ok: false; message: string };

/**
 * Turns what a rep typed into the login origin, or says why not. Salesforce login hosts only:
 * production, sandbox, or a My Domain (a pasted Lightning URL is mapped to its My Domain).
 * http://localhost:<port> (the fake org) only when development builds allow it.
 */
export function parseLoginHost(
  input: string,
  options: { allowLocalhost: boolean },
): LoginHostResult {
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > 255)
    return { ok: false, message: 'Enter your Salesforce login address.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, message: `"${trimmed}" is not a web address.` };
  }
  if (url.username || url.password)
    return { ok: false, message: 'The address must not contain a user name or password.' };
  if (
    url.protocol === 'http:' &&
    url.hostname === 'localhost' &&
    url.port &&
    options.allowLocalhost
  ) {
    return { ok: true, origin: url.origin };
  }
  if (url.protocol !== 'https:')
    return { ok: false, message: 'Salesforce sign-in needs an https:// address.' };
  if (url.port) return { ok: false, message: 'Salesforce login addresses have no port number.' };
  const host = url.hostname.toLowerCase().replace(/\.lightning\.force\.com$/, '.my.salesforce.com');
  const isMyDomain = myDomainSuffixes.some(
    (suffix) =>
      host.endsWith(suffix) && /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host.slice(0, -suffix.length)),
  );
  if (!fixedHosts.includes(host) && !isMyDomain) {
    return {
      ok: false,
      message: `${host} is not a Salesforce login address. Use login.salesforce.com, test.salesforce.com or your My Domain (…my.salesforce.com).`,
    };
  }
  return { ok: true, origin: `https://${host}` };
}
