import type { AgendaNode } from '../../../shared/ipc/meeting-schemas';

/**
 * A meeting to practise on with no network at all: the weekly meeting of Tern, a small
 * open-source feed reader, as a MeetBot `.log.txt` (UTC times). It has an agenda, info and
 * idea items, a decision, an action with two owners, a link and a vote.
 */
export const SAMPLE_LOG = `15:00:02 <maren> #startmeeting Tern weekly
15:00:05 <maren> hi all, who is around for the weekly?
15:00:11 <priya> o/
15:00:14 <tomasz> hello
15:00:20 <juno> hi! first time here, mostly lurking
15:00:31 <maren> welcome juno :) we go through the agenda on the wiki and note things as we go
15:00:48 <oskar> evening
15:01:02 <maren> #topic Last week's actions
15:01:19 <maren> priya was going to look at the OPML import crash
15:01:40 <priya> done, the fix is merged; it was an empty outline element tripping the parser
15:01:52 <maren> #info OPML import crash fixed and merged (priya)
15:02:10 <tomasz> I had the Flatpak manifest update, still open, the runtime bump broke the build
15:02:31 <maren> ok, let's keep that one open for next week then
15:02:44 <tomasz> yes please
15:03:05 <maren> #topic Release 2.3
15:03:20 <maren> status: all the features are in, three bugs left on the milestone
15:03:41 <priya> two of them are mine, both small, I can have them done by Thursday
15:04:02 <oskar> the third is the feed refresh racing with the database migration
15:04:15 <oskar> I have a patch but it needs review from someone who knows the storage layer
15:04:33 <maren> tomasz, can you review it?
15:04:41 <tomasz> sure, send me the link
15:04:58 <oskar> #link https://tern.example.org/merge-requests/412
15:05:20 <maren> so the question is whether we ship on Friday or wait a week
15:05:38 <priya> Friday works if the review lands by Wednesday
15:05:59 <juno> is there a changelog draft? I could help with that
15:06:12 <maren> not yet, that would be great
15:06:25 <maren> #idea juno drafts the 2.3 changelog from the merged requests
15:06:40 <juno> happy to
15:07:03 <maren> let's vote on the date
15:07:10 <maren> #startvote Ship 2.3 on Friday? yes, no, abstain
15:07:22 <priya> #vote yes
15:07:25 <oskar> #vote yes
15:07:31 <tomasz> #vote yes
15:07:40 <juno> #vote abstain
15:07:52 <maren> #vote yes
15:08:05 <maren> #endvote
15:08:20 <maren> #agreed 2.3 ships on Friday if the storage patch is reviewed by Wednesday
15:08:44 <maren> #topic CI runners
15:09:02 <tomasz> the hosted runners we use are going away at the end of the month
15:09:21 <tomasz> we can move to the project's shared runners or run our own on the donated machine
15:09:45 <priya> the shared ones queue for ages in the evening, our own would be faster
15:10:03 <oskar> but someone has to keep the machine patched
15:10:22 <tomasz> I can do that, and priya knows the pipeline config best
15:10:40 <maren> #info hosted runners go away at the end of the month
15:10:58 <maren> sounds like we want a written plan before we switch anything
15:11:15 <priya> agreed, with a fallback to the shared runners if the machine dies
15:11:34 <maren> #action priya and tomasz to write the migration plan for the CI runners
15:11:50 <tomasz> ok
15:12:02 <priya> will do, I'll put it on the wiki
15:12:20 <maren> #topic Translations
15:12:38 <juno> I noticed the German strings are two releases behind
15:12:55 <oskar> the translation platform stopped syncing when we renamed the repo
15:13:14 <maren> can the sync be fixed on our side?
15:13:30 <oskar> yes, it's a webhook URL in the project settings, I can update it tonight
15:13:48 <maren> #info translation sync broke with the repository rename; oskar fixes the webhook
15:14:05 <juno> I can ask on the German list for someone to catch up once it syncs
15:14:20 <maren> thanks juno
15:14:35 <maren> #topic Open floor
15:14:50 <maren> anything else?
15:15:02 <priya> the forum has a few questions about the new keyboard shortcuts
15:15:20 <priya> maybe the docs page needs a table
15:15:34 <juno> I can add that along with the changelog
15:15:51 <maren> #idea a keyboard shortcuts table in the user guide
15:16:10 <tomasz> nothing from me
15:16:22 <oskar> nor me
15:16:35 <maren> thanks everyone, see you next week
15:16:40 <maren> #endmeeting
`;

/** The agenda of the sample meeting, with the minutes planned for each topic. */
export const SAMPLE_AGENDA: AgendaNode[] = [
  { id: 's1', title: "Last week's actions", owners: ['maren'], timebox: 5, children: [] },
  { id: 's2', title: 'Release 2.3', owners: ['maren'], timebox: 5, children: [] },
  { id: 's3', title: 'CI runners', owners: ['tomasz'], timebox: 5, children: [] },
  { id: 's4', title: 'Translations', owners: ['oskar'], timebox: 2, children: [] },
  { id: 's5', title: 'Open floor', owners: [], timebox: 2, children: [] },
];

/** The day the sample meeting was held. */
export const SAMPLE_DATE = '2026-03-04';
