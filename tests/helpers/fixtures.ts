// Hand-made fixture data for query tests (written by us), inserted directly with Prisma so that
// GraphQL tests do not depend on the extraction pipeline.
import type { PrismaClient, SentimentLabel, StatementKind, StatementType } from "../../src/generated/prisma/client.js";
import { normalizeName } from "../../src/text/normalize-name.js";
import { createHash } from "node:crypto";
import { rebuildAnalyticsRollups } from "../../src/db/queries/analytics/rollup-maintenance.js";

export interface FixtureStatement {
  article: string;
  text: string;
  speaker?: string;
  speakerState?: string;
  targets: string[];
  topics: string[];
  score: number;
  type: StatementType;
  kind?: StatementKind;
}

export const FIXTURE_ARTICLES = [
  {
    url: "https://fixtures.example/seoul-concern",
    title: "Seoul voices concern over Moscow-Pyongyang arms cooperation",
    source: "Fixture Wire",
    publishedAt: new Date("2025-01-15T08:00:00Z"),
  },
  {
    url: "https://fixtures.example/tokyo-protest",
    title: "Tokyo protests missile launch",
    source: "Fixture Wire",
    publishedAt: new Date("2025-02-20T09:30:00Z"),
  },
  {
    url: "https://fixtures.example/summit-pledge",
    title: "Leaders pledge deeper trade and energy ties",
    source: "Fixture Daily",
    publishedAt: new Date("2025-03-05T12:00:00Z"),
  },
];

export const FIXTURE_PEOPLE = [
  { name: "Cho Tae-yul", role: "Foreign Minister", state: "KR", sanctioned: false },
  { name: "Hayashi Yoshimasa", role: "Chief Cabinet Secretary", state: "JP", sanctioned: false },
  {
    name: "Choe Son Hui",
    role: "Foreign Minister",
    state: "KP",
    sanctioned: true,
    sanctionNote: "Sanctioned by the United States Treasury",
  },
  { name: "Kim Jong-un", role: "Leader", state: "KP", sanctioned: true, sanctionNote: "Listed by the EU" },
];

export const FIXTURE_STATEMENTS: FixtureStatement[] = [
  {
    article: "https://fixtures.example/seoul-concern",
    text: "Seoul expressed deep concern over arms transfers between Russia and North Korea.",
    speaker: "Cho Tae-yul",
    speakerState: "KR",
    targets: ["RU", "KP"],
    topics: ["arms-transfers"],
    score: -0.6,
    type: "EXPRESSES_CONCERN",
  },
  {
    article: "https://fixtures.example/seoul-concern",
    text: "The minister warned that satellite technology transfers would violate Security Council resolutions.",
    speaker: "Cho Tae-yul",
    speakerState: "KR",
    targets: ["RU"],
    topics: ["space-and-satellites", "un-security-council"],
    score: -0.5,
    type: "WARNS",
  },
  {
    article: "https://fixtures.example/seoul-concern",
    text: "Pyongyang rejected the criticism as a hostile provocation.",
    speaker: "Choe Son Hui",
    speakerState: "KP",
    targets: ["KR"],
    topics: ["diplomatic-relations"],
    score: -0.7,
    type: "REJECTS",
  },
  {
    article: "https://fixtures.example/tokyo-protest",
    text: "Tokyo lodged a strong protest over the ballistic missile launch.",
    speaker: "Hayashi Yoshimasa",
    speakerState: "JP",
    targets: ["KP"],
    topics: ["ballistic-missiles"],
    score: -0.8,
    type: "CONDEMNS",
  },
  {
    article: "https://fixtures.example/tokyo-protest",
    text: "Japan will deepen trilateral security cooperation with South Korea and the United States.",
    speaker: "Hayashi Yoshimasa",
    speakerState: "JP",
    targets: ["KR", "US"],
    topics: ["alliances-and-security-cooperation"],
    score: 0.6,
    type: "INTENDS_TO_COOPERATE",
  },
  {
    article: "https://fixtures.example/summit-pledge",
    text: "Japan and China agreed to expand energy and trade cooperation.",
    speakerState: "JP",
    targets: ["CN"],
    topics: ["energy", "trade"],
    score: 0.7,
    type: "AGREES",
  },
  {
    article: "https://fixtures.example/summit-pledge",
    text: "Japan called on China to ease export restrictions on rare earths.",
    speakerState: "JP",
    targets: ["CN"],
    topics: ["trade-disputes"],
    score: -0.1,
    type: "APPEALS",
  },
  {
    article: "https://fixtures.example/summit-pledge",
    text: "Kim Jong-un praised the growing partnership with Moscow.",
    speaker: "Kim Jong-un",
    speakerState: "KP",
    targets: ["RU"],
    topics: ["military-cooperation"],
    score: 0.8,
    type: "PRAISES",
  },
];

const CAMEO: Record<string, [string, number]> = {
  COMMENTS: ["01", 0],
  EXPRESSES_CONCERN: ["01", -1],
  CRITICISES: ["11", -2],
  CONDEMNS: ["11", -2.5],
  WARNS: ["13", -3],
  THREATENS: ["13", -4.4],
  DEMANDS: ["10", -5],
  APPEALS: ["02", 3],
  REJECTS: ["12", -4],
  DENIES: ["12", -2],
  INTENDS_TO_COOPERATE: ["03", 4],
  AGREES: ["05", 5],
  PRAISES: ["05", 3.4],
};

function label(score: number): SentimentLabel {
  return score < -0.05 ? "NEGATIVE" : score > 0.05 ? "POSITIVE" : "NEUTRAL";
}

export async function stateIds(prisma: PrismaClient): Promise<Map<string, number>> {
  const states = await prisma.state.findMany({ select: { id: true, code: true } });
  return new Map(states.map((s) => [s.code, s.id]));
}

