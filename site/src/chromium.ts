// Debian's Chromium as the site's browser tests launch it: headless, no sandbox (CI runs as root), and none of the
// background connections that this machine's closed network would refuse.
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
