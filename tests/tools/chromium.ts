/**
 * Debian's Chromium (`CHROMIUM_PATH` overrides) with the flags that work here: root, headless, closed network.
 * Shared by the Playwright config, the benchmark and the screenshot tool.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
