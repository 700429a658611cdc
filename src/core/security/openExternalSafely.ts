import { isSafeExternalUrl } from '../../shared/externalUrl';

/** Opens the URL through the injected opener when the policy allows it. */
export async function openExternalSafely(
  value: unknown,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  if (!isSafeExternalUrl(value)) return false;
  await open(new URL(value).href);
  return true;
}
