// Runs the fixture web on its own: `npx tsx test/web/serve.ts`, then pass the printed rules to
// Chromium (--host-resolver-rules=… --ignore-certificate-errors) or to the CLI (--host-rules … --insecure).
import { startFixtureWeb } from './server';

const web = await startFixtureWeb();
console.log(`fixture web on https://127.0.0.1:${web.port}\nhost rules: ${web.hostRules}`);
