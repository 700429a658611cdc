/**
 * A record's page in Lightning Experience. My Domain orgs answer API calls on
 * `<domain>.my.salesforce.com` and show Lightning on `<domain>.lightning.force.com` (sandboxes
 * keep their `.sandbox` part); any other instance (an old pod host, a test org) redirects
 * `/lightning/r/…` itself.
 */
export function lightningRecordUrl(instanceUrl: string, object: string, id: string): string {
  const url = new URL(instanceUrl);
  const myDomain = /^(.+)\.my\.salesforce\.com$/i.exec(url.hostname);
  const origin = myDomain ? `https://${myDomain[1]}.lightning.force.com` : url.origin;
  return `${origin}/lightning/r/${encodeURIComponent(object)}/${encodeURIComponent(id)}/view`;
}
