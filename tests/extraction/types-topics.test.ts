import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyStatement, STATEMENT_TYPES } from "../../src/extraction/statement-types.js";
import { assignTopics, TOPIC_PARENTS, TOPIC_RULES } from "../../src/extraction/topics.js";
import { seedDataDir } from "../../src/paths.js";

describe("statement types", () => {
  it("maps every type to CAMEO and Goldstein anchors", () => {
    expect(STATEMENT_TYPES.THREATENS).toMatchObject({ cameoCode: "13", goldstein: -4.4 });
    expect(STATEMENT_TYPES.EXPRESSES_CONCERN.goldstein).toBeGreaterThan(STATEMENT_TYPES.CRITICISES.goldstein);
    expect(STATEMENT_TYPES.EXPRESSES_CONCERN.goldstein).toBeLessThan(STATEMENT_TYPES.COMMENTS.goldstein);
  });

  it("lets a typed cue verb decide, then content phrases by precedence", () => {
    expect(classifyStatement("condemn", "the launch").type).toBe("CONDEMNS");
    expect(classifyStatement("say", "we will take countermeasures").type).toBe("THREATENS");
    expect(classifyStatement("warn", "it would impose new sanctions").goldstein).toBe(-5.8);
    expect(classifyStatement("say", "Pyongyang must stop its provocations").type).toBe("DEMANDS");
    expect(classifyStatement("express", "grave concern over the tests").type).toBe("EXPRESSES_CONCERN");
    expect(classifyStatement("call", "on both sides to exercise restraint", 0, "called on").type).toBe("APPEALS");
    expect(classifyStatement("say", "Seoul will strengthen military cooperation with Tokyo").goldstein).toBe(5.2);
    expect(classifyStatement("say", "the weather was mild").type).toBe("COMMENTS");
  });
});

describe("topics", () => {
  it("agrees with the taxonomy in topics.json", () => {
    const topics = JSON.parse(readFileSync(path.join(seedDataDir, "topics.json"), "utf8")) as {
      slug: string;
      parent: string | null;
    }[];
    expect(Object.fromEntries(topics.map((t) => [t.slug, t.parent]))).toEqual(TOPIC_PARENTS);
    for (const rule of TOPIC_RULES) expect(TOPIC_PARENTS).toHaveProperty(rule.slug);
  });

  it("assigns the most specific slugs with evidence", () => {
    const topics = assignTopics("the allies held joint military exercises near the shoal and imposed new sanctions");
    const slugs = topics.map((t) => t.slug).sort();
    expect(slugs).toContain("joint-exercises");
    expect(slugs).toContain("sanctions");
    expect(slugs).not.toContain("military-cooperation");
    expect(topics.find((t) => t.slug === "joint-exercises")?.evidence).toBe("joint military exercises");
  });

  it("assigns nothing to unrelated text", () => {
    expect(assignTopics("the weather in spring was pleasant")).toEqual([]);
  });
});
