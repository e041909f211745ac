import iconv from 'iconv-lite';
import type { TextEncoding } from './text-encoding';

export function encodeText(text: string, encoding: TextEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf-16le-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf16le');
    case 'windows-874': {
      const encoded = iconv.encode(text, 'windows-874');
      if (iconv.decode(encoded, 'windows-874') !== text) throw new Error('Text has characters that Windows-874 cannot encode');
      return encoded;
    }
  }
}
