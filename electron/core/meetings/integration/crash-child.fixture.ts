import { createDispatcher } from '../../../../shared/ipc/dispatch';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import type { ConnectionStatus } from '../../../../shared/ipc/schemas';
import { createCore } from '../../create-core';
import { createConfBackend } from '../../settings/conf-backend';
import { createConfLibrary } from '../../store/conf-library';
import { MemorySecretStore } from '../../store/secrets';

// Child of the kill -9 test: a core set up as the browser host sets it up, on the data folder
// given. `start` connects and starts a meeting; `resume` only starts the core, which resumes it.
// It reports on stdout, one JSON object per line, until it is killed.
const [dataDir, host, port, channel, phase] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

const core = createCore({
  shell: 'browser',
  version: '0.0.0-test',
  settings: createConfBackend(dataDir),
  library: createConfLibrary(dataDir),
  secrets: new MemorySecretStore(),
  dataDir,
  log: (level, message) => process.stderr.write(`${level}: ${message}\n`),
});
core.subscribe((event, payload) => {
  if (event === 'irc:status') print({ status: (payload as ConnectionStatus).state });
  if (event === 'meeting:state') {
    const view = payload as MeetingView;
    print({ meeting: view.id, live: view.status === 'live', gaps: view.gaps });
  }
});
if (phase === 'start') {
  const dispatch = createDispatcher(core.handlers);
  const joined = await dispatch('irc:connect', {
    server: host,
    port: Number(port),
    tls: false,
    nick: 'chair',
    channel,
  });
  const started = await dispatch('meeting:start', { channel, title: 'Crash test', mode: 'drive' });
  print({ joined: joined.ok, ready: started.ok ? (started.value as MeetingView).id : null });
}
setInterval(() => {}, 60_000);
