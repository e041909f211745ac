import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { detectTextEncoding } from './detect-text-encoding';
import { openFileSource } from './file-source';

async function detect(content: Buffer) {
  return detectTextEncoding(await openFileSource({ fileName: 'x.csv', content }), content.subarray(0, 65536));
}

const TEXT = 'รหัส อปท.,ชื่อหน่วยงาน,คะแนนรวม\r\n6401010,อบต.เมืองเพีย,93.88\r\n';

describe('detectTextEncoding', () => {
  it('reads the BOM of UTF-8 and UTF-16 LE/BE', async () => {
    expect(await detect(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ name: 'utf-8', bom: true });
    expect(await detect(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]))).toEqual({ name: 'utf-16le', bom: true });
    expect(await detect(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]))).toEqual({
      name: 'utf-16be',
      bom: true,
    });
  });

  it('takes valid UTF-8 without a BOM as UTF-8, ASCII included', async () => {
    expect(await detect(Buffer.from(TEXT))).toEqual({ name: 'utf-8', bom: false });
    expect(await detect(Buffer.from('code,total\n1,90\n'))).toEqual({ name: 'utf-8', bom: false });
  });

  it('takes Thai bytes that are not UTF-8 as Windows-874, even when the first 64 KB are plain ASCII', async () => {
    expect(await detect(iconv.encode(TEXT, 'windows-874'))).toEqual({ name: 'windows-874', bom: false });
    const late = Buffer.concat([Buffer.from('1,2,3\n'.repeat(20000)), iconv.encode('6401010,อบต.เมืองเพีย,90\n', 'tis-620')]);
    expect(await detect(late)).toEqual({ name: 'windows-874', bom: false });
  });

  it('does not mistake a UTF-8 character cut between two read chunks for bad bytes', async () => {
    const content = Buffer.from('ก'.repeat(70000));
    expect(content.length).toBeGreaterThan(2 * 65536);
    expect(await detect(content)).toEqual({ name: 'utf-8', bom: false });
  });

  it('recognises UTF-16 without a BOM by its zero bytes', async () => {
    expect(await detect(Buffer.from(TEXT.repeat(5), 'utf16le'))).toEqual({ name: 'utf-16le', bom: false });
  });

  it('judges UTF-8 in memory as it does streamed from disk: overlong forms, surrogates, cut sequences, beyond U+10FFFF', async () => {
    const cases = [
      [0xc0, 0xaf], // overlong '/'
      [0xed, 0xa0, 0x80], // a UTF-16 surrogate
      [0xe0, 0xb8], // cut at the end of the file
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      [0xf0, 0x9f, 0x98, 0x80], // a valid 4-byte character
    ].map((bytes) => Buffer.concat([Buffer.from('a,b,c\n1,2,3\n'), Buffer.from(bytes)]));
    const dir = await mkdtemp(join(tmpdir(), 'ita-enc-'));
    try {
      const answers = [];
      for (const [i, content] of cases.entries()) {
        const path = join(dir, `${i}.csv`);
        await writeFile(path, content);
        const fromDisk = await detectTextEncoding(await openFileSource({ fileName: 'x.csv', path }), content);
        expect(await detect(content)).toEqual(fromDisk);
        answers.push(fromDisk.name);
      }
      expect(answers).toEqual(['windows-874', 'windows-874', 'windows-874', 'windows-874', 'utf-8']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
