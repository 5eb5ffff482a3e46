// Throughput of the extraction pipeline alone (no database), on one core: the corpus articles repeated.
// Usage: node dist/cli/bench-extraction.js [--seconds=5]
import { extractArticle } from "../extraction/extract-article.js";
import { listArticles, loadArticle, loadContext } from "../extraction/evaluation/corpus.js";

const seconds = Number(process.argv.find((a) => a.startsWith("--seconds="))?.slice(10) ?? 5);
const context = loadContext();
const articles = listArticles().map(loadArticle);
if (articles.length === 0) {
  console.error("No articles in prisma/seed-data/articles.");
  process.exit(2);
}
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
