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
 * Identical requests that arrive while the first one is being answered wait for it and are sent its answer (after
 * an import retires every answer, the dashboards' identical queries are computed once per process, not once each);
 * when it is not stored (errors, not cacheable) each goes on to be answered on its own.
 */
@Injectable()
export class CachedResponseMiddleware implements NestMiddleware {
  /** Slots being answered now, each settling with the stored answer once the first request has been sent. */
  private readonly inFlight = new Map<string, Promise<Buffer | null>>();

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
      const pending = this.inFlight.get(slot);
      if (pending) {
        const shared = await pending;
        return shared ? send(res, shared) : next();
      }
      this.answerFirst(slot, res);
      return next();
    }
    send(res, hit);
  }

  private answerFirst(slot: string, res: Response): void {
    res.locals[RESPONSE_CACHE_SLOT] = slot;
    let settle: (answer: Buffer | null) => void = () => undefined;
    this.inFlight.set(
      slot,
      new Promise((resolve) => {
        settle = resolve;
      }),
    );
    // 'close' comes after the answer was sent or the connection dropped; the plugin stored it (if at all) before.
    res.once('close', () => {
      this.inFlight.delete(slot);
      this.cache.readBytes(slot).then(settle, () => settle(null));
    });
  }
}

function send(res: Response, answer: Buffer): void {
  res.status(200).set({ 'content-type': 'application/json; charset=utf-8', 'x-cache': 'HIT' }).end(answer);
}
