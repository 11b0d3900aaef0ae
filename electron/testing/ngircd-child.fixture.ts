import { startNgircd } from './ngircd';

// Child of the harness's kill -9 test: starts a server, prints its port and folder, then waits
// to be killed.
const server = await startNgircd();
process.stdout.write(`${server.port} ${server.dir}\n`);
setInterval(() => {}, 60_000);
