// Target states (rules targets.*). Sentences written for these tests only.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context } from "./helpers.js";

const targets = (body: string) => extractArticle(article(body), context()).statements.map((s) => s.targetCodes);

describe("targets", () => {
  it("never names the speaker's own state", () => {
    expect(targets("Norway said Norway would keep its fishing quotas unchanged next year.")).toEqual([[]]);
  });

  it("skips capitals named as the place where something happens", () => {
    expect(targets("Kenya said the talks with Somalia held in Nairobi had been useful.")).toEqual([["SO"]]);
    expect(targets("Austria criticised Hungary over the border fence, speaking to reporters in Paris.")[0]).not.toContain("FR");
  });

  it("skips datelines", () => {
    expect(targets("LIMA (Wire) - Ecuador said Colombia should reopen the border crossing.")).toEqual([["CO"]]);
  });

  it("lets a statement that names no state address the states its speaker addressed just before", () => {
    const r = targets('Estonia condemned Russia for the airspace violation. "This cannot go on," Estonia said.');
    expect(r).toEqual([["RU"], ["RU"]]);
  });
});
