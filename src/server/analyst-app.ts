// Serves the analyst app (built by `npm run build:app` into app/dist) at /app; its views live in the query string.
import path from "node:path";
import type { Express } from "express";
import { projectRoot } from "../paths.js";
import { mountSinglePageApp, sameOriginPolicy } from "./single-page-app.js";

export const ANALYST_APP_PATH = "/app";
export const analystAppDistDir = path.join(projectRoot, "app", "dist");

export function mountAnalystApp(app: Express, options: { distDir?: string } = {}): void {
  mountSinglePageApp(app, {
    mountPath: ANALYST_APP_PATH,
    distDir: options.distDir ?? analystAppDistDir,
    contentSecurityPolicy: sameOriginPolicy(),
    missingBuildMessage: "The analyst app has not been built. Run `npm run build:app` and reload. The API is at /graphql.\n",
  });
}
