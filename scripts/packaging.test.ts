import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

// The packaged app's configuration, checked in CI without packaging (that would fetch the Electron runtime).
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("flips Electron's fuses for the packaged binary, as SECURITY.md says", () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('packs the app into an asar, with only the built files and no source maps', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['package.json', 'build/electron/*.cjs', 'build/renderer/**', '!**/*.map']);
  });
});
