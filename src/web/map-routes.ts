/**
 * The map pages: GET /maps (an index of maps) and GET /maps/:id (one map, drawn), both the same
 * HTML shell whose script reads the address and asks the public GraphQL API for everything; plus
 * the script and stylesheet under /assets/. Nothing is loaded from anywhere but this service.
 */
import { readFileSync } from 'node:fs';
import { Router } from 'express';
import { repoRoot } from '../shared/repo-root.ts';
import type { Logger } from '../shared/logger.ts';
import { createMapBundler } from './map-bundle.ts';

export function mapPageRoutes(logger: Logger): Router {
  const router = Router();
  const shell = readFileSync(`${repoRoot}/web/map/index.html`, 'utf8');
  const css = readFileSync(`${repoRoot}/web/map/map.css`, 'utf8');
  const bundle = createMapBundler();
  router.get(['/maps', '/maps/:id'], (_req, res) => {
    res.type('html').set('cache-control', 'no-cache').send(shell);
  });
  router.get('/assets/map-page.css', (_req, res) => {
    res.type('css').set('cache-control', 'no-cache').send(css);
  });
  router.get('/assets/map-page.js', async (_req, res) => {
    try {
      res
        .type('js')
        .set('cache-control', 'no-cache')
        .send(await bundle());
    } catch (error) {
      logger.error({ err: error }, 'could not build the map page script');
      res.status(500).type('text').send('The map page script could not be built; the log says why.');
    }
  });
  return router;
}
