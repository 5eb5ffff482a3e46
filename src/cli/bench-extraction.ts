// Throughput of the extraction pipeline alone (no database), on one core: the corpus articles repeated.
// Usage: node dist/cli/bench-extraction.js [--seconds 5]
import { extractArticle } from "../extraction/extract-article.js";
import { loadContext } from "../extraction/context.js";
import { listArticles, loadArticle } from "../ingestion/demo-articles.js";
import { parseCliArgs, positiveNumberArg } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: node dist/cli/bench-extraction.js [--seconds N]   (first half of npm run bench:extraction)
  Extraction throughput on one core, without a database: the corpus articles repeated for N seconds.
  --seconds N   how long to measure (default 5)
  --help, -h    this help`;

await runCli(async () => {
  const { values } = parseCliArgs({ usage: USAGE, options: { seconds: { type: "string", default: "5" } } });
  const seconds = positiveNumberArg(values.seconds, "--seconds")!;
  const context = loadContext();
  const articles = listArticles().map(loadArticle);
  if (articles.length === 0) throw new Error("No articles in prisma/seed-data/articles.");
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const wordsPerRound = articles.reduce((n, a) => n + words(a.body), 0);

  // Warm up (JIT, gazetteer compilation).
  for (let i = 0; i < 3; i++) for (const a of articles) extractArticle(a, context);

  let processed = 0;
  let wordCount = 0;
  let statements = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  while (performance.now() < deadline) {
    for (const a of articles) {
      statements += extractArticle(a, context).statements.length;
      processed++;
    }
    wordCount += wordsPerRound;
  }
  const elapsed = (performance.now() - start) / 1000;
  const avgWords = wordsPerRound / articles.length;
  console.log(`corpus: ${articles.length} articles, ${avgWords.toFixed(0)} words on average`);
  console.log(`processed ${processed} articles (${statements} statements) in ${elapsed.toFixed(2)} s`);
  console.log(`${(processed / elapsed).toFixed(1)} articles/s, ${(wordCount / elapsed).toFixed(0)} words/s`);
  console.log(`normalised to 500-word articles: ${(wordCount / elapsed / 500).toFixed(1)} articles/s (target 200)`);
});
