// The process the crash test kills: it refreshes every feed over and over, writing articles as
// fast as it can, until it is killed (SIGKILL, at a random moment, by the parent).
import { openCore } from '../../electron/core/core';

const [dbFile] = process.argv.slice(2);
if (!dbFile) throw new Error('usage: child.ts <db-file>');
const core = openCore({ dbFile });
// Ready once it has written for real (worker threads started, a refresh stored): from then on a
// kill lands somewhere in the middle of the next refreshes.
await core.refresher.refresh();
process.send?.('ready');
for (;;) await core.refresher.refresh();
