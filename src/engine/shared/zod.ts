/**
 * zod for the add-in, configured once. The task pane's Content-Security-Policy forbids eval;
 * zod's JIT for object schemas would probe `new Function` when a schema is created, which the
 * browser blocks and reports as a CSP violation. Without the JIT zod validates the same way.
 * Import `z` from here, not from "zod", so the setting is in place before any schema exists.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
