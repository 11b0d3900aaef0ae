import { describe, expect, it } from 'vitest';
import { LIVE_WINDOW, liveProposals } from './live';
import { said } from './testing';

const none = { recorded: [] };

describe('liveProposals', () => {
  it('offers a promise with its owner named, and a supported proposal, newest first', () => {
    const found = liveProposals(
      said(
        'dcm: packaging next',
        "miconda: I'll send the tarballs Monday",
        'dcm: proposal: release 3.3 in March',
        'osas: +1',
        'oej: +1',
      ),
      { chair: 'dcm', recorded: [] },
    );
    expect(found).toMatchObject([
      { type: 'agreed', text: 'release 3.3 in March', index: 2, nick: 'dcm' },
      {
        type: 'action',
        text: 'miconda will send the tarballs Monday',
        owners: ['miconda'],
        index: 1,
        nick: 'miconda',
        said: "I'll send the tarballs Monday",
      },
    ]);
  });

  it('names an owner the words leave out', () => {
    const [a] = liveProposals(said('dcm: TODO: update the wiki page', 'oej: ok'), none);
    expect(a).toMatchObject({ type: 'action', text: 'dcm: update the wiki page', owners: ['dcm'] });
  });

  it('skips what is recorded, and reads no command line', () => {
    const lines = said(
      "miconda: I'll send the tarballs Monday",
      'dcm: #action miconda will send the tarballs Monday',
      'dcm: #action oej will review the patch',
    );
    expect(liveProposals(lines, none).map((p) => p.index)).toEqual([0]);
    expect(liveProposals(lines, { recorded: ['miconda will send the tarballs Monday'] })).toEqual(
      [],
    );
  });

  it('leaves out the unsure and the hedged', () => {
    expect(liveProposals(said("osas: I'll maybe look at it", 'dcm: we will see'), none)).toEqual(
      [],
    );
  });

  it(`reads only the last ${LIVE_WINDOW} lines, and counts indexes in all of them`, () => {
    const filler = Array.from({ length: LIVE_WINDOW }, (_, i) => `dcm: point ${i} noted`);
    const early = said("miconda: I'll send the tarballs Monday", ...filler);
    expect(liveProposals(early, none)).toEqual([]);
    const late = said(...filler, "miconda: I'll send the tarballs Monday");
    expect(liveProposals(late, none)).toMatchObject([{ index: LIVE_WINDOW }]);
  });
});
