import { describe, expect, it } from 'vitest';
import { checkUrlPolicy } from '../../lib/check/policy';
import { IPV4_EMBEDDINGS, isPrivateHost, LOCAL_NAME_ENDINGS, numberRange, PRIVATE_IPV4, privateNetworkRegexes } from '../../lib/check/private-network';

// The browser's block rules are RE2 regexes over the URL the browser requests; the ones generated
// here use only syntax that RE2 and JavaScript read alike, so evaluating them in JS is the real test.
const rules = privateNetworkRegexes().map((r) => new RegExp(r));
/** What the browser's rules decide for a URL, in its serialised form (as the browser requests it). */
const blockedByRules = (url: string) => rules.some((r) => r.test(new URL(url).href));
const policyRefuses = (url: string) => !checkUrlPolicy(url, { allowPrivateNetwork: false }).ok;
const policyCallsPrivate = (url: string) => {
  const verdict = checkUrlPolicy(url, { allowPrivateNetwork: false });
  return !verdict.ok && /private or local network/.test(verdict.reason);
};

const PRIVATE = [
  // names
  'http://localhost/', 'http://intranet:8080/admin', 'http://intranet./', 'http://INTRANET/', 'http://printer.home/', 'http://nas.corp:5000/',
  'http://wiki.internal/x', 'http://files.intranet/', 'http://router.lan/', 'http://tv.local/', 'http://app.localhost:3000/', 'http://x.private/',
  'http://box.home.arpa/', 'http://db.localdomain/', 'http://printer.home./', 'http://user:pw@nas.corp/', 'http://a.b.c.corp/',
  // IPv4, every range, in the forms the URL parser normalises
  'http://0.0.0.0/', 'http://0/', 'http://0.255.1.1/', 'http://10.0.0.1/', 'http://10.255.255.255/', 'http://100.64.0.1/', 'http://100.127.255.255/',
  'http://127.0.0.1:8080/', 'http://127.255.0.1/', 'http://0x7f.1/', 'http://2130706433/', 'http://127.1/', 'http://0177.0.0.1/', 'http://%31%30.0.0.1/',
  'http://169.254.169.254/latest/meta-data/', 'http://172.16.0.1/', 'http://172.31.255.255/', 'http://192.0.0.8/', 'http://192.168.1.1/',
  'http://198.18.0.1/', 'http://198.19.255.255/', 'http://224.0.0.1/', 'http://239.255.255.250/', 'http://240.0.0.1/', 'http://255.255.255.255/',
  'http://user@10.0.0.1/', 'http://1.2.3.4.@10.0.0.1/',
  // IPv6
  'http://[::]/', 'http://[::]:8080/', 'http://[::1]/', 'http://[0:0:0:0:0:0:0:1]:81/x', 'http://[::127.0.0.1]/', 'http://[::a00:1]/',
  'http://[fc00::1]/', 'http://[fd12:3456::1]/', 'http://[FE80::1]/', 'http://[febf::1]/', 'http://[fec0::1]/', 'http://[ff02::1]/',
  'http://[::ffff:127.0.0.1]/', 'http://[::ffff:7f00:1]/', 'http://[::ffff:10.1.2.3]/', 'http://[::ffff:0.0.0.0]/', 'http://[::ffff:0:1]/',
  'http://[::ffff:192.168.0.1]/', 'http://[::ffff:192.0.0.255]/', 'http://[::ffff:198.18.0.1]/', 'http://[::ffff:0:10.0.0.1]/',
  'http://[64:ff9b::10.0.0.1]/', 'http://[64:ff9b::127.0.0.1]/', 'http://[64:ff9b::]/', 'http://[64:ff9b::1]/', 'http://[64:ff9b:1::8.8.8.8]/',
  'http://[2002:a00:1::]/', 'http://[2002:7f00:1::1]/', 'http://[2002:c0a8:101::1]/', 'http://[2002::1]/', 'http://[2002:0:0:1::]/',
  'http://[2002:c000:0:1::]/', 'http://[2002:c000::]/', 'http://[2002:c612:1::]/',
];

const PUBLIC = [
  'https://foreignpolicy.com/2022/09/16/x/', 'https://www.bbc.co.uk/news', 'http://home.example.com/', 'http://local.news/', 'http://corp.example/',
  'http://localhost.example.com/', 'http://intranet.example.org/', 'https://example.com/local/', 'https://example.com/?u=http://10.0.0.1/',
  'https://example.com/#http://intranet/', 'http://user@example.com/', 'http://my-home.com/', 'http://homecorp.com/', 'http://x.lan.example/',
  'http://8.8.8.8/', 'http://1.0.0.1/', 'http://11.0.0.1/', 'http://100.63.255.255/', 'http://100.128.0.0/', 'http://126.255.255.255/',
  'http://128.0.0.1/', 'http://169.253.1.1/', 'http://169.255.1.1/', 'http://172.15.255.255/', 'http://172.32.0.1/', 'http://192.0.1.1/',
  'http://192.167.1.1/', 'http://192.169.0.1/', 'http://198.17.255.255/', 'http://198.20.0.1/', 'http://223.255.255.255/', 'http://10.0.0.1.nip.example/',
  'http://[2001:4860:4860::8888]/', 'http://[2606:4700::1111]/', 'http://[::ffff:8.8.8.8]/', 'http://[64:ff9b::8.8.8.8]/', 'http://[2002:808:808::1]/',
  'http://[2002:c001::]/', 'http://[fbff::1]/', 'http://[fe00::1]/', 'http://[1::1]/', 'http://[::1:0:0:0]/',
];

