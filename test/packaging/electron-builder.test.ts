/**
 * electron-builder.yml cannot be tried here (no Electron zip to package offline), so this
 * test reads it with the YAML parser electron-builder itself uses (js-yaml, resolved from
 * app-builder-lib) and checks what packaging promises: fuses, asar, the .flowcase file
 * association, the targets, that only the built app ships, and that every file it names
 * exists. Keys are checked against electron-builder's own JSON schema, so a misspelt key
 * (which electron-builder would reject) fails here first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const require = createRequire(import.meta.url);
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const yaml = builderRequire('js-yaml') as { load: (text: string) => unknown };
const schema = builderRequire('./scheme.json') as {
  properties: Record<string, unknown>;
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

interface FileSet {
  from: string;
  to: string;
}
interface BuilderConfig {
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  extraResources: FileSet[];
  fileAssociations: { ext: string; name: string; role: string }[];
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  directories: { buildResources: string };
}

const config = yaml.load(
  readFileSync(new URL('electron-builder.yml', root), 'utf8'),
) as BuilderConfig;

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: URL): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('given the file, when checked against electron-builder 26 schema, then every key is known', () => {
    for (const key of Object.keys(config)) expect(schema.properties, key).toHaveProperty(key);
    for (const key of Object.keys(config.electronFuses)) {
      expect(schema.definitions.FuseOptionsV1.properties, key).toHaveProperty(key);
    }
  });

  it('given the fuses, when read, then Node-style entry points are closed and only app.asar loads', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('given the files, when read, then only the built main, preload and renderer ship, without maps or node_modules', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      'package.json',
    ]);
    expect(config.files).toContain('!**/*.map');
    expect(config.files).toContain('!node_modules/**');
  });

  it('given the file association, when read, then .flowcase opens in Flowcase as its editor', () => {
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({ ext: 'flowcase', role: 'Editor' }),
    );
  });

  it('given the targets, when read, then AppImage and deb, NSIS, and dmg are built', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('given the icons, when read, then one PNG of at least 512x512 serves every platform', () => {
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) {
      expect(icon).toBe('build/icon.png');
    }
    const { width, height } = pngSize(new URL('build/icon.png', root));
    expect(width).toBeGreaterThanOrEqual(512);
    expect(height).toBeGreaterThanOrEqual(512);
  });

  it('given the extra resources, when read, then the notices and every licence text exist and land in licenses/', () => {
    expect(config.extraResources.map((set) => set.from)).toContain('THIRD_PARTY_NOTICES.md');
    for (const set of config.extraResources) {
      expect(existsSync(new URL(set.from, root)), set.from).toBe(true);
      expect(set.to.startsWith('licenses/'), set.to).toBe(true);
    }
  });

  it('given package.json, when compared, then every runtime dependency bundled in the app ships its licence', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const shipped = config.extraResources.map((set) => set.from).join('\n');
    // playwright-core drives Chromium for the command line only; it is not in the app.
    const inApp = Object.keys(pkg.dependencies).filter((name) => name !== 'playwright-core');
    for (const name of inApp) {
      const covered = name.startsWith('@visx/')
        ? shipped.includes('node_modules/@visx/')
        : shipped.includes(`node_modules/${name}/`);
      expect(covered, name).toBe(true);
    }
  });
});
