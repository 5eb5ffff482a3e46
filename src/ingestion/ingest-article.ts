// Stores an article and everything extracted from it in one transaction: a failure leaves nothing behind.
// Re-ingesting the same url with the same content changes nothing; new content replaces the extracted data
// (statements an editor reviewed are kept); the same text under another url is reported as a duplicate.
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { EXTRACTOR_VERSION, extractArticle } from "../extraction/extract-article.js";
import type { ExtractedPerson, ExtractionContext, ExtractionResult } from "../extraction/types.js";
import type { ArticleToIngest } from "./article-input.js";
import { contentHash } from "./content-hash.js";
import { toDbSentimentLabel, toDbStatementKind, toDbStatementType } from "./statement-enums.js";
import { loadExtractionContext, refreshKnownPeople } from "./extraction-context.js";
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

const MAX_ATTEMPTS = 3;

/** Another ingest created the same article or person first, or two ingests' rollup updates deadlocked. */
function isRetryable(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    (error.code === "P2002" || error.code === "P2034" || /deadlock detected/i.test(error.message))
  );
}

export class ArticleIngester {
  private context: ExtractionContext | undefined;
  private stateIds: Map<string, number> | undefined;
  private topicIds: Map<string, number> | undefined;

  constructor(private readonly prisma: PrismaClient) {}

  /** Ingests one article; concurrent calls for the same article never create duplicates. */
  async ingest(article: ArticleToIngest, options: { force?: boolean } = {}): Promise<IngestOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(article, options);
      } catch (error) {
        // Another ingest created the same article or person first: start again, it will see that row.
        if (isRetryable(error) && attempt < MAX_ATTEMPTS) {
          this.context = undefined;
          continue;
        }
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

  private async attempt(article: ArticleToIngest, options: { force?: boolean }): Promise<IngestOutcome> {
    const hash = contentHash(article.body);
    // One query answers both questions: is this url known, and is this text stored under another url?
    const matches = await this.prisma.article.findMany({
      where: { OR: [{ url: article.url }, { contentHash: hash }] },
      select: { id: true, url: true, contentHash: true },
    });
    const existing = matches.find((match) => match.url === article.url) ?? null;
    if (existing && existing.contentHash === hash && !options.force) return this.summary("UNCHANGED", existing.id);
    const duplicate = existing ? null : matches.find((match) => match.contentHash === hash);
    if (duplicate) return this.summary("DUPLICATE", duplicate.id);
    const context = await this.extractionContext();
    // Extraction is pure and runs outside the transaction, so the transaction stays short.
    // Its rules and lexicons are English: articles in other languages are stored without extracted data.
    const extraction: ExtractionResult =
      article.language === "en"
        ? extractArticle(
            { title: article.title, body: article.body, publishedAt: article.publishedAt, language: article.language },
            context,
          )
        : { extractorVersion: EXTRACTOR_VERSION, states: [], people: [], statements: [] };
    const articleId = await this.prisma.$transaction((tx) => this.store(tx, article, hash, extraction, existing?.id ?? null), {
      timeout: 60_000,
      maxWait: 60_000,
    });
    // The people this article created or updated are known to the next extraction as stored, without reloading
    // everyone: the next article sees what a fresh run would, so batching and resuming change nothing.
    await refreshKnownPeople(this.prisma, context, articleId);
    return {
      status: existing ? "UPDATED" : "CREATED",
      articleId,
      statements: extraction.statements.length,
      people: extraction.people.length,
      states: extraction.states.length,
    };
  }

  private async summary(status: IngestStatus, articleId: number): Promise<IngestOutcome> {
    const [statements, people, states] = await Promise.all([
      this.prisma.statement.count({ where: { articleId } }),
      this.prisma.articlePersonMention.count({ where: { articleId } }),
      this.prisma.articleStateMention.count({ where: { articleId } }),
    ]);
    return { status, articleId, statements, people, states };
  }

  private async extractionContext(): Promise<ExtractionContext> {
    this.context ??= await loadExtractionContext(this.prisma);
    return this.context;
  }

  /** Ids of states by code and topics by slug, loaded once per ingester. */
  protected async lookups(tx: Tx): Promise<{ states: Map<string, number>; topics: Map<string, number> }> {
    this.stateIds ??= new Map((await tx.state.findMany({ select: { id: true, code: true } })).map((s) => [s.code, s.id]));
    this.topicIds ??= new Map((await tx.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
    return { states: this.stateIds, topics: this.topicIds };
  }

  /**
   * Matches extracted people to stored ones (by id or normalised name) in one query, fills in what the stored
   * record lacked, and creates the new ones in one statement. Returns each extracted person's id.
   */
  private async storePeople(tx: Tx, people: ExtractedPerson[], states: Map<string, number>): Promise<Map<string, number>> {
    const known = await tx.person.findMany({
      where: {
        OR: [
          { id: { in: people.flatMap((person) => (person.knownPersonId ? [person.knownPersonId] : [])) } },
          { normalizedName: { in: people.map((person) => person.normalizedName) } },
        ],
      },
    });
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
        ...(aliases.length !== current.aliases.length ? { aliases } : {}),
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
