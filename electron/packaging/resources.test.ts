import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('packaging resources', () => {
  it('has the icon at every size the Linux packages take, rendered from build/icon.svg', () => {
    expect(read('build/icon.svg').toString()).toContain('<title>Gavel</title>');
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(read(`build/icons/${size}x${size}.png`)), `${size}px`).toEqual([size, size]);
    }
  });

  it('has the macOS and Windows icon files', () => {
    expect(read('build/icon.icns').subarray(0, 4).toString('latin1')).toBe('icns');
    const ico = read('build/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1); // an icon resource
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(7); // 16 to 256 px
  });

  it('configures every installer, the desktop entry and the fuses', () => {
    const config = read('electron-builder.yml').toString();
    expect(config).toMatch(/^appId: \S+/m);
    expect(config).toMatch(/^productName: Gavel$/m);
    expect(config).toMatch(/^ {2}target: \[AppImage, deb, rpm\]$/m);
    expect(config).toMatch(/- target: dmg\n\s+arch: \[x64, arm64\]/);
    expect(config).toMatch(/- target: nsis/);
    for (const key of ['Name: Gavel', 'Categories: Office;Network;Chat;', 'StartupWMClass: Gavel'])
      expect(config).toContain(key);
    for (const fuse of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableCookieEncryption: true',
      'onlyLoadAppFromAsar: true',
      'enableEmbeddedAsarIntegrityValidation: true',
      'grantFileProtocolExtraPrivileges: false',
    ])
      expect(config).toContain(`  ${fuse}\n`);
  });
});
