import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isRunning } from '@/lib/platform/content-lifetime';
import { startPageScript } from '@/lib/platform/content';

// The page script (inline badges; a copy of the page for the worker to read), injected by the
// background with scripting.executeScript only into pages that look like articles or when a check
// is asked for; an unlisted script for the same reason as page-reader.ts. Injected again into a
// page where a copy is still running, it leaves that copy in charge.
export default defineUnlistedScript(() => {
  if (!isRunning('page-badges')) startPageScript();
});
