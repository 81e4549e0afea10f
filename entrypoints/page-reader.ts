import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContentGate } from '@/lib/platform/content-gate';

// The light script on every page (is it an article?); the extractor is entrypoints/page-extractor.ts.
// Built as an unlisted script and declared in wxt.config.ts, not as a WXT content script: WXT's
// content-script wrapper posts the extension's id to every page and takes control events from it
// (see lib/platform/content-lifetime.ts).
export default defineUnlistedScript(() => startContentGate());
