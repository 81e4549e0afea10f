// Runs the fixture web on its own: `npx tsx test/web/serve.ts [port]`.
import { startFixtureWeb } from './server';

const web = await startFixtureWeb(Number(process.argv[2] ?? 8443));
console.log(`fixture web on https://127.0.0.1:${web.port}  (host rules: "${web.hostRules}")`);
