import { describe, expect, it } from 'vitest';
import {
  emlFileName,
  exportRequest,
  FORMATS,
  initialSettings,
  orderedFormats,
  patternProblem,
  presetPattern,
  previewKind,
  previewFormat,
  previewRequest,
  saveProblem,
  savedMessage,
  withFormat,
  withPreset,
} from './export-model';

describe('export choices', () => {
  it('start with MeetBot’s four files and JSON, named as MeetBot names them', () => {
    const settings = initialSettings();
    expect(settings.formats).toEqual(['txt', 'html', 'log.txt', 'log.html', 'json']);
    expect(settings.preset).toBe('meetbot');
    expect(settings.pattern).toBe('%(channel)s/%%Y/%(channel)s.%%F-%%H.%%M');
    expect(settings.charts).toBe(false);
  });

  it('list every format once, in the dialog’s order', () => {
    expect(FORMATS).toEqual([
      'txt',
      'html',
      'log.txt',
      'log.html',
      'md',
      'mediawiki',
      'moin',
      'dokuwiki',
      'json',
    ]);
    expect(orderedFormats(['json', 'md', 'txt', 'md'])).toEqual(['txt', 'md', 'json']);
  });

  it('tick and untick formats, keeping the order', () => {
    let settings = withFormat(initialSettings(), 'md', true);
    expect(settings.formats).toEqual(['txt', 'html', 'log.txt', 'log.html', 'md', 'json']);
    settings = withFormat(settings, 'txt', false);
    settings = withFormat(settings, 'html', true);
    expect(settings.formats).toEqual(['html', 'log.txt', 'log.html', 'md', 'json']);
  });

  it('fill in the pattern of the preset picked, over one typed before', () => {
    const typed = { ...initialSettings(), pattern: 'mine/%(channel)s' };
    expect(withPreset(typed, 'fedora').pattern).toBe(
      '%(channel)s/%%Y-%%m-%%d/%(meetingname)s.%%Y-%%m-%%d-%%H.%%M',
    );
    expect(withPreset(typed, 'openstack').pattern).toBe(presetPattern('openstack'));
  });

  it('refuse to save with no format or an empty pattern', () => {
    expect(saveProblem(initialSettings())).toBeNull();
    expect(saveProblem({ ...initialSettings(), formats: [] })).toBe('Tick at least one format.');
    const blank = { ...initialSettings(), pattern: '  ' };
    expect(patternProblem(blank)).toBe('The file name pattern is empty.');
    expect(saveProblem(blank)).toBe('The file name pattern is empty.');
  });
});

describe('export requests', () => {
  it('send the preset, and the pattern and charts only when the chair changed them', () => {
    expect(exportRequest('m1', initialSettings())).toEqual({
      meetingId: 'm1',
      formats: ['txt', 'html', 'log.txt', 'log.html', 'json'],
      preset: 'meetbot',
    });
    const changed = {
      ...withPreset(initialSettings(), 'ubuntu'),
      pattern: ' x/%(channel)s ',
      charts: true,
    };
    expect(exportRequest('m1', changed, ['md'])).toEqual({
      meetingId: 'm1',
      formats: ['md'],
      preset: 'ubuntu',
      pattern: 'x/%(channel)s',
      charts: true,
    });
  });

  it('render the ticked formats for the preview, and nothing when none is ticked', () => {
    const settings = { ...initialSettings(), formats: ['md' as const, 'json' as const] };
    expect(previewRequest('m1', settings)?.formats).toEqual(['md', 'json']);
    expect(previewRequest('m1', { ...settings, formats: [] })).toBeNull();
    expect(previewRequest('m1', { ...settings, pattern: '' })).toBeNull();
  });

  it('preview the picked format while it is ticked, else the first ticked, else none', () => {
    expect(previewFormat(['txt', 'md'], 'md')).toBe('md');
    expect(previewFormat(['json', 'md'], 'txt')).toBe('md');
    expect(previewFormat([], 'txt')).toBeNull();
  });

  it('preview text formats as text, Markdown rendered, web pages as pages', () => {
    expect(FORMATS.map((f) => `${f}:${previewKind(f)}`)).toEqual([
      'txt:text',
      'html:html',
      'log.txt:text',
      'log.html:html',
      'md:markdown',
      'mediawiki:text',
      'moin:text',
      'dokuwiki:text',
      'json:text',
    ]);
  });
});

describe('messages and names', () => {
  it('say how many files went where', () => {
    expect(savedMessage(1, '/tmp/m')).toBe('Saved 1 file to /tmp/m.');
    expect(savedMessage(5, '/home/chair/minutes')).toBe('Saved 5 files to /home/chair/minutes.');
  });

  it('name an e-mail draft after its subject', () => {
    expect(emlFileName('Minutes: weekly (#meet, 2024-05-01)')).toBe(
      'minutes-weekly-meet-2024-05-01.eml',
    );
    expect(emlFileName('Réunion ../../etc/passwd')).toBe('réunion-etc-passwd.eml');
    expect(emlFileName('#!')).toBe('minutes.eml');
    expect(emlFileName('x'.repeat(200))).toBe(`${'x'.repeat(80)}.eml`);
  });
});
