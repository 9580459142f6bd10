// Zod compiles a fast object parser with `new Function`, and first probes whether it may (even a
// caught probe is a CSP violation, reported on every load). Our CSP allows no eval, so turn the
// compiler off. It reads the setting when each object schema is built, so this module is the
// entry's first import: it runs before the contract's schemas exist.
import { z } from 'zod';

z.config({ jitless: true });
