/**
 * The switches every headless Chromium we drive starts with: `flowcase report`, the e2e tests
 * and the benchmarks. Nothing here changes what a page draws; they keep Chromium from doing
 * work nobody asked for.
 */
const DISABLED_FEATURES = [
  // Headless Chromium still builds the address bar's WebUI pop-ups at start, in a renderer of
  // their own: about a second of CPU nobody sees, taken from the page we measure or print.
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  // Playwright's own list (its chromiumSwitches.ts), repeated: Chromium reads only the last
  // --disable-features it is given, and ours comes after Playwright's.
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

export const HEADLESS_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Debian's headless shell (chromium-headless-shell, which `flowcase report` prefers) hints
  // glyphs to whole pixels unless told not to: its text then wraps and breaks pages elsewhere,
  // and reads "f und" in the PDF. Unhinted, it lays text out exactly as Chromium does; Chromium
  // itself draws the same with or without the switch.
  '--font-render-hinting=none',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];
