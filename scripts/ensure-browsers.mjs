// Makes sure the real browsers the tests drive are installed. As root (CI, a fresh
// machine) it installs Debian's packages itself; otherwise it says exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Chromium (Playwright), WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, in a
// virtual X display) and Firefox ESR (WebDriver BiDi): see tests/engines/.
const needed = [
  { pkg: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  { pkg: 'webkit2gtk-driver', path: '/usr/bin/WebKitWebDriver' },
  {
    pkg: 'webkit2gtk-driver',
    path: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  },
  { pkg: 'xvfb', path: '/usr/bin/xvfb-run' },
  { pkg: 'firefox-esr', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
];

const missing = needed.filter(({ path }) => !existsSync(path));
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.map(({ pkg }) => pkg))];
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
