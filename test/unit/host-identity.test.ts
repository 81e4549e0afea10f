import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostIdentity, unicodeHost } from '../../lib/check/compare/host-identity';

describe('host identity', () => {
  it('decodes Punycode as Node does', () => {
    for (const host of ['www.rеuters.com', 'bücher.de', '新华网.中国', 'пример.рф', 'www.bbc.com']) {
      const ascii = new URL(`https://${host}/`).hostname;
      expect(unicodeHost(ascii), host).toBe(domainToUnicode(ascii));
    }
  });

  it('flags a label that mixes Latin and Cyrillic letters, not one in a single script', () => {
    const ascii = new URL('https://www.rеuters.com/').hostname;
    expect(ascii).toMatch(/^www\.xn--/);
    expect(hostIdentity(ascii)).toMatchObject({ shown: 'www.rеuters.com', mixedScript: true, site: ascii.slice(4) });
    expect(hostIdentity(new URL('https://пример.рф/').hostname).mixedScript).toBe(false);
    expect(hostIdentity('reuters.example-source.com')).toMatchObject({ mixedScript: false, site: 'example-source.com' });
  });
});
