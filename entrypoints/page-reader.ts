import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContentScript } from '@/lib/platform/content';

// The content script. Built as an unlisted script and declared in wxt.config.ts, not as a WXT
// content script: WXT's content-script wrapper posts the extension's id to every page and takes
// control events from it (see lib/platform/content-lifetime.ts).
export default defineUnlistedScript(() => startContentScript());
