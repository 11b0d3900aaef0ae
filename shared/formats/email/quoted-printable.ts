const encoder = new TextEncoder();
const hex = (b: number) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`;

function encodeLine(line: string): string {
  const bytes = encoder.encode(line);
  const out: string[] = [];
  let width = 0;
  bytes.forEach((b, i) => {
    const last = i === bytes.length - 1;
    // Space and tab stay literal except at the end of a line, where transports strip them.
    const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
    const piece = literal ? String.fromCharCode(b) : hex(b);
    // 76 characters at most per encoded line, counting the `=` of a soft break (RFC 2045 §6.7).
    if (width + piece.length > 75) {
      out.push('=\r\n');
      width = 0;
    }
    out.push(piece);
    width += piece.length;
  });
  return out.join('');
}

/** Text encoded as quoted-printable UTF-8 (RFC 2045 §6.7), hard line breaks as CRLF. */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(encodeLine)
    .join('\r\n');
}
