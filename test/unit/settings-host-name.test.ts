import { describe, expect, it } from 'vitest';
import { isHostName, MAX_SITES, normaliseHost, normaliseSiteList, parseSiteLines } from '../../lib/settings/host-name';

describe('host-name normalisation', () => {
  it.each([
    ['https://www.Example.com/path', 'example.com'],
    ['*.example.org', 'example.org'],
    [' example.net ', 'example.net'],
    ['EXAMPLE.COM', 'example.com'],
    ['http://news.example.co.uk:8080/a?b#c', 'news.example.co.uk'],
    ['example.com:443', 'example.com'],
    ['example.com/some/path', 'example.com'],
    ['example.com.', 'example.com'],
    ['https://*.example.org/', 'example.org'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['sub.www.example.com', 'sub.www.example.com'],
    // www. is dropped only in front of a whole host name.
    ['www.com', 'www.com'],
    ['localhost:3000', 'localhost'],
    ['192.168.1.20', '192.168.1.20'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
    ['thepaper.cn', 'thepaper.cn'],
  ])('%j → %j', (input, host) => {
    expect(normaliseHost(input)).toBe(host);
  });

  it.each(['', '   ', 'not a site', 'news', '*', 'http://', 'ftp://example.com', 'javascript:alert(1)', 'exa_mple.com', '-bad-.com', 'example.123', '[::1]'])(
    'rejects %j',
    (input) => {
      expect(normaliseHost(input)).toBeNull();
    },
  );

  it('tells normalised host names from other text', () => {
    expect(isHostName('example.com')).toBe(true);
    expect(isHostName('Example.com')).toBe(false);
    expect(isHostName('https://example.com')).toBe(false);
    expect(isHostName('999.1.1.1')).toBe(false);
    expect(isHostName(`${'a'.repeat(250)}.com`)).toBe(false);
  });

  it('dedupes, keeps first order, and reports what names no host', () => {
    expect(normaliseSiteList(['b.com', 'https://a.com', 'www.b.com', 'nope', 7, ''])).toEqual({ hosts: ['b.com', 'a.com'], rejected: ['nope', '7'] });
    const many = Array.from({ length: MAX_SITES + 5 }, (_, i) => `site${i}.com`);
    expect(normaliseSiteList(many).hosts).toHaveLength(MAX_SITES);
  });

  it('reads the textarea one site per line (commas work too)', () => {
    expect(parseSiteLines('example.com\r\n\n https://www.example.org/x , example.net\nhello world\n')).toEqual({
      hosts: ['example.com', 'example.org', 'example.net'],
      rejected: ['hello world'],
    });
  });
});
