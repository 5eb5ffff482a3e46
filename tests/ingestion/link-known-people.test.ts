// Linking after extraction, against only the people the article's names find, gives the same knownPersonId as
// extraction's own matching over every stored person (what ingestion did before it stopped loading everyone).
// Stored people: everyone the demo corpus mentions, plus awkward cases — an alias equal to another person's name,
// and one alias key shared by two people (the first by normalised name must win).
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { loadGazetteer } from "../../src/extraction/context.js";
import type { KnownPerson } from "../../src/extraction/types.js";
import { aliasKeysOf } from "../../src/db/queries/people/people-by-name.js";
import { linkKnownPeople, nameKeysOf, type StoredName } from "../../src/ingestion/link-known-people.js";
import { DEMO_ARTICLES_DIR } from "../../src/ingestion/demo-corpus.js";
import { listArticleFiles, readArticleFile } from "../../src/ingestion/read-article-files.js";
import { parseArticleInput, type ArticleToIngest } from "../../src/ingestion/article-input.js";

async function demoArticles(): Promise<ArticleToIngest[]> {
  const articles: ArticleToIngest[] = [];
  for (const file of await listArticleFiles([DEMO_ARTICLES_DIR])) {
    for (const record of await readArticleFile(file)) {
      const parsed = parseArticleInput(record.value);
      if ("article" in parsed) articles.push(parsed.article);
    }
  }
  return articles;
}

describe("linking extracted people to stored ones", () => {
  it("matches the full in-memory index for every person of the demo corpus", async () => {
    const states = loadGazetteer();
    const articles = await demoArticles();
    const stored: StoredName[] = [];
    const byName = new Set<string>();
    for (const article of articles) {
      for (const person of extractArticle(article, { states, knownPeople: [] }).people) {
        if (byName.has(person.normalizedName)) continue;
        byName.add(person.normalizedName);
        const id = stored.length + 1;
        stored.push({ id, name: person.name, normalizedName: person.normalizedName, aliases: person.aliases, state: null });
        // Someone else known by this person's name, and by the same alias as them (sorting before and after).
        const alias = person.aliases[0] ?? person.name;
        stored.push({
          id: -id,
          name: `Other ${id}`,
          normalizedName: `a other ${id}`,
          aliases: [alias, person.name],
          state: null,
        });
        stored.push({ id: 10_000 + id, name: `Zed ${id}`, normalizedName: `zz ${id}`, aliases: [alias], state: null });
      }
    }
    const known: KnownPerson[] = stored
      .map(({ state, ...person }) => ({ ...person, stateCode: state?.code ?? null }))
      .sort((a, b) => (a.normalizedName < b.normalizedName ? -1 : a.normalizedName > b.normalizedName ? 1 : 0));
    let linked = 0;
    for (const article of articles) {
      const expected = extractArticle(article, { states, knownPeople: known }).people.map((person) => person.knownPersonId);
      const people = extractArticle(article, { states, knownPeople: [] }).people;
      // What peopleByNameKeys returns: stored people whose name or an alias key is among the article's keys.
      const keys = new Set(nameKeysOf(people));
      const candidates = stored.filter(
        (person) => keys.has(person.normalizedName) || aliasKeysOf(person).some((key) => keys.has(key)),
      );
      expect(candidates.length).toBeLessThan(stored.length);
      linkKnownPeople(people, candidates);
      expect(people.map((person) => person.knownPersonId)).toEqual(expected);
      linked += expected.filter((id) => id !== null).length;
    }
    expect(linked).toBeGreaterThan(100);
  });
});
