import express, { Express, NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const apiPrefixes = ['/graphql', '/health', '/api/'];

/**
 * Serves the built React app (dist/web) at `/`, with index.html for client-side routes. When it has not
 * been built, `/` says how to build it instead of failing.
 */
export function serveWebApp(app: Express, webDir: string): void {
  const index = join(webDir, 'index.html');
  app.use(express.static(webDir, { index: false, maxAge: '1h' }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || apiPrefixes.some((p) => request.path.startsWith(p))) return next();
    if (existsSync(index)) return response.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
    response
      .status(200)
      .type('html')
      .send(
        '<!doctype html><html lang="th"><meta charset="utf-8"><title>ITA Insight</title><h1>ITA Insight</h1>' +
          '<p>The web app is not built. Run <code>npm start</code> (it builds it) or <code>npx nx build web</code>. ' +
          'GraphQL is at <a href="/graphql">/graphql</a>.</p></html>',
      );
  });
}
