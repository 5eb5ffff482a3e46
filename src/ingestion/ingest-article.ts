// Stores an article and everything extracted from it in one transaction: a failure leaves nothing behind.
// Re-ingesting the same url with the same content changes nothing; new content replaces the extracted data
// (statements an editor reviewed are kept); the same text under another url is reported as a duplicate.
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { extractForIngest } from "./article-extraction.js";
import type { ExtractedPerson, ExtractionResult } from "../extraction/types.js";
import type { ArticleToIngest } from "./article-input.js";
import { contentHash } from "./content-hash.js";
import { toDbSentimentLabel, toDbStatementKind, toDbStatementType } from "./statement-enums.js";
import { extractionContext } from "./extraction-context.js";
import { linkKnownPeople, nameKeysOf } from "./link-known-people.js";
import { peopleByNameKeys, refreshStaleAliasKeys, aliasKeysOf } from "../db/queries/people/people-by-name.js";
import { addStatements, subtractStatements } from "../db/queries/analytics/rollup-maintenance.js";
import { notifyArticleIngested } from "../db/notifications/ingest-events.js";

export type IngestStatus = "CREATED" | "UPDATED" | "UNCHANGED" | "DUPLICATE";

export interface IngestOutcome {
  status: IngestStatus;
  articleId: number;
  statements: number;
  people: number;
  states: number;
}

type Tx = Prisma.TransactionClient;
type Db = PrismaClient | Tx;

function outcomeOf(status: IngestStatus, articleId: number, extraction: ExtractionResult): IngestOutcome {
  return {
    status,
    articleId,
    statements: extraction.statements.length,
    people: extraction.people.length,
    states: extraction.states.length,
  };
}

const MAX_ATTEMPTS = 3;

/** Another ingest created the same article or person first, or two ingests' rollup updates deadlocked. */
function isRetryable(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    (error.code === "P2002" || error.code === "P2034" || /deadlock detected/i.test(error.message))
  );
}

