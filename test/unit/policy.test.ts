import { describe, expect, it } from 'vitest';
import { checkUrlPolicy, isPrivateHost } from '../../lib/check/policy';

const deny = { allowPrivateNetwork: false };

describe('URL policy', () => {
  it('refuses local names and private, loopback and link-local addresses', () => {
    for (const url of [
      'http://localhost/', 'http://printer.local/', 'https://wiki.internal/x', 'http://intranet/', 'http://127.0.0.1:8080/', 'http://10.0.0.5/',
      'http://172.16.3.4/', 'http://192.168.1.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://[fd00::1]/', 'http://[fe80::1]/',
      'http://0.0.0.0/', 'http://2130706433/', 'http://0x7f000001/', 'http://[::ffff:127.0.0.1]/', 'http://100.64.0.1/',
    ]) {
      expect(checkUrlPolicy(url, deny).ok, url).toBe(false);
    }
  });

  it('allows public addresses, and private ones only when the reader allows them', () => {
    expect(checkUrlPolicy('https://foreignpolicy.com/2022/09/16/x/', deny)).toEqual({ ok: true });
    expect(checkUrlPolicy('http://8.8.8.8/', deny)).toEqual({ ok: true });
    expect(checkUrlPolicy('http://172.32.0.1/', deny)).toEqual({ ok: true });
    expect(checkUrlPolicy('http://192.168.1.1/', { allowPrivateNetwork: true })).toEqual({ ok: true });
  });

  it('refuses other schemes and credentials, with a reason', () => {
    const ftp = checkUrlPolicy('ftp://example.com/x', deny);
    expect(ftp.ok === false && ftp.reason).toMatch(/ftp:/);
    expect(checkUrlPolicy('javascript:alert(1)', deny).ok).toBe(false);
    expect(checkUrlPolicy('https://user:pw@example.com/', deny).ok).toBe(false);
    expect(checkUrlPolicy('not a url', deny).ok).toBe(false);
  });

  it('classifies hosts', () => {
    expect(isPrivateHost('example.com')).toBe(false);
    expect(isPrivateHost('EXAMPLE.LOCAL.')).toBe(true);
  });
});
