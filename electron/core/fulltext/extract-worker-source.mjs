// Starts the extract worker from its TypeScript source (tests run the core unbundled). A worker
// does not inherit its parent's loader, so it registers tsx's itself.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
