// Headless Debian Chromium for the browser tests (GraphiQL, the analyst app): where it is, the flags it runs
// with, and a persistent context that refuses every request leaving the server's origin (the pages must be
// self-contained). Tests skip with a message when there is no Chromium.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface ChromiumSession {
  context: BrowserContext;
  page: Page;
  /** Closes the browser and removes its profile folder. */
  close(): Promise<void>;
}

/** Opens Chromium on a fresh profile; requests to other origins than `origin` are aborted and passed to `onBlocked`. */
export async function openChromium(
  origin: string,
  viewport: { width: number; height: number },
  onBlocked: (url: string) => void = () => {},
): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "entente-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("http") && new URL(url).origin !== origin) {
      onBlocked(url);
      return route.abort("blockedbyclient");
    }
    return route.continue();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
