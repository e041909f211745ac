import DataLoader from 'dataloader';
import { RequestContext, requestLoader } from './request-loader';

describe('requestLoader', () => {
  it('creates one loader per request and key, so batches never cross requests', async () => {
    const batches: string[][] = [];
    const create = () =>
      new DataLoader<string, string>(async (keys) => {
        batches.push([...keys]);
        return keys.map((k) => k.toUpperCase());
      });
    const first: RequestContext = {};
    const second: RequestContext = {};
    const results = await Promise.all([
      requestLoader(first, 'names', create).load('a'),
      requestLoader(first, 'names', create).load('b'),
      requestLoader(second, 'names', create).load('c'),
    ]);
    expect(results).toEqual(['A', 'B', 'C']);
    expect(batches).toEqual([['a', 'b'], ['c']]);
    expect(requestLoader(first, 'names', create)).toBe(requestLoader(first, 'names', create));
  });
});
