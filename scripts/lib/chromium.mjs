// Finds the Chromium the browser tests run in: Debian's package first, then CHROME_PATH, then
// (as root) installs it through apt. Puppeteer's bundled browsers are not used: CI machines are
// Debian and the Debian build is what we support and can install offline from a mirror.
import { accessSync, constants } from 'node:fs';
import { run } from './proc.mjs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const APT_PACKAGES = ['chromium', 'chromium-driver', 'fonts-noto-cjk'];
/**
 * Headless Chromium as this machine runs it: without the networking flags it tries to reach
 * hosts the machine cannot.
 */
export const HEADLESS_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium executable to use, or null. Never installs anything. */
export function findChromium() {
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  return null;
}

/**
 * findChromium(), installing Debian's chromium through apt when missing and we are root.
 * Resolves { path } or { error } with a message that says what to do.
 */
export async function ensureChromium() {
  const found = findChromium();
  if (found) return { path: found };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    return {
      error:
        `Chromium not found at ${DEBIAN_CHROMIUM} and CHROME_PATH is not set to an executable. ` +
        `Install it (sudo apt-get install -y ${APT_PACKAGES.join(' ')}) or set CHROME_PATH.`,
    };
  }
  console.log(`Chromium not found; installing ${APT_PACKAGES.join(' ')} through apt…`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt/dpkg (e.g. unattended upgrades) instead of failing on its lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=900'];
  const update = await run('apt-get', [...lock, 'update'], { env });
  const install =
    update.code === 0
      ? await run('apt-get', [...lock, 'install', '-y', ...APT_PACKAGES], { env })
      : update;
  const installed = findChromium();
  if (installed) return { path: installed };
  return {
    error: `Installing Chromium through apt failed (exit ${install.code}); install ${APT_PACKAGES.join(' ')} by hand or set CHROME_PATH.`,
  };
}
