import type { MeetingOptions } from '../../meeting/options';

/**
 * How the bot of each meeting kept only for the digest benchmark was deployed: the fold options
 * under which Gavel's structure of its log is what the chair recorded (the same options as the
 * meetings of the same project under meetings/, see its `deployments.ts`). Keyed by folder.
 */
export const DIGEST_DEPLOYMENTS: Record<string, Partial<MeetingOptions>> = Object.fromEntries([
  ...[
    '2018-05-01',
    '2018-05-29',
    '2018-07-03',
    '2018-07-10',
    '2018-08-07',
    '2018-08-21',
    '2018-10-02',
    '2018-11-13',
  ].map((day) => [`asbroker-${day}`, { preset: 'fedora' }] as const),
  ...[
    '2021-04-22-vchttpapi',
    '2021-06-22-vchttpapi',
    '2021-07-13-vchttpapi',
    '2021-09-21-vchttpapi',
    '2022-07-19',
    '2022-08-23-vcapi',
  ].map((call) => [`w3c-ccg-${call}`, { preset: 'w3c' }] as const),
]);
