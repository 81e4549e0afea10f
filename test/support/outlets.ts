// Vitest setup: tests read the outlet table from the code, as the CLI does.
import '../../lib/outlets/bundled';
