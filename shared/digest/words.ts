/** Words too common to say what a line is about. */
const STOP = new Set(
  (
    'a about above after again all also am an and any anyone anything are as at be because been ' +
    'before being but by can could did do does doing done dont for from get got had has have ' +
    'having he her here him his how i if im in into is it its ive just let lets like maybe me ' +
    'might more most much my no not now of off ok okay on once one only or other our out over ' +
    'really right said say see she should so some something still such sure than thank thanks ' +
    'that thats the their them then there these they thing things think this those though to ' +
    'too up us very want was way we well were what when where which while who why will with ' +
    'would yeah yes yet you your youre go going good great next topic time need hi hello also ' +
    'll ve re s t d m'
  ).split(' '),
);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'._-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** The lower-case words of a text, in order (URLs and punctuation dropped). */
export function words(text: string): string[] {
  const noUrls = text.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ');
  return (noUrls.toLowerCase().match(WORD_RE) ?? []).map((w) => w.replace(/'/g, ''));
}

/**
 * A crude stem: the first five letters of a word, so `packaging`/`packages` and
 * `documentation`/`documents` meet. Good enough to compare a line with an agenda item.
 */
export function stem(word: string): string {
  return word.length > 5 ? word.slice(0, 5) : word;
}

/** The stems of a text's content words (stop words and one-letter words dropped). */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w))
    .map(stem);
}

/** True when `word` (lower case) is a stop word. */
export const isStopWord = (word: string): boolean => STOP.has(word);
