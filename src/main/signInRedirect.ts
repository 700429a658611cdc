/** Salesforce allows http callbacks on localhost at a registered, fixed port only. */
const defaultLoopbackPort = 1717;

export type BuildFacts = {
  packaged: boolean;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
};

/**
 * Which callback a build asks Salesforce for: the roadbook: link where the OS hands it back to
 * us (undefined), the loopback listener's port where it cannot. An installer registers the
 * scheme (Windows registry, macOS Info.plist, the Linux desktop entry); an AppImage or a
 * portable .exe registers nothing, and neither does a development run on macOS or Linux
 * (Electron binds the scheme to the bare Electron binary there). Windows development registers
 * our script in the registry, so the link works there. Development may choose either with
 * ROADBOOK_REDIRECT, and the port with ROADBOOK_LOOPBACK_PORT (a real org needs it registered).
 */
export function loopbackPortFor({ packaged, platform, env }: BuildFacts): number | undefined {
  const chosen = packaged ? undefined : env['ROADBOOK_REDIRECT'];
  const schemeRegistered = packaged
    ? !env['APPIMAGE'] && !env['PORTABLE_EXECUTABLE_DIR']
    : platform === 'win32';
  if (chosen === 'scheme' || (schemeRegistered && chosen !== 'loopback')) return undefined;
  const port = packaged ? NaN : Number(env['ROADBOOK_LOOPBACK_PORT']);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : defaultLoopbackPort;
}
