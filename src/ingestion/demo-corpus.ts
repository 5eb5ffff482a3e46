// The demo corpus (prisma/seed-data/articles, written by us) ingested into an empty embedded database,
// so a new user sees statements, relations and timelines at once.
import type { PrismaClient } from "../generated/prisma/client.js";
import { parseArticleInput } from "./article-input.js";
import { DEMO_ARTICLES_DIR } from "./demo-articles.js";
import { ArticleIngester } from "./ingest-article.js";
import { listArticleFiles, readArticleFile } from "./read-article-files.js";

export { DEMO_ARTICLES_DIR };

export async function ingestDemoCorpus(prisma: PrismaClient): Promise<{ articles: number; statements: number }> {
  const ingester = new ArticleIngester(prisma);
  let articles = 0;
  let statements = 0;
  for (const file of await listArticleFiles([DEMO_ARTICLES_DIR])) {
    for (const record of await readArticleFile(file)) {
      const parsed = parseArticleInput(record.value);
      if ("errors" in parsed) throw new Error(`${record.origin}: ${parsed.errors.map((e) => e.message).join("; ")}`);
      const outcome = await ingester.ingest(parsed.article);
      articles += 1;
      statements += outcome.statements;
    }
  }
  return { articles, statements };
}