export async function insertFixtures(prisma: PrismaClient): Promise<void> {
  const states = await stateIds(prisma);
  const topics = new Map((await prisma.topic.findMany()).map((t) => [t.slug, t.id]));
  const articles = new Map<string, { id: number; publishedAt: Date }>();
  for (const article of FIXTURE_ARTICLES) {
    const body = FIXTURE_STATEMENTS.filter((s) => s.article === article.url)
      .map((s) => s.text)
      .join(" ");
    const saved = await prisma.article.create({
      data: { ...article, body, language: "en", contentHash: createHash("sha256").update(body).digest("hex") },
    });
    articles.set(article.url, saved);
  }
  const people = new Map<string, number>();
  for (const person of FIXTURE_PEOPLE) {
    const saved = await prisma.person.create({
      data: {
        name: person.name,
        normalizedName: normalizeName(person.name),
        aliases: person.name === "Kim Jong-un" ? ["Kim Jong Un"] : [],
        role: person.role,
        stateId: states.get(person.state)!,
        sanctioned: person.sanctioned,
        sanctionNote: person.sanctionNote ?? null,
      },
    });
    people.set(person.name, saved.id);
  }
  const offsets = new Map<string, number>();
  for (const statement of FIXTURE_STATEMENTS) {
    const article = articles.get(statement.article)!;
    const start = offsets.get(statement.article) ?? 0;
    offsets.set(statement.article, start + statement.text.length + 1);
    const [cameoCode, goldstein] = CAMEO[statement.type]!;
    const saved = await prisma.statement.create({
      data: {
        articleId: article.id,
        text: statement.text,
        kind: statement.kind ?? "REPORTED_SPEECH",
        speakerId: statement.speaker ? people.get(statement.speaker)! : null,
        speakerStateId: statement.speakerState ? states.get(statement.speakerState)! : null,
        sentimentScore: statement.score,
        sentimentLabel: label(statement.score),
        type: statement.type,
        cameoCode,
        goldstein,
        publishedAt: article.publishedAt,
        startOffset: start,
        endOffset: start + statement.text.length,
        sentenceIndex: 0,
        extractorVersion: "fixture",
        confidence: 1,
        targets: { create: statement.targets.map((code) => ({ stateId: states.get(code)! })) },
        topics: { create: statement.topics.map((slug) => ({ topicId: topics.get(slug)!, evidence: slug })) },
      },
    });
    void saved;
  }
  for (const [url, article] of articles) {
    const mentioned = new Map<string, number>();
    for (const s of FIXTURE_STATEMENTS.filter((x) => x.article === url)) {
      for (const code of [...s.targets, ...(s.speakerState ? [s.speakerState] : [])])
        mentioned.set(code, (mentioned.get(code) ?? 0) + 1);
    }
    await prisma.articleStateMention.createMany({
      data: [...mentioned].map(([code, count]) => ({ articleId: article.id, stateId: states.get(code)!, count })),
    });
    const speakers = new Map<string, number>();
    for (const s of FIXTURE_STATEMENTS.filter((x) => x.article === url && x.speaker))
      speakers.set(s.speaker!, (speakers.get(s.speaker!) ?? 0) + 1);
    await prisma.articlePersonMention.createMany({
      data: [...speakers].map(([name, count]) => ({ articleId: article.id, personId: people.get(name)!, count })),
    });
  }
  // Fixtures bypass the write paths that keep the analytics rollups: compute them once from the statements.
  await rebuildAnalyticsRollups(prisma);
}

/**
 * Synthetic volume for batching tests: for each of `codes`, `perState` statements made by that state,
 * each with a speaker, two topics and an article. Deterministic.
 */
export async function insertSyntheticStatements(prisma: PrismaClient, codes: string[], perState: number): Promise<void> {
  const states = await stateIds(prisma);
  const topicIds = (await prisma.topic.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((t) => t.id);
  for (const [index, code] of codes.entries()) {
    const stateId = states.get(code)!;
    const person = await prisma.person.create({
      data: {
        name: `Synthetic Speaker ${code}`,
        normalizedName: `synthetic speaker ${code.toLowerCase()}`,
        role: "Spokesperson",
        stateId,
      },
    });
    const body = `Synthetic article ${code}.`;
    const article = await prisma.article.create({
      data: {
        url: `https://synthetic.example/${code}`,
        title: `Synthetic ${code}`,
        source: "Synthetic",
        publishedAt: new Date(Date.UTC(2025, 0, 1 + index)),
        body,
        contentHash: createHash("sha256").update(body).digest("hex"),
      },
    });
    const target = states.get(codes[(index + 1) % codes.length]!)!;
    for (let n = 0; n < perState; n++) {
      await prisma.statement.create({
        data: {
          articleId: article.id,
          text: `Synthetic statement ${n} by ${code}.`,
          kind: "REPORTED_SPEECH",
          speakerId: person.id,
          speakerStateId: stateId,
          sentimentScore: ((n % 7) - 3) / 3,
          sentimentLabel: label(((n % 7) - 3) / 3),
          type: "COMMENTS",
          cameoCode: "01",
          goldstein: 0,
          publishedAt: new Date(Date.UTC(2025, 0, 1 + index, 0, n)),
          startOffset: 0,
          endOffset: body.length,
          sentenceIndex: 0,
          extractorVersion: "synthetic",
          confidence: 1,
          targets: { create: [{ stateId: target }] },
          topics: { create: [{ topicId: topicIds[n % topicIds.length]! }, { topicId: topicIds[(n + 5) % topicIds.length]! }] },
        },
      });
    }
  }
  await rebuildAnalyticsRollups(prisma);
}
