// Rule coverage: on how many known articles each rule decides something. A rule that fires on a single article is
// case law (written for that article) unless it also holds on the real-news development set. Known articles: the
// seed corpus (tuning and demo articles, prisma/seed-data/articles) and the real-news texts; never the blind set.
import { extractArticle } from "../../../src/extraction/extract-article.js";
import { listRuleFamilies, recordFirings, takeFirings } from "../../../src/extraction/rules/registry.js";
import type { ArticleInput, ExtractionContext } from "../../../src/extraction/types.js";

export interface RuleCoverage {
  id: string;
  /** Known articles (seed corpus) where the rule fired. */
  corpus: number;
  /** Real-news development articles where it fired. */
  real: number;
}

function firingsPerArticle(articles: ArticleInput[], context: ExtractionContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    takeFirings();
    extractArticle(article, context);
    for (const id of takeFirings()) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Every rule that fired at least once, rarest first. */
export function ruleCoverage(corpus: ArticleInput[], real: ArticleInput[], context: ExtractionContext): RuleCoverage[] {
  recordFirings(true);
  try {
    const inCorpus = firingsPerArticle(corpus, context);
    const inReal = firingsPerArticle(real, context);
    const ids = new Set([...inCorpus.keys(), ...inReal.keys()]);
    return [...ids]
      .map((id) => ({ id, corpus: inCorpus.get(id) ?? 0, real: inReal.get(id) ?? 0 }))
      .sort((a, b) => a.corpus + a.real - (b.corpus + b.real) || a.id.localeCompare(b.id));
  } finally {
    recordFirings(false);
  }
}

export function formatCoverage(rows: RuleCoverage[], articles: { corpus: number; real: number }): string {
  const single = rows.filter((r) => r.corpus + r.real <= 1);
  const lines = [
    `Rule coverage over ${articles.corpus} corpus and ${articles.real} real-news articles (${listRuleFamilies().length} families).`,
    `Rules firing on one article only: ${single.length}`,
    "rule                                          corpus  real",
  ];
  for (const r of rows.filter((x) => !x.id.startsWith("lexicon.") || x.corpus + x.real <= 1))
    lines.push(
      `${r.id.padEnd(44)}  ${String(r.corpus).padStart(6)}  ${String(r.real).padStart(4)}${r.corpus + r.real <= 1 ? "  single" : ""}`,
    );
  return lines.join("\n");
}
