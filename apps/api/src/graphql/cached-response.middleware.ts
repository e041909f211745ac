import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AnalyticsCache } from '@ita/server/analytics';
import { asCacheableRequest, PUBLIC_SCOPE, responseCacheKey } from './response-cache-key';

/** Where the middleware leaves the slot of a missed answer for the response cache plugin (see graphqlOptions). */
export const RESPONSE_CACHE_SLOT = 'responseCacheSlot';

/**
 * The read side of the whole-response cache, in front of Apollo: a repeated query is answered with the stored
 * bytes, without parsing, validating or serializing anything. Only answers the plugin stored can be found, so only
 * cacheable queries are. On a miss the slot (fixed now, before computing, so that an answer computed while an
 * analytics run commits is filed under the version it started from) goes on to the plugin, which stores the answer.
 */
@Injectable()
export class CachedResponseMiddleware implements NestMiddleware {
  constructor(private readonly cache: AnalyticsCache) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const request = this.cache.isEnabled && req.method === 'POST' ? asCacheableRequest(req.body) : null;
    if (!request) return next();
    let slot: string;
    let hit: Buffer | null;
    try {
      slot = await this.cache.slot(responseCacheKey(request, PUBLIC_SCOPE));
      hit = await this.cache.readBytes(slot);
    } catch {
      // The cache is an optimisation: when it is unreachable, the query is answered without it.
      return next();
    }
    if (!hit) {
      res.locals[RESPONSE_CACHE_SLOT] = slot;
      return next();
    }
    res.status(200).set({ 'content-type': 'application/json; charset=utf-8', 'x-cache': 'HIT' }).end(hit);
  }
}
