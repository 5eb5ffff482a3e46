// Serves the analyst app (built by `npm run build:app` into app/dist) at /app, as explorer.ts serves GraphiQL:
// hashed assets cached for good, index.html for every page path (views live in the query string), and a 503
// with instructions while the build is missing.
import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Express, type Response } from "express";
import { projectRoot } from "../paths.js";

export const ANALYST_APP_PATH = "/app";
export const analystAppDistDir = path.join(projectRoot, "app", "dist");

/**
 * The page loads only its own files and talks only to the same-origin /graphql (HTTP and WebSocket: CSP's 'self'
 * covers ws:/wss: on the same host). Charts and React set inline style attributes, hence 'unsafe-inline' for styles.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
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

export function mountAnalystApp(app: Express, options: { distDir?: string } = {}): void {
  const distDir = options.distDir ?? analystAppDistDir;
  const indexHtml = path.join(distDir, "index.html");
  const serveStatic = express.static(distDir, {
    index: false,
    fallthrough: true,
    setHeaders(res, filePath) {
      const hashed = filePath.startsWith(path.join(distDir, "assets") + path.sep);
      res.setHeader("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
      setSecurityHeaders(res);
    },
  });

  app.use(ANALYST_APP_PATH, (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    // Checked on every request, so building the app after the server started is enough.
    if (!existsSync(indexHtml)) {
      res
        .status(503)
        .type("text/plain")
        .setHeader("Cache-Control", "no-store")
        .send("The analyst app has not been built. Run `npm run build:app` and reload. The API is at /graphql.\n");
      return;
    }
    serveStatic(req, res, () => {
      if (path.extname(req.path) !== "") return next();
      setSecurityHeaders(res);
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(indexHtml);
    });
  });
}
