// A worker thread that takes and gives the write lock when told (write-lock.test.ts). It runs
// the TypeScript source, so it registers tsx's loader itself, as parse-worker-source.mjs does.
import { register } from 'tsx/esm/api';

register();
await import('./lock-holder.ts');
