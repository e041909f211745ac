import { SubmittedFiles } from './submitted-files';

describe('SubmittedFiles', () => {
  it('hands a file over once, and drops the oldest past 64 MiB', () => {
    const files = new SubmittedFiles();
    const mib = (n: number, fill: string) => Buffer.alloc(n * 1024 * 1024, fill);
    files.hold('a', mib(30, 'a'));
    files.hold('b', mib(30, 'b'));
    expect(files.take('a')?.[0]).toBe('a'.charCodeAt(0));
    expect(files.take('a')).toBeUndefined();
    files.hold('c', mib(30, 'c'));
    files.hold('d', mib(30, 'd'));
    // b, c and d make 90 MiB: b, the oldest, went.
    expect(files.take('b')).toBeUndefined();
    expect(files.take('c')?.length).toBe(30 * 1024 * 1024);
    expect(files.take('d')?.length).toBe(30 * 1024 * 1024);
    files.hold('huge', mib(65, 'h'));
    expect(files.take('huge')).toBeUndefined();
  });
});
