// Serves Entente's GraphiQL (built by `npm run build:explorer` into explorer/dist) at /graphiql.
import path from "node:path";
import type { Express } from "express";
import { projectRoot } from "../paths.js";
import { mountSinglePageApp, sameOriginPolicy } from "./single-page-app.js";

export const EXPLORER_PATH = "/graphiql";
export const explorerDistDir = path.join(projectRoot, "explorer", "dist");

export interface MountExplorerOptions {
  /** Folder with the built explorer (default: explorer/dist under the project root). */
  distDir?: string;
  /** Redirect `/` to the explorer (default true). */
  redirectRoot?: boolean;
}

/** Mounts the explorer at /graphiql, with `/` redirecting there. Monaco runs its workers from blob: URLs. */
export function mountExplorer(app: Express, options: MountExplorerOptions = {}): void {
  if (options.redirectRoot ?? true) {
    app.get("/", (_req, res) => {
      res.redirect(302, `${EXPLORER_PATH}/`);
    });
  }
  mountSinglePageApp(app, {
    mountPath: EXPLORER_PATH,
    distDir: options.distDir ?? explorerDistDir,
    contentSecurityPolicy: sameOriginPolicy(["worker-src 'self' blob:"]),
    missingBuildMessage:
      "The GraphiQL explorer has not been built. Run `npm run build:explorer` (vite build --config explorer/vite.config.ts) and reload.\n" +
      "The GraphQL endpoint itself is available at /graphql.\n",
  });
}
