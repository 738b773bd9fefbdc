// Unpacking lz-string's URI-safe format with a ceiling on what comes out. lz-string's own decompressor
// has no limit, and a link of 60,000 characters can be built to unpack into gigabytes (each code can
// repeat everything before it), which would freeze or crash the tab before any check could run. This is
// the same algorithm (lz-string 1.5, MIT), written out so that it stops as soon as the output would
// pass `maxLength` characters and says so. Packing is left to lz-string itself.

const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map<string, number>([...URI_ALPHABET].map((char, index) => [char, index]));

export type Unpacked = { ok: true; text: string } | { ok: false; reason: 'corrupt' | 'tooLarge' };

/** Unpacks `input` (from lz-string's compressToEncodedURIComponent), at most `maxLength` characters. */
export function decompressUriBounded(input: string, maxLength: number): Unpacked {
  if (input === '') return { ok: false, reason: 'corrupt' };
  const values: number[] = [];
  for (const char of input.replace(/ /g, '+')) {
    const value = VALUE_OF.get(char);
    if (value === undefined) return { ok: false, reason: 'corrupt' };
    values.push(value);
  }
  const RESET = 32;
  let val = values[0] ?? 0;
  let position = RESET;
  let index = 1;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1, n = 0; n < count; n++, power <<= 1) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        val = values[index++] ?? 0;
      }
      if (bit > 0) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = [];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const parts: string[] = [];
  let length = 0;

  const first = readBits(2);
  if (first === 2) return { ok: false, reason: 'corrupt' };
  if (first !== 0 && first !== 1) return { ok: false, reason: 'corrupt' };
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = w;
  parts.push(w);
  length = w.length;

  for (;;) {
    if (index > values.length) return { ok: false, reason: 'corrupt' };
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn--;
    } else if (code === 2) {
      return { ok: true, text: parts.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[code];
    if (known !== undefined) entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return { ok: false, reason: 'corrupt' };
    length += entry.length;
    if (length > maxLength) return { ok: false, reason: 'tooLarge' };
    parts.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
