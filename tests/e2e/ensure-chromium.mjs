#!/usr/bin/env node
// Finds Debian's Chromium for the end-to-end tests, installs it with apt-get when running as root and
// it is missing, or stops with a clear message. Prints the path it found.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const find = () => candidates.find((p) => existsSync(p));

let found = find();
if (!found && typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log('Chromium saknas; installerar Debians chromium-paket / Chromium missing; installing Debian package…');
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
  } catch {
    // Reported below.
  }
  found = find();
}
if (!found) {
  console.error(
    [
      'Hittade ingen Chromium för end-to-end-testerna.',
      'No Chromium found for the end-to-end tests.',
      'Install it with: apt-get update && apt-get install -y chromium',
      'or set CHROMIUM_PATH to a Chromium binary.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium: ${found}`);
