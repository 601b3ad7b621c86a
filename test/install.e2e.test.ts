/**
 * The README's install, as a user gets it: the package packed as npm would publish it, installed
 * globally into a fresh prefix, and `icesco` run from that prefix's bin/ on PATH. (`npm test`
 * has just built dist/, so packing skips the build.) Dependencies come from npm's cache when it
 * has them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/seeds.js';
import { scratchDir } from './helpers/scratch.js';

describe('npm install -g of the packed package', () => {
  it('puts icesco on PATH, and it lists the bundled demo pages from any directory', () => {
    const dir = scratchDir('icesco-install-');
    const npm = (args: string[]) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    npm(['pack', '--ignore-scripts', '--pack-destination', dir]);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    expect(tarball).toMatch(/^icesco-\d+\.\d+\.\d+\.tgz$/);
    const prefix = join(dir, 'prefix');
    npm(['install', '--global', '--prefix', prefix, '--prefer-offline', join(dir, tarball)]);

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
