import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../domain/imported';
import { digest } from './digest';
import { said } from './testing';

const topics = (lines: string[], agenda: AgendaItem[] = []) =>
  digest({ lines: said(...lines), agenda }).filter((s) => s.type === 'topic');
const item = (title: string): AgendaItem => ({ title, owners: [], timebox: null, items: [] });

const talk = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${i % 2 ? 'ann' : 'ben'}: ${topic} detail ${i}`);

describe('topics', () => {
  it('starts topics at cue phrases and takes the title from the cue', () => {
    const found = topics([
      'chair: hello all',
      ...talk('greetings', 4),
      'chair: second: packaging',
      ...talk('the rpm packaging builds and debs', 8),
      'chair: next topic: documentation ...',
      ...talk('the wiki documentation pages', 8),
    ]);
    expect(found.map((t) => [t.line, t.title])).toEqual([
      [6, 'packaging'],
      [15, 'documentation'],
    ]);
    expect(found[0]!.reason).toBe('a cue phrase opens it');
    expect(found[0]!.lines).toEqual([6, 14]);
  });

  it("takes the chair's heading for a topic, but not a statement or a line about someone", () => {
    const found = topics([
      'chair: hello all',
      ...talk('greetings', 4),
      'chair: Ann - Support Guidelines',
      ...talk('support guidelines wiki', 8),
      'chair: Work and money are in the way',
      ...talk('work money way', 8),
      'chair: ann review guidelines draft',
      ...talk('review guidelines draft', 8),
    ]);
    expect(found.map((t) => [t.line, t.reason])).toEqual([[6, 'a heading-like line by the chair']]);
  });

  it("reads a heading the chair follows with a bare link as the link's label, not a topic", () => {
    const found = topics([
      'chair: hello all',
      ...talk('greetings', 4),
      'chair: SouthEast LinuxFest',
      'chair: http://www.southeastlinuxfest.org/',
      ...talk('southeast linuxfest talks', 8),
    ]);
    expect(found).toEqual([]);
  });

  it('aligns agenda items in order, skipping one nobody discussed', () => {
    const found = topics(
      [
        'chair: welcome',
        'chair: first the release schedule for 3.3',
        ...talk('release schedule freeze', 8),
        'chair: now the website redesign',
        ...talk('website redesign mockups', 8),
      ],
      [item('release schedule'), item('mailing list moderation'), item('website redesign')],
    );
    expect(found.map((t) => [t.line, t.title])).toEqual([
      [2, 'release schedule'],
      [11, 'website redesign'],
    ]);
    expect(found[1]!.reason).toBe('agenda item 3 is taken up here');
  });

  it('reads an agenda pasted in the channel and places its entries', () => {
    const found = topics([
      'chair: Agenda',
      'chair: * image pruning on servers',
      'chair: * application manager, next steps',
      'chair: okay, let us start',
      'chair: image pruning on servers',
      ...talk('pruning images on servers storage', 8),
      'chair: application manager, next steps',
      ...talk('application manager appstream metadata', 8),
    ]);
    expect(found.map((t) => t.line)).toEqual([1, 5, 14]);
    expect(found[1]!.title).toBe('image pruning on servers');
  });

  it('opens no topic on the next point of the same one, a statement after an ordinal, a sentence or code', () => {
    const found = topics([
      'chair: hello all',
      ...talk('greetings', 4),
      'chair: okay moving on to the next issue.',
      ...talk('the rpm packaging builds', 6),
      "ann: so first:  I can't reproduce this as of this morning, spent some time on it",
      ...talk('reproduce openshift', 6),
      'chair: Short meeting today. Thanks for attending everyone.',
      ...talk('attending everyone', 6),
      'chair: client, err := newKubernetes()',
      ...talk('kubernetes client', 6),
      'chair: and next week is the Red Hat Summit in San Francisco',
      ...talk('summit francisco', 6),
      'chair: that build on top of bundle-lib',
      ...talk('summit francisco', 6),
    ]);
    expect(found).toEqual([]);
  });

  it('takes standing section names: open discussion, bug triage, features', () => {
    const found = topics([
      'chair: hello all',
      ...talk('greetings', 4),
      'chair: bugs/issue triage',
      ...talk('the broker crashes on start', 8),
      'chair: features',
      ...talk('new bundle format', 8),
      'chair: open discussion',
      ...talk('summit plans', 8),
    ]);
    expect(found.map((t) => [t.line, t.reason])).toEqual([
      [6, 'a standing section name'],
      [15, 'a standing section name'],
      [24, 'a standing section name'],
    ]);
  });

  it('takes the title a "Topic:" line names', () => {
    const found = topics([
      'chair: hello all',
      ...talk('greetings', 4),
      'chair: Topic: Authorization Proposals',
      ...talk('authorization proposals tokens', 8),
    ]);
    expect(found.map((t) => [t.line, t.title])).toEqual([[6, 'Authorization Proposals']]);
  });

  it('is deterministic', () => {
    const lines = ['chair: hi', 'chair: second: packaging', ...talk('packaging', 6)];
    expect(topics(lines)).toEqual(topics(lines));
  });
});
