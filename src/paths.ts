/**
 * Where icesco is installed: the nearest folder above the running code whose package.json is
 * icesco's. The code runs from src/ (tests), dist/ (the library) or dist/cjs/ (the CLI's bundles),
 * so paths relative to the code itself would differ.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  root: string;
  version: string;
}

function findPackage(from: string): PackageInfo {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'icesco') return { root: dir, version: pkg.version ?? '0.0.0' };
    } catch {
      // no package.json here (or not JSON): look further up
    }
    if (dirname(dir) === dir) throw new Error(`icesco's package.json not found above ${from}`);
  }
}

export const PACKAGE: PackageInfo = findPackage(fileURLToPath(import.meta.url));
