/** The session a request carries: `Authorization: Bearer|OAuth <token>`, or `?oauth_token=` (identity URLs). */
export function accessTokenOf(authorization: string | undefined, url: URL): string | undefined {
  const match = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(authorization ?? '');
  return match?.[1] ?? url.searchParams.get('oauth_token') ?? undefined;
}
