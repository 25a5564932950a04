// Types for scripts/chromium.mjs (plain JS, shared by every runner) as vitest.config.ts imports it.
declare module '*/scripts/chromium.mjs' {
  /** Headless, no sandbox, no network calls of Chromium's own. */
  export const CHROME_FLAGS: string[];
  /** `$CHROME_PATH`, else a standard Chromium/Chrome install, else undefined. */
  export function findChromium(): string | undefined;
  export function ensureChromium(): string;
}
