import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { htmlText } from './common/html-text';
import { LogBuilder } from './common/log-builder';
import { logLines } from './common/text';

// `<a name="id-3"></a><span class="tm">21:08:15</span> <span class="nk">&lt;pronovic&gt;</span> …`
const LINE_RE =
  /^<a name="id-[^"<>]*"><\/a><span class="tm">(\d\d:\d\d:\d\d)<\/span> <span class="(nka?)">&lt;([^<>]*?)&gt;<\/span> ?(.*)$/;
const FINGERPRINT =
  /^<a name="id-[^"<>]*"><\/a><span class="tm">\d\d:\d\d:\d\d<\/span> <span class="nka?">/;

/**
 * HCoop Meetbot's `.log.html` (Limnoria): one `<pre>` line per message, anchored by the message's
 * id (`<a name="id-3">`), stamped in the bot's configured zone (which the page does not say, nor
 * the date: both are asked for, or taken from the minutes' start). Commands such as `#motion`,
 * `#vote`, `#close` and `#here` are read with the `hcoop` preset.
 */
export const hcoopLog: Importer = {
  id: 'hcoop-log',
  label: 'HCoop Meetbot .log.html',
  example:
    '<a name="id-0"></a><span class="tm">21:06:12</span> <span class="nk">&lt;pronovic&gt;</span> …',
  // The page's head (doctype, style) comes first; one anchored log line is signature enough.
  detect: (sample) => (sample.some((l) => FINGERPRINT.test(l)) ? 0.95 : 0),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('hcoop-log', opts);
    for (const line of logLines(text)) {
      const m = LINE_RE.exec(line);
      if (!m) continue;
      const kind = m[2] === 'nka' ? 'action' : 'message';
      log.add(kind, htmlText(m[3]!), htmlText(m[4]!), m[1]!);
    }
    return { ...log.finish(), preset: 'hcoop' };
  },
};