export class ArticleIngester {
  private stateIds: Map<string, number> | undefined;
  private topicIds: Map<string, number> | undefined;

  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Ingests one article; concurrent calls for the same article never create duplicates. `extraction`, when given,
   * is the article's extraction made elsewhere (an extraction worker thread).
   */
  async ingest(
    article: ArticleToIngest,
    options: { force?: boolean } = {},
    extraction?: ExtractionResult,
  ): Promise<IngestOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(article, options, extraction);
      } catch (error) {
        // Another ingest created the same article or person first: start again, it will see that row.
        if (isRetryable(error) && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  /**
   * Runs the current extractor again on a stored article and replaces what an older extractor stored;
   * statements an editor reviewed are kept as they are.
   */
  async reextract(articleId: number): Promise<IngestOutcome> {
    const stored = await this.prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    return this.ingest(stored, { force: true });
  }

  /** Whether ingesting the article now would store nothing (same url and text, or the text under another url). */
  async isStored(article: ArticleToIngest): Promise<boolean> {
    return "done" in (await this.classify(this.prisma, article, contentHash(article.body), false));
  }

  /**
   * Ingests several articles, in order, in one transaction (fewer commits for bulk loads); each sees what the ones
   * before it stored, as in separate calls. If any fails, the transaction stores nothing and each article is
   * ingested again in its own, so one bad article costs only itself. Returns an outcome or the error per article.
   */
  async ingestBatch(items: { article: ArticleToIngest; extraction?: ExtractionResult }[]): Promise<(IngestOutcome | Error)[]> {
    await refreshStaleAliasKeys(this.prisma);
    try {
      return await this.prisma.$transaction(
        async (tx) => {
          const outcomes: IngestOutcome[] = [];
          for (const { article, extraction } of items) {
            const hash = contentHash(article.body);
            const found = await this.classify(tx, article, hash, false);
            if ("done" in found) {
              outcomes.push(found.done);
              continue;
            }
            const extracted = extraction ?? extractForIngest(article, await extractionContext(this.prisma));
            const articleId = await this.store(tx, article, hash, extracted, found.existingId);
            outcomes.push(outcomeOf(found.existingId ? "UPDATED" : "CREATED", articleId, extracted));
          }
          return outcomes;
        },
        { timeout: 60_000 * items.length, maxWait: 60_000 },
      );
    } catch {
      const outcomes: (IngestOutcome | Error)[] = [];
      for (const { article, extraction } of items) {
        outcomes.push(await this.ingest(article, {}, extraction).catch((error: unknown) => error as Error));
      }
      return outcomes;
    }
  }

  private async attempt(
    article: ArticleToIngest,
    options: { force?: boolean },
    extraction: ExtractionResult | undefined,
  ): Promise<IngestOutcome> {
    const hash = contentHash(article.body);
    const found = await this.classify(this.prisma, article, hash, options.force ?? false);
    if ("done" in found) return found.done;
    // Extraction is pure and runs outside the transaction, so the transaction stays short.
    const extracted = extraction ?? extractForIngest(article, await extractionContext(this.prisma));
    // Rows whose aliases another writer changed get their lookup keys back before people are matched by them.
    await refreshStaleAliasKeys(this.prisma);
    const articleId = await this.prisma.$transaction((tx) => this.store(tx, article, hash, extracted, found.existingId), {
      timeout: 60_000,
      maxWait: 60_000,
    });
    return outcomeOf(found.existingId ? "UPDATED" : "CREATED", articleId, extracted);
  }

  /**
   * Nothing to store (the same url with the same text, or the text under another url), or the article to store,
   * new or replacing `existingId`. One query answers both questions.
   */
  private async classify(
    db: Db,
    article: ArticleToIngest,
    hash: string,
    force: boolean,
  ): Promise<{ done: IngestOutcome } | { existingId: number | null }> {
    const matches = await db.article.findMany({
      where: { OR: [{ url: article.url }, { contentHash: hash }] },
      select: { id: true, url: true, contentHash: true },
    });
    const existing = matches.find((match) => match.url === article.url) ?? null;
    if (existing && existing.contentHash === hash && !force) return { done: await this.summary(db, "UNCHANGED", existing.id) };
    const duplicate = existing ? null : matches.find((match) => match.contentHash === hash);
    if (duplicate) return { done: await this.summary(db, "DUPLICATE", duplicate.id) };
    return { existingId: existing?.id ?? null };
  }

  private async summary(db: Db, status: IngestStatus, articleId: number): Promise<IngestOutcome> {
    const [statements, people, states] = await Promise.all([
      db.statement.count({ where: { articleId } }),
      db.articlePersonMention.count({ where: { articleId } }),
      db.articleStateMention.count({ where: { articleId } }),
    ]);
    return { status, articleId, statements, people, states };
  }

  /** Ids of states by code and topics by slug, loaded once per ingester. */
  protected async lookups(tx: Tx): Promise<{ states: Map<string, number>; topics: Map<string, number> }> {
    this.stateIds ??= new Map((await tx.state.findMany({ select: { id: true, code: true } })).map((s) => [s.code, s.id]));
    this.topicIds ??= new Map((await tx.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
    return { states: this.stateIds, topics: this.topicIds };
  }

  /**
   * Matches extracted people to stored ones by name and aliases in one indexed query (inside the transaction, so an
   * article sees the people the articles before it stored), fills in what the stored record lacked, and creates the
   * new ones in one statement. Returns each extracted person's id.
   */
  private async storePeople(tx: Tx, people: ExtractedPerson[], states: Map<string, number>): Promise<Map<string, number>> {
    const known = await peopleByNameKeys(tx, nameKeysOf(people));
    linkKnownPeople(people, known);
    const personIds = new Map<string, number>();
    const fresh = new Map<string, ExtractedPerson[]>();
    for (const person of people) {
      const stateId = person.stateCode ? (states.get(person.stateCode) ?? null) : null;
      const current =
        known.find((row) => row.id === person.knownPersonId) ?? known.find((row) => row.normalizedName === person.normalizedName);
      if (!current) {
        fresh.set(person.normalizedName, [...(fresh.get(person.normalizedName) ?? []), person]);
        continue;
      }
      // Fill what was unknown; never overwrite what we (or an editor) already had.
      const aliases = [
        ...new Set([...current.aliases, ...person.aliases, ...(person.name !== current.name ? [person.name] : [])]),
      ];
      const changes = {
        ...(aliases.length !== current.aliases.length
          ? { aliases, aliasKeys: aliasKeysOf({ ...current, aliases }), aliasKeysStale: false }
          : {}),
        ...(!current.role && person.role ? { role: person.role } : {}),
        ...(!current.organisation && person.organisation ? { organisation: person.organisation } : {}),
        ...(current.stateId === null && stateId !== null ? { stateId } : {}),
        ...(person.sanctioned && !current.sanctioned ? { sanctioned: true, sanctionNote: person.sanctionNote } : {}),
      };
      if (Object.keys(changes).length) await tx.person.update({ where: { id: current.id }, data: changes });
      personIds.set(person.key, current.id);
    }
    const newcomers = [...fresh.values()].map((same) => same[0]!);
    const created = await tx.person.createManyAndReturn({
      data: newcomers.map((person) => ({
        name: person.name,
        normalizedName: person.normalizedName,
        aliases: person.aliases.filter((alias) => alias !== person.name),
        aliasKeys: aliasKeysOf({ ...person, aliases: person.aliases.filter((alias) => alias !== person.name) }),
        aliasKeysStale: false,
        role: person.role,
        organisation: person.organisation,
        stateId: person.stateCode ? (states.get(person.stateCode) ?? null) : null,
        sanctioned: person.sanctioned,
        sanctionNote: person.sanctionNote,
      })),
      select: { id: true, normalizedName: true },
    });
    const createdIds = new Map(created.map((row) => [row.normalizedName, row.id]));
    for (const [normalizedName, same] of fresh) {
      const id = createdIds.get(normalizedName)!;
      for (const person of same) personIds.set(person.key, id);
    }
    return personIds;
  }

  private async store(
    tx: Tx,
    input: ArticleToIngest,
    hash: string,
    extraction: ExtractionResult,
    existingId: number | null,
  ): Promise<number> {
    const { states, topics } = await this.lookups(tx);
    const data = {
      title: input.title,
      body: input.body,
      publishedAt: input.publishedAt,
      source: input.source,
      language: input.language,
      contentHash: hash,
      extractorVersion: extraction.extractorVersion,
    };
    // A plain create (not an upsert) when the url was new: a concurrent ingest of the same article then fails
    // on the unique url, retries, and finds the article unchanged instead of writing it a second time.
    const article = existingId
      ? await tx.article.update({ where: { id: existingId }, data, select: { id: true } })
      : await tx.article.create({ data: { url: input.url, ...data }, select: { id: true } });

    // Replace what a previous extraction stored, but keep statements an editor reviewed.
    let reviewedTexts = new Set<string>();
    if (existingId) {
      // The analytics rollups lose the article's old statements here and gain its new ones at the end.
      await subtractStatements(tx, { articleId: article.id });
      await tx.statement.deleteMany({ where: { articleId: article.id, reviewed: false } });
      await tx.articleStateMention.deleteMany({ where: { articleId: article.id } });
      await tx.articlePersonMention.deleteMany({ where: { articleId: article.id } });
      const reviewed = await tx.statement.findMany({ where: { articleId: article.id }, select: { text: true } });
      reviewedTexts = new Set(reviewed.map((statement) => statement.text));
      await tx.statement.updateMany({ where: { articleId: article.id }, data: { publishedAt: input.publishedAt } });
    }

    const personIds = await this.storePeople(tx, extraction.people, states);

    const fresh = extraction.statements.filter((statement) => !reviewedTexts.has(statement.text));
    const created = await tx.statement.createManyAndReturn({
      data: fresh.map((statement) => ({
        articleId: article.id,
        text: statement.text,
        kind: toDbStatementKind(statement.kind),
        speakerId: statement.speakerKey ? (personIds.get(statement.speakerKey) ?? null) : null,
        speakerStateId: statement.speakerStateCode ? (states.get(statement.speakerStateCode) ?? null) : null,
        sentimentScore: statement.sentiment.score,
        sentimentLabel: toDbSentimentLabel(statement.sentiment.label),
        type: toDbStatementType(statement.type),
        cameoCode: statement.cameoCode,
        goldstein: statement.goldstein,
        publishedAt: input.publishedAt,
        startOffset: statement.startOffset,
        endOffset: statement.endOffset,
        sentenceIndex: statement.sentenceIndex,
        extractorVersion: extraction.extractorVersion,
        confidence: statement.confidence,
      })),
      select: { id: true },
    });
    const targets = fresh.flatMap((statement, index) =>
      [...new Set(statement.targetCodes)].flatMap((code) =>
        states.has(code) ? [{ statementId: created[index]!.id, stateId: states.get(code)! }] : [],
      ),
    );
    const topicRows = fresh.flatMap((statement, index) => {
      const seen = new Set<string>();
      return statement.topics.flatMap((topic) => {
        if (seen.has(topic.slug) || !topics.has(topic.slug)) return [];
        seen.add(topic.slug);
        return [
          {
            statementId: created[index]!.id,
            topicId: topics.get(topic.slug)!,
            evidence: topic.evidence,
            confidence: topic.confidence,
          },
        ];
      });
    });
    if (targets.length) await tx.statementTarget.createMany({ data: targets });
    if (topicRows.length) await tx.statementTopic.createMany({ data: topicRows });

    const stateMentions = extraction.states.filter((state) => states.has(state.code));
    if (stateMentions.length) {
      await tx.articleStateMention.createMany({
        data: stateMentions.map((state) => ({ articleId: article.id, stateId: states.get(state.code)!, count: state.count })),
      });
    }
    const personMentions = new Map<number, number>();
    for (const person of extraction.people) {
      const id = personIds.get(person.key)!;
      personMentions.set(id, (personMentions.get(id) ?? 0) + Math.max(1, person.count));
    }
    if (personMentions.size) {
      await tx.articlePersonMention.createMany({
        data: [...personMentions].map(([personId, count]) => ({ articleId: article.id, personId, count })),
      });
    }
    await addStatements(tx, { articleId: article.id });
    // Delivered to every listening replica when this transaction commits (never if it rolls back).
    const status = existingId ? "UPDATED" : "CREATED";
    await notifyArticleIngested(tx, { articleId: article.id, status, statementIds: created.map((row) => row.id) });
    return article.id;
  }
}
