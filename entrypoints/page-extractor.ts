import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import '@/lib/outlets/bundled';
import { isRunning } from '@/lib/platform/content-lifetime';
import { startExtractorScript } from '@/lib/platform/content';

// The extractor (sources, badges, Readability, claims, the outlet table), injected by the background
// with scripting.executeScript only into pages that look like articles or when a check is asked for;
// an unlisted script for the same reason as page-reader.ts. Injected again into a page where a copy
// is still running (the page asked twice), it leaves that copy in charge.
export default defineUnlistedScript(() => {
  if (!isRunning('page-extractor')) startExtractorScript();
});
