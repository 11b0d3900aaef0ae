import { describe, expect, it } from 'vitest';
import { transcriptLine } from '../../testing/fake-bridge';
import { isMarkable, itemName, markName, marksBySeq, markText } from './reader-model';

describe('reader-model', () => {
  it('groups marks by line, in the order they were made', () => {
    const marks = [
      { id: 'a', seq: 3, as: 'topic' as const, text: 'x' },
      { id: 'b', seq: 5, as: 'info' as const, text: 'y' },
      { id: 'c', seq: 3, as: 'action' as const, text: 'z' },
    ];
    const bySeq = marksBySeq(marks);
    expect(bySeq.get(3)?.map((m) => m.id)).toEqual(['a', 'c']);
    expect(bySeq.get(4)).toBeUndefined();
  });

  it('starts a mark from the line’s words, without formatting or a leading command', () => {
    expect(markText(transcriptLine(1, { text: '#info \x02we ship\x02 friday ' }))).toBe(
      'we ship friday',
    );
    expect(markText(transcriptLine(1, { text: 'plain words' }))).toBe('plain words');
  });

  it('lets only said lines be marked', () => {
    expect(isMarkable(transcriptLine(1))).toBe(true);
    expect(isMarkable(transcriptLine(1, { kind: 'action' }))).toBe(true);
    expect(isMarkable(transcriptLine(1, { kind: 'join' }))).toBe(false);
    expect(isMarkable(transcriptLine(1, { kind: 'notice' }))).toBe(false);
  });

  it('names kinds in words', () => {
    expect(markName('agreed')).toBe('Decision');
    expect(itemName('agreed')).toBe('Decision');
    expect(itemName('info')).toBe('Info');
    expect(itemName('link')).toBe('Link');
  });
});
