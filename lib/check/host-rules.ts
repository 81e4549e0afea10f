/**
 * Chromium's --host-resolver-rules syntax ("MAP host addr:port, EXCLUDE host"),
 * so the CLI and the browser tests share one mapping of the fixture web.
 */

export interface HostRule {
  /** 'notfound' is Chromium's "MAP host ~NOTFOUND": the name does not resolve. */
  kind: 'map' | 'exclude' | 'notfound';
  /** Host pattern; "*" matches any run of characters. */
  pattern: RegExp;
  host?: string;
  port?: number;
}

export function parseHostRules(text: string): HostRule[] {
  const rules: HostRule[] = [];
  for (const raw of text.split(',')) {
    const parts = raw.trim().split(/\s+/);
    if (!parts[0]) continue;
    const verb = parts[0].toUpperCase();
    if (verb === 'MAP' && parts.length === 3 && parts[2] === '~NOTFOUND') {
      rules.push({ kind: 'notfound', pattern: globToRegExp(parts[1]!) });
    } else if (verb === 'MAP' && parts.length === 3) {
      const target = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(parts[2]!);
      if (!target) throw new Error(`host rule "${raw.trim()}": cannot read the target "${parts[2]}"`);
      rules.push({ kind: 'map', pattern: globToRegExp(parts[1]!), host: target[1]!.replace(/^\[|\]$/g, ''), port: target[2] ? Number(target[2]) : undefined });
    } else if (verb === 'EXCLUDE' && parts.length === 2) {
      rules.push({ kind: 'exclude', pattern: globToRegExp(parts[1]!) });
    } else {
      throw new Error(`host rule "${raw.trim()}": expected "MAP <host> <addr[:port]>" or "EXCLUDE <host>"`);
    }
  }
  return rules;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp('^' + glob.toLowerCase().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
}

/** Where a host:port connects under the rules: first matching rule wins; null when none applies. */
export function resolveHostRule(rules: HostRule[], hostname: string, port: number): { host: string; port: number } | 'notfound' | null {
  const h = hostname.toLowerCase();
  if (rules.some((r) => r.kind === 'exclude' && r.pattern.test(h))) return null;
  const rule = rules.find((r) => r.kind !== 'exclude' && r.pattern.test(h));
  if (!rule) return null;
  return rule.kind === 'notfound' ? 'notfound' : { host: rule.host!, port: rule.port ?? port };
}
