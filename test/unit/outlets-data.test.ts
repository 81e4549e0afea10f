import { describe, it, expect } from 'vitest';
import { OUTLETS } from '../../lib/outlets/data';
import { OutletType } from '../../lib/schema/source';

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

function namesOf(o: (typeof OUTLETS)[number]): string[] {
  return [o.en, o.zhHans, o.zhHant, ...(o.aliases ?? [])].filter(
    (n): n is string => typeof n === 'string',
  );
}

describe('outlet table', () => {
  it('has at least 450 entries', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(450);
  });

  it('has unique, slug-shaped ids', () => {
    const seen = new Map<string, number>();
    for (const o of OUTLETS) seen.set(o.id, (seen.get(o.id) ?? 0) + 1);
    const dups = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    expect(dups, `duplicate ids: ${dups.join(', ')}`).toEqual([]);
    const bad = OUTLETS.map((o) => o.id).filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
    expect(bad, `ids that are not lowercase slugs: ${bad.join(', ')}`).toEqual([]);
  });

  it('lists every domain in exactly one entry', () => {
    const owners = new Map<string, string[]>();
    for (const o of OUTLETS) {
      for (const d of o.domains) owners.set(d, [...(owners.get(d) ?? []), o.id]);
    }
    const offenders = [...owners]
      .filter(([, ids]) => ids.length > 1)
      .map(([d, ids]) => `${d} (${ids.join(', ')})`);
    expect(offenders, `domains listed more than once: ${offenders.join('; ')}`).toEqual([]);
  });

  it('does not list a subdomain of a domain already listed for the same outlet', () => {
    const offenders: string[] = [];
    for (const o of OUTLETS) {
      for (const d of o.domains) {
        const parent = o.domains.find((p) => p !== d && d.endsWith(`.${p}`));
        if (parent) offenders.push(`${o.id}: ${d} (under ${parent})`);
      }
    }
    expect(offenders, offenders.join('; ')).toEqual([]);
  });

  it('has well-formed domains', () => {
    const label = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
    const host = new RegExp(`^(?:${label}\\.)+[a-z]{2,}$`);
    const bad: string[] = [];
    for (const o of OUTLETS) {
      if (o.domains.length === 0) bad.push(`${o.id}: no domains`);
      for (const d of o.domains) {
        const problems: string[] = [];
        if (d !== d.toLowerCase()) problems.push('not lowercase');
        if (d.includes('://')) problems.push('has a scheme');
        if (d.startsWith('www.')) problems.push('starts with www.');
        if (/[/?#:@\s]/.test(d)) problems.push('has a path, port or other non-host part');
        if (!host.test(d)) problems.push('not a host name');
        if (problems.length) bad.push(`${o.id}: "${d}" ${problems.join(', ')}`);
      }
    }
    expect(bad, bad.join('; ')).toEqual([]);
  });

  it('maps no name or alias to two different outlets', () => {
    const owners = new Map<string, Set<string>>();
    for (const o of OUTLETS) {
      for (const n of namesOf(o)) {
        const k = norm(n);
        if (!owners.has(k)) owners.set(k, new Set());
        owners.get(k)!.add(o.id);
      }
    }
    const clashes = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([n, ids]) => `"${n}" → ${[...ids].join(', ')}`);
    expect(clashes, `names shared by several outlets: ${clashes.join('; ')}`).toEqual([]);
  });

  it('has non-empty names', () => {
    const bad: string[] = [];
    for (const o of OUTLETS) {
      for (const n of namesOf(o)) if (n.trim() === '' || n !== n.trim()) bad.push(`${o.id}: "${n}"`);
    }
    expect(bad, bad.join('; ')).toEqual([]);
  });

  it('uses only valid types and country codes', () => {
    const types = new Set<string>(OutletType.options);
    const badTypes = OUTLETS.filter((o) => !types.has(o.type)).map((o) => `${o.id}: ${o.type}`);
    expect(badTypes, badTypes.join('; ')).toEqual([]);
    const badCountries = OUTLETS.filter((o) => o.country !== undefined && !/^[A-Z]{2}$/.test(o.country)).map(
      (o) => `${o.id}: ${o.country}`,
    );
    expect(badCountries, badCountries.join('; ')).toEqual([]);
  });

  it('has Foreign Policy', () => {
    const fp = OUTLETS.find((o) => o.id === 'foreign-policy');
    expect(fp).toBeDefined();
    expect(fp!.en).toBe('Foreign Policy');
    expect(fp!.domains).toContain('foreignpolicy.com');
    expect(fp!.zhHans).toBe('外交政策');
    expect(namesOf(fp!)).toContain('外交政策');
  });

  it('has the Carnegie Endowment, separate from the Carnegie Corporation', () => {
    const ce = OUTLETS.find((o) => o.domains.includes('carnegieendowment.org'));
    expect(ce).toBeDefined();
    expect(ce!.en).toBe('Carnegie Endowment for International Peace');
    expect(ce!.zhHans).toBe('卡内基国际和平基金会');
    expect(ce!.type).toBe('think-tank');
    const corp = OUTLETS.find((o) => o.domains.includes('carnegie.org'));
    expect(corp).toBeDefined();
    expect(corp!.id).not.toBe(ce!.id);
  });

  it('finds the outlets named in text', () => {
    const byName = new Map<string, string>();
    for (const o of OUTLETS) for (const n of namesOf(o)) byName.set(norm(n), o.id);
    const byDomain = new Map<string, string>();
    for (const o of OUTLETS) for (const d of o.domains) byDomain.set(d, o.id);
    expect(byName.get(norm('卫报'))).toBe(byDomain.get('theguardian.com'));
    expect(byName.get(norm('華盛頓郵報'))).toBe(byDomain.get('washingtonpost.com'));
    expect(byName.get(norm('美联社'))).toBe(byDomain.get('apnews.com'));
    expect(byName.get(norm('新华社'))).toBe(byDomain.get('news.cn'));
    expect(byName.get(norm('nyt'))).toBe(byDomain.get('nytimes.com'));
    expect(byDomain.get('xinhuanet.com')).toBe(byDomain.get('news.cn'));
    expect(byDomain.get('x.com')).toBe(byDomain.get('twitter.com'));
    expect(byDomain.get('zaobao.com.sg')).toBe(byDomain.get('zaobao.com'));
  });
});
