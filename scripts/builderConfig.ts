import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Arch, type AfterPackContext, type Configuration } from 'electron-builder';
import { buildElectronSqlite, electronSqliteFileName } from './electronSqlite.mjs';

const require = createRequire(import.meta.url);
export const electronVersion: string = require('electron/package.json').version;

export const deepLinkScheme = 'roadbook';
/** Also the packaged app's desktopName: Electron takes the Linux app id from it (see below). */
export const desktopName = 'roadbook.desktop';

type PackageNames = { desktopName?: string; productName?: string; name?: string };

/**
 * The WM class (X11) and app id (Wayland) Electron gives Roadbook's windows on Linux. Electron's
 * init sets the desktop name from package.json `desktopName`, else `${app.name}.desktop` (app.name
 * is productName, else name); windows take that name without ".desktop" as both WM_CLASS and app
 * id (native_window_views.cc, platform_util::GetXdgAppId). Desktops match a window to its
 * launcher by it, so the desktop entry's StartupWMClass must be exactly this.
 */
export function wmClassOf(pkg: PackageNames): string {
  const desktop =
    pkg.desktopName?.trim() || `${(pkg.productName ?? pkg.name ?? '').trim()}.desktop`;
  return desktop.replace(/\.desktop$/, '');
}

/** Node's name for an electron-builder arch (the binding's file name uses Node's). */
export function nodeArch(arch: keyof typeof Arch): string {
  if (arch === 'universal') throw new Error('A universal macOS build needs one binding per arch.');
  return arch === 'armv7l' ? 'arm' : arch;
}

/**
 * The update feed built into the app (electron-builder writes app-update.yml from it), or none:
 * without ROADBOOK_UPDATE_URL there is no app-update.yml and the app's updater stays off. HTTPS
 * only: the feed carries the checksum the updater checks a download against (the only check on
 * Linux and unsigned builds), so whoever can change it in transit chooses what the app runs.
 */
export function updateFeed(url: string | undefined) {
  const feed = url?.trim();
  if (!feed) return null;
  if (URL.parse(feed)?.protocol !== 'https:')
    throw new Error(`ROADBOOK_UPDATE_URL must be an https:// address, not ${feed}`);
  return [{ provider: 'generic' as const, url: feed }];
}

/**
 * Puts this package's binding alone in `stageDir`, which `files` packs into
 * .electron-native/ (unpacked): the Electron build for the target platform and arch, from
 * .electron-native/ when `npm run dev` or an earlier package made it, else built now.
 */
function stageElectronSqlite(projectDir: string, stageDir: string) {
  return async (context: AfterPackContext) => {
    const platform =
      context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
    const arch = nodeArch(Arch[context.arch] as keyof typeof Arch);
    const name = electronSqliteFileName(electronVersion, platform, arch);
    const cached = path.join(projectDir, '.electron-native', name);
    if (!fs.existsSync(cached)) {
      console.log(
        `Building better-sqlite3 for Electron ${electronVersion} on ${platform}-${arch}…`,
      );
      if (!buildElectronSqlite({ electronVersion, platform, arch, outFile: cached }))
        throw new Error(`better-sqlite3 could not be built for Electron on ${platform}-${arch}.`);
    }
    const staged = path.resolve(projectDir, stageDir);
    fs.rmSync(staged, { recursive: true, force: true });
    fs.mkdirSync(staged, { recursive: true });
    fs.copyFileSync(cached, path.join(staged, name));
  };
}

export type BuilderOptions = {
  projectDir: string;
  /** Relative to projectDir and under .electron-native/, so that asarUnpack matches it. */
  stageDir: string;
  updateUrl: string | undefined;
};

export function builderConfig({ projectDir, stageDir, updateUrl }: BuilderOptions): Configuration {
  return {
    appId: 'com.roadbook.app',
    productName: 'Roadbook',
    copyright: 'Copyright © 2026 Roadbook',
    electronVersion,
    directories: { output: 'dist', buildResources: 'build' },
    icon: 'build/icon.png',
    extraMetadata: { desktopName },
    // Only what runs: the bundles, the tray images and the production dependencies (which
    // electron-builder adds itself); better-sqlite3's sources and its Node build stay out.
    files: [
      'out/**',
      '!out/**/*.map',
      'resources/tray/**',
      'package.json',
      '!**/node_modules/better-sqlite3/{build,deps,src}/**',
      '!**/node_modules/better-sqlite3/binding.gyp',
      { from: stageDir, to: '.electron-native', filter: ['*.node'] },
    ],
    // A native module cannot load from inside an asar; the tray reads its images from disk.
    asarUnpack: ['.electron-native/**', 'resources/tray/**'],
    // An in-place rebuild would turn node_modules/better-sqlite3 into an Electron build and
    // break the tests; the Electron build is staged beside it instead.
    npmRebuild: false,
    // A production dependency electron-builder cannot find fails the build instead of a package
    // that breaks at launch.
    allowMissingDependencies: false,
    beforePack: stageElectronSqlite(projectDir, stageDir),
    electronFuses: {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    },
    // CFBundleURLTypes on macOS and the desktop entry's MimeType on Linux; Windows gets its
    // registry keys from build/installer.nsh.
    protocols: [{ name: 'Roadbook sign-in', schemes: [deepLinkScheme] }],
    publish: updateFeed(updateUrl),
    mac: {
      target: [
        { target: 'dmg', arch: ['x64', 'arm64'] },
        // Squirrel.Mac (electron-updater) updates from the zip.
        { target: 'zip', arch: ['x64', 'arm64'] },
      ],
      category: 'public.app-category.business',
      hardenedRuntime: true,
    },
    win: { target: [{ target: 'nsis', arch: ['x64'] }] },
    nsis: { include: 'build/installer.nsh' },
    linux: {
      target: [
        { target: 'AppImage', arch: ['x64'] },
        { target: 'deb', arch: ['x64'] },
      ],
      category: 'Office',
      executableName: 'roadbook',
      maintainer: 'Roadbook <support@roadbook.app>',
      synopsis: 'Your Salesforce accounts, contacts, deals and leads, offline',
      desktop: { entry: { StartupWMClass: wmClassOf({ desktopName }) } },
    },
  };
}
