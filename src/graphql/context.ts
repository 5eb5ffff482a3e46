// Per-request GraphQL context: the database and request-scoped DataLoaders.
import DataLoader from "dataloader";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { ArticleLimits } from "../ingestion/article-input.js";
import type { Extractor } from "../ingestion/on-demand-extraction.js";

/** Request-scoped DataLoaders, created on first use under a key that includes the field's arguments. */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 }) as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

export interface GraphQLContext {
  /** Client for reads: a read replica when DATABASE_READ_URL is set, else the primary. */
  prisma: PrismaClient;
  /** Client on the primary database, for writes. */
  writer: PrismaClient;
  loaders: LoaderRegistry;
  /** The API key's label when the request carried a valid `Authorization: Bearer` key. */
  apiKeyLabel: string | null;
  /** Where `ingestArticle` extracts (the server's worker threads); absent: in the request's own thread. */
  extract?: Extractor;
  /** What `ingestArticle` accepts (MAX_ARTICLE_CHARS); absent: the largest article any configuration accepts. */
  articleLimits?: ArticleLimits;
}

export function createContext(
  prisma: PrismaClient,
  apiKeyLabel: string | null = null,
  writer: PrismaClient = prisma,
): GraphQLContext {
  return { prisma, writer, loaders: new LoaderRegistry(), apiKeyLabel };
}
