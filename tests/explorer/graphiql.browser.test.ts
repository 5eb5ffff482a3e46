// GraphiQL in a real browser: the built explorer served by the real server, an example run end to end.
// Needs /usr/bin/chromium (Debian: apt-get install -y chromium); skipped with a message otherwise.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.js";
import type { RunningServer } from "../../src/server/start-server.js";
import { insertFixtures } from "../helpers/fixtures.js";
import { ensureExplorerMounted, startTestServer } from "../http/running-server.js";
import { CHROMIUM, hasChromium, openChromium, type ChromiumSession } from "../helpers/chromium.js";
import { ensureExplorerBuilt } from "./build-explorer.js";

if (!hasChromium) {
  console.warn(
    `[graphiql.browser.test] skipped: no Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
  );
}

const SCREENSHOT = path.join(projectRoot, "tests", "artifacts", "graphiql.png");

describe.skipIf(!hasChromium)("GraphiQL in Chromium", () => {
  let server: RunningServer;
  let browser: ChromiumSession | undefined;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const build = ensureExplorerBuilt();
    if (build.built) console.info(`[graphiql.browser.test] built the explorer in ${build.ms} ms`);
    server = await startTestServer();
    await insertFixtures(server.database.prisma);
    await ensureExplorerMounted(server);

    // Every request is recorded (pages and workers); anything that would leave the server's origin is refused.
    browser = await openChromium(new URL(server.url).origin, { width: 1440, height: 900 });
    browser.context.on("request", (request) => requests.push(request.url()));
    page = browser.page;
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("opens with the example tabs, runs one and shows its data", async () => {
    const started = performance.now();
    await page.goto(`${server.url}/graphiql`, { waitUntil: "load" });
    expect(await page.title()).toBe("Entente GraphiQL");

    // The schema arrives by introspection; the Docs explorer needs it.
    await page.locator(".graphiql-query-editor .view-lines").first().waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => (await page.locator(".graphiql-tab-button").allInnerTexts()).length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(4);
    expect(await page.locator(".graphiql-tab-button").first().innerText()).toContain("StatementsBetweenStates");

    const graphqlResponse = page.waitForResponse(
      (response) =>
        response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes("StatementsBetweenStates"),
      { timeout: 30_000 },
    );
    await page.locator(".graphiql-execute-button").click();
    const body = await (await graphqlResponse).json();
    expect(body.errors).toBeUndefined();
    expect(body.data.state.name).toBe("South Korea");
    expect(body.data.state.statements.totalCount).toBeGreaterThan(0);
    expect(body.data.state.statements.nodes[0].speaker.name).toBe("Cho Tae-yul");

    const responsePanel = page.locator(".graphiql-response");
    // Monaco renders spaces as no-break spaces.
    const panelText = async () => (await responsePanel.innerText()).replaceAll("\u00a0", " ");
    await expect.poll(panelText, { timeout: 15_000 }).toMatch(/"data"[\s\S]*South Korea[\s\S]*Cho Tae-yul/);

    // The headers editor is there, with the Authorization example.
    await page
      .getByRole("tab", { name: "Headers" })
      .or(page.getByText("Headers", { exact: true }))
      .first()
      .click();
    await expect
      .poll(async () => (await page.locator(".graphiql-editor-tool").innerText()).replaceAll("\u00a0", " "), { timeout: 10_000 })
      .toContain('"Authorization": "Bearer <your API key>"');

    // The Docs explorer works (the schema came through introspection).
    await page
      .getByRole("button", { name: /documentation explorer/i })
      .first()
      .click();
    await expect.poll(() => page.locator(".graphiql-doc-explorer").innerText(), { timeout: 15_000 }).toMatch(/Query/);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.info(
      `[graphiql.browser.test] page to result in ${Math.round(performance.now() - started)} ms; screenshot ${path.relative(projectRoot, SCREENSHOT)}`,
    );

    const origin = new URL(server.url).origin;
    const network = requests.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:"));
    expect(network.length).toBeGreaterThan(0);
    expect(network.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
