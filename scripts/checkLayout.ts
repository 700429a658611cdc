import fs from 'node:fs';
import path from 'node:path';
import { extractFile, getRawHeader } from '@electron/asar';
import { wmClassOf } from './builderConfig';

export type PackedPackageJson = {
  main?: string;
  name?: string;
  productName?: string;
  desktopName?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

/** What a packaged app holds: files inside app.asar and beside it in app.asar.unpacked. */
export type PackageLayout = {
  packed: string[];
  unpacked: string[];
  packageJson: PackedPackageJson | null;
  /** package.json of every module in the package, by folder (node_modules/a/node_modules/b). */
  modules: Record<string, PackedPackageJson>;
  /** The Linux desktop entry electron-builder generates for the deb, or null when none was. */
  desktopEntry: string | null;
  /** resources/app-update.yml, the update feed electron-updater reads, or null. */
  updateConfig: string | null;
};

export type LayoutExpectations = {
  /** Path of the Electron build of better-sqlite3 inside the app, e.g. .electron-native/x.node */
  binding: string;
  /** File names the tray loads from resources/tray. */
  trayImages: string[];
  devDependencies: string[];
  scheme: string;
  /** The release feed the build was given (ROADBOOK_UPDATE_URL), or null for none. */
  updateUrl: string | null;
};

const sourceFolders = ['src/', 'test/', 'scripts/'];

/** The [Desktop Entry] keys of a .desktop file. */
function desktopKeys(entry: string): Map<string, string> {
  const keys = new Map<string, string>();
  let inEntry = false;
  for (const line of entry.split('\n')) {
    if (line.startsWith('[')) inEntry = line.trim() === '[Desktop Entry]';
    const at = line.indexOf('=');
    if (inEntry && at > 0) keys.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return keys;
}

/**
 * Dependencies that Node's resolution (the nearest node_modules/<name> up from the requiring
 * module) would not find in the package; optional ones may be absent.
 */
function unresolvedDependencies(
  app: PackedPackageJson | null,
  modules: Record<string, PackedPackageJson>,
): [string, string][] {
  const resolves = (dir: string, dependency: string): boolean => {
    for (let at = dir; ;) {
      if (modules[`${at ? `${at}/` : ''}node_modules/${dependency}`]) return true;
      if (!at) return false;
      const parent = at.lastIndexOf('/node_modules/');
      at = parent === -1 ? '' : at.slice(0, parent);
    }
  };
  const missing: [string, string][] = [];
  const requirers: [string, PackedPackageJson | null][] = [['', app], ...Object.entries(modules)];
  for (const [dir, manifest] of requirers) {
    const optional = manifest?.optionalDependencies ?? {};
    for (const dependency of Object.keys(manifest?.dependencies ?? {}))
      if (!(dependency in optional) && !resolves(dir, dependency))
        missing.push([dir || 'the app', dependency]);
  }
  return missing;
}

/** Every way the layout differs from what a working, lean Roadbook package needs. */
export function checkLayout(layout: PackageLayout, expected: LayoutExpectations): string[] {
  const problems: string[] = [];
  const packed = new Set(layout.packed);
  const unpacked = new Set(layout.unpacked);
  const everything = [...layout.packed, ...layout.unpacked];
  const pkg = layout.packageJson;

  if (!pkg) problems.push('app.asar has no package.json');
  const main = path.posix.normalize(pkg?.main ?? 'index.js');
  if (pkg && !packed.has(main))
    problems.push(`app.asar lacks the main process entry ${main} (package.json "main")`);
  // The main process starts the sync process, and that process its thread, from these files
  // beside its own entry; Electron reads both from inside app.asar like any module.
  for (const [file, what] of [
    ['syncProcess.js', 'the sync process'],
    ['syncWorker.js', 'the sync thread'],
  ]) {
    const entry = path.posix.join(path.posix.dirname(main), file!);
    if (pkg && !packed.has(entry))
      problems.push(`app.asar lacks ${what}'s entry ${entry}, which the main process starts`);
  }
  if (!layout.packed.some((file) => file.startsWith('out/preload/')))
    problems.push('app.asar lacks the preload (out/preload/)');
  if (!packed.has('out/renderer/index.html'))
    problems.push('app.asar lacks the renderer (out/renderer/index.html)');
  for (const [from, dependency] of unresolvedDependencies(pkg, layout.modules))
    problems.push(`${from} needs ${dependency}, which is not in the package`);

  if (!unpacked.has(expected.binding))
    problems.push(
      packed.has(expected.binding)
        ? `the SQLite binding ${expected.binding} is inside app.asar, where it cannot load`
        : `the SQLite binding ${expected.binding} is missing from app.asar.unpacked`,
    );
  for (const image of expected.trayImages) {
    const file = `resources/tray/${image}`;
    if (!unpacked.has(file))
      problems.push(`the tray image ${file} is missing from app.asar.unpacked`);
  }

  const offenders = new Map<string, string[]>();
  const offend = (what: string, file: string) => {
    if (!offenders.has(what)) offenders.set(what, []);
    offenders.get(what)?.push(file);
  };
  for (const file of everything) {
    const folder = sourceFolders.find((prefix) => file.startsWith(prefix));
    if (folder) offend(`the project's ${folder}`, file);
    for (const dev of expected.devDependencies)
      if (file.startsWith(`node_modules/${dev}/`) || file.includes(`/node_modules/${dev}/`))
        offend(`the dev dependency ${dev}`, file);
  }
  for (const [what, files] of offenders)
    problems.push(`${what} is in the package (${files.length} files, e.g. ${files[0]})`);

  if (layout.desktopEntry === null) problems.push('no Linux desktop entry was generated');
  else {
    const keys = desktopKeys(layout.desktopEntry);
    const mimeTypes = (keys.get('MimeType') ?? '').split(';');
    if (!mimeTypes.includes(`x-scheme-handler/${expected.scheme}`))
      problems.push(
        `the desktop entry does not claim ${expected.scheme}:// links (MimeType=${keys.get('MimeType') ?? ''})`,
      );
    if (!/%[uU]/.test(keys.get('Exec') ?? ''))
      problems.push(
        `the desktop entry's Exec does not pass the link on (Exec=${keys.get('Exec')})`,
      );
    const wmClass = pkg && wmClassOf(pkg);
    if (wmClass && keys.get('StartupWMClass') !== wmClass)
      problems.push(
        `the desktop entry's StartupWMClass=${keys.get('StartupWMClass')} is not the app's WM class ${wmClass}`,
      );
  }

  if (expected.updateUrl === null && layout.updateConfig !== null)
    problems.push('the package has an update feed (app-update.yml) though none was configured');
  if (
    expected.updateUrl !== null &&
    !(
      layout.updateConfig?.includes('provider: generic') &&
      layout.updateConfig.includes(`url: ${expected.updateUrl}`)
    )
  )
    problems.push(`the package's app-update.yml does not point at ${expected.updateUrl}`);
  return problems;
}

type HeaderNode = { files?: Record<string, HeaderNode>; unpacked?: boolean; link?: string };

function packedFiles(node: HeaderNode, prefix: string, into: string[]) {
  for (const [name, child] of Object.entries(node.files ?? {})) {
    const file = `${prefix}${name}`;
    if (child.files) packedFiles(child, `${file}/`, into);
    else if (!child.unpacked) into.push(file);
  }
  return into;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).replaceAll('\\', '/'),
    );
}

/** Reads the layout of a packaged app's resources folder. */
export function readLayout(resourcesDir: string, desktopFile: string | null): PackageLayout {
  const archive = path.join(resourcesDir, 'app.asar');
  const unpackedDir = path.join(resourcesDir, 'app.asar.unpacked');
  const packed = fs.existsSync(archive)
    ? packedFiles(getRawHeader(archive).header as HeaderNode, '', [])
    : [];
  const unpacked = filesUnder(unpackedDir);
  const text = (file: string | null) =>
    file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  const read = (file: string): PackedPackageJson =>
    JSON.parse(
      packed.includes(file)
        ? extractFile(archive, file).toString('utf8')
        : fs.readFileSync(path.join(unpackedDir, file), 'utf8'),
    );
  const modules: Record<string, PackedPackageJson> = {};
  for (const file of [...packed, ...unpacked])
    if (/(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(file))
      modules[path.posix.dirname(file)] = read(file);
  return {
    packed,
    unpacked,
    packageJson: packed.includes('package.json') ? read('package.json') : null,
    modules,
    desktopEntry: text(desktopFile),
    updateConfig: text(path.join(resourcesDir, 'app-update.yml')),
  };
}
