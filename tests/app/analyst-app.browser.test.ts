// The analyst app in Debian's Chromium, on the demo corpus: each view shows what the API returns, the relation's
// granularity changes, a statement links to its highlighted passage, and an ingested article reaches the live
// feed. Screenshots go to tests/artifacts/app-*.png. Skipped with a message when there is no Chromium.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.js";
import type { RunningServer } from "../../src/server/start-server.js";
import { startTestServer } from "../http/running-server.js";
import { ingestThroughApi, japanArticle } from "../helpers/subscription-client.js";
import { CHROMIUM, hasChromium, openChromium, type ChromiumSession } from "../helpers/chromium.js";
import { ensureAppBuilt } from "./build-app.js";

if (!hasChromium) console.warn(`[analyst-app.browser.test] skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium).`);

const ARTIFACTS = path.join(projectRoot, "tests", "artifacts");
const apiKey = randomBytes(24).toString("base64url");

describe.skipIf(!hasChromium)("the analyst app in Chromium", () => {
  let server: RunningServer;
  let browser: ChromiumSession | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const offOrigin: string[] = [];

  async function api(query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as any;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  const screenshot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `app-${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const build = ensureAppBuilt();
    if (build.built) console.info(`[analyst-app.browser.test] built the app in ${build.ms} ms`);
    server = await startTestServer({ SEED_DEMO: "true", ENTENTE_API_KEYS: apiKey, RATE_LIMIT: "false" });
    browser = await openChromium(new URL(server.url).origin, { width: 1366, height: 900 }, (url) => offOrigin.push(url));
    page = browser.page;
    page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows a relation: figures, chart, breakdowns and statements as the API returns them; granularity changes", async () => {
    const expected = (
      await api(`{ relation(source: "JP", target: "KP") { statementCount
        timeline(granularity: MONTH) { start } weekly: timeline(granularity: WEEK) { start }
        statements(first: 10) { totalCount nodes { text } } } }`)
    ).relation;
    expect(expected.statementCount).toBeGreaterThan(0);

    await page.goto(`${server.url}/app/?view=relation`);
    await page.getByText("Choose two states").waitFor();
    // Pick both states with the keyboard through the searchable pickers.
    await page.locator("datalist option").first().waitFor({ state: "attached" });
    await page.getByLabel("Speaker state").fill("JP");
    await page.getByLabel("About state").fill("KP");
    await page.getByTestId("relation-count").waitFor();
    expect(new URL(page.url()).searchParams.get("source")).toBe("JP");
    expect(new URL(page.url()).searchParams.get("target")).toBe("KP");
    expect(await page.getByTestId("relation-count").textContent()).toBe(String(expected.statementCount));

    const chart = page.getByTestId("relation-chart");
    await chart.locator("svg path").first().waitFor({ state: "attached" });
    expect(await chart.getAttribute("data-buckets")).toBe(String(expected.timeline.length));
    await page.getByTestId("type-breakdown").waitFor();
    await page.getByTestId("statement").first().waitFor();
    const texts = await page.getByTestId("statement").locator("blockquote").allTextContents();
    expect(texts).toEqual(expected.statements.nodes.map((node: any) => node.text));
    expect(await page.getByTestId("statement-total").textContent()).toContain(String(expected.statements.totalCount));
    await screenshot("relation");

    await page.getByLabel("week").check();
    await page.locator('[data-testid="relation-chart"][data-granularity="WEEK"]').waitFor();
    expect(await chart.getAttribute("data-buckets")).toBe(String(expected.weekly.length));
    expect(new URL(page.url()).searchParams.get("granularity")).toBe("WEEK");

    // The shared link restores the same view.
    const shared = page.url();
    await page.goto(shared);
    await page.locator('[data-testid="relation-chart"][data-granularity="WEEK"]').waitFor();
  });

  it("follows a statement to its article with the passage highlighted", async () => {
    const first = page.getByTestId("statement").first();
    const quote = (await first.locator("blockquote").textContent())!;
    await first.locator(".article-link").click();
    const highlight = page.getByTestId("highlight");
    await highlight.waitFor();
    expect(new URL(page.url()).searchParams.get("view")).toBe("article");
    const id = new URL(page.url()).searchParams.get("id")!;
    const start = Number(new URL(page.url()).searchParams.get("start"));
    const end = Number(new URL(page.url()).searchParams.get("end"));
    const { article } = await api(`query($id: ID!) { article(id: $id) { body } }`, { id });
    expect(await highlight.textContent()).toBe(article.body.slice(start, end));
    expect(article.body.slice(start, end)).toContain(quote.slice(0, 20));
    await screenshot("article");
    await page.goBack();
    await page.getByTestId("relation-count").waitFor();
  });

  it("ranks a state's relations and lists its most quoted people", async () => {
    const { state } =
      await api(`{ state(code: "JP") { relations(direction: OUTGOING, first: 20) { nodes { target { name } statementCount } }
      people(first: 10, orderBy: { field: STATEMENT_COUNT, direction: DESC }) { nodes { name } } } }`);
    await page.goto(`${server.url}/app/?view=state&state=JP`);
    const table = page.getByTestId("relations-table");
    await table.waitFor();
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(state.relations.nodes.length);
    expect(await rows.first().locator("td").first().textContent()).toBe(state.relations.nodes[0].target.name);
    expect(await rows.first().locator("td").nth(1).textContent()).toBe(String(state.relations.nodes[0].statementCount));
    await rows.first().locator("svg").first().waitFor();
    expect(await page.getByTestId("people").locator("li strong").allTextContents()).toEqual(
      state.people.nodes.map((person: any) => person.name),
    );
    await screenshot("state");
    await page.getByLabel("Direction").selectOption("incoming");
    await table.locator("caption", { hasText: "statements by others" }).waitFor();
  });

  it("shows which states speak about a topic and in what tone", async () => {
    const { topics } = await api(`{ topics { slug states(first: 20) { state { name } statementCount } } }`);
    const topic = topics
      .filter((candidate: any) => candidate.states.length)
      .sort((a: any, b: any) => b.states.length - a.states.length)[0];
    await page.goto(`${server.url}/app/?view=topic&topic=${topic.slug}`);
    const table = page.getByTestId("topic-states");
    await table.waitFor();
    expect(await table.locator("tbody tr td:first-child").allTextContents()).toEqual(
      topic.states.map((row: any) => row.state.name),
    );
    await page.getByTestId("topic-timeline").locator("svg path").first().waitFor({ state: "attached" });
    await screenshot("topic");
  });

  it("shows an ingested article's statements in the live feed, filtered by speaker state", async () => {
    await page.goto(`${server.url}/app/?view=live&speaker=JP`);
    const feed = page.getByTestId("live-feed");
    await feed.getByText("Listening").waitFor();
    // The subscription starts when the page has connected; ingest until the statement shows (normally once).
    for (let n = 0; n < 10; n++) {
      await ingestThroughApi(server.url, apiKey, japanArticle(500 + n));
      const arrived = await feed
        .getByTestId("statement")
        .first()
        .waitFor({ timeout: 3_000 })
        .then(
          () => true,
          () => false,
        );
      if (arrived) break;
    }
    await expect(feed.getByTestId("statement").first().locator("blockquote").textContent()).resolves.toContain("grave threat");
    await screenshot("live");
    expect(pageErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
  });
});
