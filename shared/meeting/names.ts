import { pySplit, pyStrip, type TextModel } from '../formats/text/python-text';

/** Python's `lower()`: ASCII only for a byte string, full Unicode for text. */
export function pyLower(s: string, model: TextModel): string {
  return model === 'bytes' ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s.toLowerCase();
}

/**
 * MeetBot's `#meetingname` slug: lower-cased, whitespace runs joined by `_`
 * (`"_".join(line.strip().lower().split())`); `strict` also turns anything but `[a-z0-9]`
 * into `_`, as OpenStack's bot does.
 */
export function meetingSlug(text: string, model: TextModel, strict: boolean): string {
  const slug = pySplit(pyLower(pyStrip(text, model), model), model).join('_');
  return strict ? slug.replace(/[^a-z0-9]/g, '_') : slug;
}

/** Nicks listed after `#chair`, `#nick` or `#voters`: split on spaces and commas. */
export function nickList(arg: string, model: TextModel): string[] {
  return pyStrip(arg, model)
    .split(/[, ]+/)
    .filter((n) => n !== '');
}
