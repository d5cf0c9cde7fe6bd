// Makes sure the real browsers the tests drive are installed. As root (CI, a fresh
// machine) it installs Debian's packages itself; otherwise it says exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [{ pkg: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }];

const missing = needed.filter(({ path }) => !existsSync(path));
if (missing.length === 0) process.exit(0);

const packages = missing.map(({ pkg }) => pkg);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`The real-browser tests need Debian's ${packages.join(', ')}. Install with:`);
  console.error(`  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
  process.exit(1);
}

console.log(`Installing ${packages.join(', ')} from Debian (needed by the real-browser tests)...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env });
for (const { pkg, path } of missing) {
  if (!existsSync(path)) {
    console.error(`${pkg} was installed but ${path} is still missing.`);
    process.exit(1);
  }
}
