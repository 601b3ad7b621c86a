/**
 * The README's install, as a user gets it: the package packed as npm would publish it, installed
 * globally into a fresh prefix, and `icesco` run from that prefix's bin/ on PATH. (`npm test`
 * has just built dist/, so packing skips the build.) Dependencies come from npm's cache when it
 * has them. better-sqlite3's native module is offered to its installer (prebuild-install) as a
 * local prebuild, packed from the one `npm ci` compiled here for this very version and Node ABI:
 * with no prebuilt binary to download on this network, it would otherwise compile SQLite again
 * (~60 s of the test suite's 5 minutes) and test nothing of icesco's.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/seeds.js';
import { scratchDir } from './helpers/scratch.js';

describe('npm install -g of the packed package', () => {
  it('puts icesco on PATH, and it lists the bundled demo pages from any directory', () => {
    const dir = scratchDir('icesco-install-');
    const npm = (args: string[], env: NodeJS.ProcessEnv = {}) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    npm(['pack', '--ignore-scripts', '--pack-destination', dir]);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    expect(tarball).toMatch(/^icesco-\d+\.\d+\.\d+\.tgz$/);
    const prefix = join(dir, 'prefix');
    npm(['install', '--global', '--prefix', prefix, '--prefer-offline', join(dir, tarball)], localPrebuild(join(dir, 'prebuilds')));

    const env = { ...process.env, PATH: `${join(prefix, 'bin')}:${process.env.PATH}`, NO_COLOR: '1', ICESCO_CACHE_DIR: join(dir, 'cache') };
    // From a directory that is not the clone: the installed copy runs, with its own seeds.
    const r = spawnSync('icesco', ['list', '--json', '--quiet'], { cwd: dir, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const articles = JSON.parse(r.stdout) as { source: string }[];
    expect(articles).toHaveLength(50);
    expect(articles[0].source).toContain(join('prefix', 'lib', 'node_modules', 'icesco', 'seeds'));
    expect(spawnSync('icesco', ['--version'], { cwd: dir, env, encoding: 'utf8' }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 180_000);
});

/** prebuild-install's setting for a folder of local prebuilds, holding the module built here (none if it is not there). */
function localPrebuild(dir: string): NodeJS.ProcessEnv {
  const pkg = join(ROOT, 'node_modules', 'better-sqlite3');
  if (!existsSync(join(pkg, 'build', 'Release', 'better_sqlite3.node'))) return {};
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
  mkdirSync(dir, { recursive: true });
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  execFileSync('tar', ['czf', join(dir, name), '-C', pkg, 'build/Release/better_sqlite3.node']);
  return { npm_config_better_sqlite3_local_prebuilds: dir };
}
