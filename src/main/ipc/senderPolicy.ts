import { isAppUrl } from '../../core/security/appOrigin';

/** The parts of Electron's IpcMainInvokeEvent the check needs. */
export type SenderFrameLike = { url: string; parent: unknown } | null | undefined;

/** Only our own top-level renderer may call main: not sub-frames, not foreign pages. */
export function isTrustedSender(frame: SenderFrameLike, devServerUrl?: string): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, devServerUrl);
}
