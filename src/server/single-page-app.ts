// Serves a single-page app built by Vite (GraphiQL at /graphiql, the analyst app at /app): hashed assets cached
// for good, index.html (revalidated) for every page path, strict security headers, and a 503 with instructions
// while the build is missing.
import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Express, type Response } from "express";

/**
 * A page that loads nothing but its own files and talks only to the same-origin /graphql (CSP's 'self' covers
 * ws:/wss: on the same host). React, charts and Monaco set inline styles, hence 'unsafe-inline' for styles only.
 */
export function sameOriginPolicy(extraDirectives: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    ...extraDirectives,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join("; ");
}

export interface SinglePageApp {
  /** Where it is served, e.g. "/graphiql". */
  mountPath: string;
  /** Folder holding the build (index.html and assets/). */
  distDir: string;
  contentSecurityPolicy: string;
  /** The plain-text answer while the build is missing: what to run. */
  missingBuildMessage: string;
}

export function mountSinglePageApp(app: Express, spa: SinglePageApp): void {
  const indexHtml = path.join(spa.distDir, "index.html");
  const setSecurityHeaders = (res: Response) => {
    res.setHeader("Content-Security-Policy", spa.contentSecurityPolicy);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
  };
  const serveStatic = express.static(spa.distDir, {
    index: false,
    fallthrough: true,
    setHeaders(res, filePath) {
      // File names under assets/ carry a content hash: cache them for good. index.html must be revalidated.
      const hashed = filePath.startsWith(path.join(spa.distDir, "assets") + path.sep);
      res.setHeader("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
      setSecurityHeaders(res);
    },
  });

  app.use(spa.mountPath, (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    // Checked on every request, so building the app after the server started is enough.
    if (!existsSync(indexHtml)) {
      res.status(503).type("text/plain").setHeader("Cache-Control", "no-store").send(spa.missingBuildMessage);
      return;
    }
    serveStatic(req, res, () => {
      // A missing file (anything with an extension) is a 404; every other path is the page itself.
      if (path.extname(req.path) !== "") return next();
      setSecurityHeaders(res);
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(indexHtml);
    });
  });
}
