import { BytesByKey } from './bytes-by-key';

const mib = (n: number) => Buffer.alloc(n * 1024 * 1024);

describe('BytesByKey', () => {
  it('keeps at most its bound, dropping the least recently set or read first', () => {
    const kept = new BytesByKey(64 * 1024 * 1024);
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) kept.set(key, mib(8));
    expect(kept.get('a')).toBeDefined();
    kept.set('i', mib(8));
    // 72 MiB: b, now the least recently used, went.
    expect(kept.get('b')).toBeUndefined();
    expect(['a', 'c', 'h', 'i'].map((key) => kept.get(key)?.length)).toEqual(Array(4).fill(8 * 1024 * 1024));
  });

  it('hands a buffer over once with take, replaces one set again, and refuses one over an eighth of the bound', () => {
    const kept = new BytesByKey(64);
    kept.set('a', Buffer.from('first'));
    kept.set('a', Buffer.from('second'));
    expect(kept.take('a')?.toString()).toBe('second');
    expect(kept.take('a')).toBeUndefined();
    kept.set('big', Buffer.alloc(9));
    expect(kept.get('big')).toBeUndefined();
    kept.set('b', Buffer.alloc(8));
    kept.clear();
    expect(kept.get('b')).toBeUndefined();
  });
});
