// Serves Entente's GraphiQL (built by `npm run build:explorer` into explorer/dist) at /graphiql.
import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Express, type Response } from "express";
import { projectRoot } from "../paths.js";

export const EXPLORER_PATH = "/graphiql";
export const explorerDistDir = path.join(projectRoot, "explorer", "dist");

/**
 * The page loads nothing but its own files and talks only to the same-origin /graphql.
 * Monaco injects styles at run time, hence 'unsafe-inline' for styles only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join("; ");

function setSecurityHeaders(res: Response): void {
  res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
}

export interface MountExplorerOptions {
  /** Folder with the built explorer (default: explorer/dist under the project root). */
  distDir?: string;
  /** Redirect `/` to the explorer (default true). */
  redirectRoot?: boolean;
}

/**
 * Mounts the explorer on `app`: static files at /graphiql (index.html for any other page path),
 * `/` redirecting there, and a 503 with instructions while the build is missing.
 */
export function mountExplorer(app: Express, options: MountExplorerOptions = {}): void {
  const distDir = options.distDir ?? explorerDistDir;
  const indexHtml = path.join(distDir, "index.html");

  if (options.redirectRoot ?? true) {
    app.get("/", (_req, res) => {
      res.redirect(302, `${EXPLORER_PATH}/`);
    });
  }

  const serveStatic = express.static(distDir, {
    index: false,
    fallthrough: true,
    setHeaders(res, filePath) {
      // File names under assets/ carry a content hash: cache them for good. index.html must be revalidated.
      if (filePath.startsWith(path.join(distDir, "assets") + path.sep)) {
        res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      } else {
        res.setHeader("Cache-Control", "no-cache");
      }
      setSecurityHeaders(res);
    },
  });

  app.use(EXPLORER_PATH, (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      next();
      return;
    }
    // Checked on every request, so building the explorer after the server started is enough.
    if (!existsSync(indexHtml)) {
      res
        .status(503)
        .type("text/plain")
        .setHeader("Cache-Control", "no-store")
        .send(
          "The GraphiQL explorer has not been built. Run `npm run build:explorer` (vite build --config explorer/vite.config.ts) and reload.\n" +
            "The GraphQL endpoint itself is available at /graphql.\n",
        );
      return;
    }
    serveStatic(req, res, () => {
      // A missing file (anything with an extension) is a 404; every other path is the page itself.
      if (path.extname(req.path) !== "") {
        next();
        return;
      }
      setSecurityHeaders(res);
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(indexHtml);
    });
  });
}
