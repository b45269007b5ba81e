/**
 * Orders two strings as `Intl.Collator(undefined, { sensitivity: 'base', numeric: true })` orders
 * printable ASCII (letters without regard to case, runs of digits by their value, punctuation before
 * digits before letters) without creating a collator: the first Intl object a page creates loads
 * ICU's data, tens of milliseconds on a slow CPU, and the list sorts its rows before they first
 * show. Any other character is left to a real collator, created when first needed.
 */

// ICU's root order of ASCII space and punctuation (all before digits and letters).
const PUNCTUATION = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';
const DIGITS = 100;
const LETTERS = 200;

let collator: Intl.Collator | undefined;
const collate = (a: string, b: string) => (collator ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })).compare(a, b);

const isPrintableAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);
const isDigit = (code: number) => code >= 48 && code <= 57;

function weight(code: number): number {
  if (isDigit(code)) return DIGITS;
  if (code >= 65 && code <= 90) return LETTERS + code - 65;
  if (code >= 97 && code <= 122) return LETTERS + code - 97;
  return PUNCTUATION.indexOf(String.fromCharCode(code));
}

/** The end of the run of digits that starts at `start`. */
function digitsEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isDigit(text.charCodeAt(end))) end += 1;
  return end;
}

/** Two runs of digits by value: leading zeros do not count. */
function compareNumbers(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function compareText(a: string, b: string): number {
  if (!isPrintableAscii(a) || !isPrintableAscii(b)) return collate(a, b);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      const endA = digitsEnd(a, i);
      const endB = digitsEnd(b, j);
      const order = compareNumbers(a.slice(i, endA), b.slice(j, endB));
      if (order !== 0) return Math.sign(order);
      i = endA;
      j = endB;
      continue;
    }
    const order = weight(x) - weight(y);
    if (order !== 0) return Math.sign(order);
    i += 1;
    j += 1;
  }
  return Math.sign(a.length - i - (b.length - j));
}