describe('one definition of "private": the policy and the browser rules agree', () => {
  it.each(PRIVATE)('refuses %s in the policy and in the browser rules', (url) => {
    expect(policyRefuses(url)).toBe(true);
    expect(blockedByRules(url)).toBe(true);
  });

  it.each(PUBLIC)('lets %s through both', (url) => {
    expect(policyCallsPrivate(url)).toBe(false);
    expect(blockedByRules(url)).toBe(false);
  });

  it('agrees on every range boundary and on random addresses, in every IPv4 and IPv4-embedding form', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const addresses: number[] = [];
    for (const r of PRIVATE_IPV4) {
      const [a, b, c, d] = r.net.split('.').map(Number) as [number, number, number, number];
      const lo = ((a * 256 + b) * 256 + c) * 256 + d;
      const hi = lo + 2 ** (32 - r.prefix) - 1;
      addresses.push(lo, hi, lo - 1, hi + 1, lo + Math.floor(random() * (hi - lo)));
    }
    for (let i = 0; i < 1000; i++) addresses.push(Math.floor(random() * 2 ** 32));
    const hex = (n: number) => n.toString(16);
    let compared = 0;
    const disagree: string[] = [];
    for (const n of addresses.filter((x) => x >= 0 && x < 2 ** 32)) {
      const dotted = [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
      const [h, l] = [hex(n >>> 16), hex(n & 0xffff)];
      const suffix = random() < 0.5 ? '::' : `:${hex(Math.floor(random() * 0x10000))}::${hex(Math.floor(random() * 3))}`;
      const forms = [dotted, `[::ffff:${dotted}]`, `[::ffff:0:${dotted}]`, `[64:ff9b::${dotted}]`, `[2002:${h}:${l}${suffix}]`, `[::${dotted}]`];
      for (const host of forms) {
        const url = `http://${host}/x`;
        if (blockedByRules(url) !== isPrivateHost(new URL(url).hostname)) disagree.push(`${url} → ${new URL(url).href}`);
        compared++;
      }
    }
    expect(disagree.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(6_000);
    expect(IPV4_EMBEDDINGS.length).toBe(4);
  }, 60_000);

  it('agrees on names with and without the local endings', () => {
    const labels = ['a', 'printer', 'xn--nxasmq6b', 'my-box', '1host', 'home', 'local'];
    for (const ending of [...LOCAL_NAME_ENDINGS, 'com', 'org', 'homes', 'localnet', 'corp.example', 'local.example']) {
      for (const label of labels) {
        for (const host of [`${label}.${ending}`, `${label}.${ending}.`, `x.${label}.${ending}`, label]) {
          const url = `http://${host}:8080/p`;
          expect(blockedByRules(url), url).toBe(isPrivateHost(new URL(url).hostname));
        }
      }
    }
  });

  it('classifies what a DNS lookup returns (Node gives IPv6 without brackets, mapped addresses dotted)', () => {
    expect(isPrivateHost('::1')).toBe(true);
    expect(isPrivateHost('::ffff:127.0.0.1')).toBe(true);
    expect(isPrivateHost('::ffff:8.8.8.8')).toBe(false);
    expect(isPrivateHost('fd00::5')).toBe(true);
    expect(isPrivateHost('2001:db8::1')).toBe(false);
    expect(isPrivateHost('93.184.216.34')).toBe(false);
  });

  it('writes numeric ranges as the URL parser writes numbers', () => {
    const check = (lo: number, hi: number, base: 10 | 16) => {
      const re = new RegExp(`^${numberRange(lo, hi, base)}$`);
      const max = base === 10 ? 255 : 0xffff;
      const wrong: string[] = [];
      for (let n = 0; n <= max; n++) if (re.test(n.toString(base)) !== (n >= lo && n <= hi)) wrong.push(n.toString(base));
      expect(wrong, `${numberRange(lo, hi, base)} for ${lo}..${hi}`).toEqual([]);
    };
    check(64, 127, 10);
    check(0, 255, 10);
    check(16, 31, 10);
    check(224, 255, 10);
    check(0xc000, 0xc0ff, 16);
    check(0xa00, 0xaff, 16);
    check(1, 0xffff, 16);
    check(0, 0xff, 16);
    check(0x6440, 0x647f, 16);
  });
});
