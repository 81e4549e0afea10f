import { outletForName } from '../../outlets/lookup';

/** A news agency the page credits for its story, and where the credit was read. */
export interface WireCredit {
  name: string;
  via: 'byline' | 'json-ld' | 'dateline' | 'credit line';
}

// Agency names as they appear in datelines and credit lines; each is confirmed an agency by the outlet table.
const AGENCY = String.raw`Reuters|Associated Press|AP|AFP|Agence France-Presse|Xinhua|Bloomberg|dpa|EFE|Kyodo|ANSA|Yonhap`;
// "LONDON (Reuters) -", "WASHINGTON (AP) —": the wire dateline opening the text.
const DATELINE = new RegExp(String.raw`^[\p{Lu}][\p{L} .,'’/-]{1,40}\((${AGENCY})\)\s*[-–—]`, 'u');
// 新华社北京5月1日电, 中新社上海电: a Chinese agency's dateline.
const ZH_DATELINE = /^[（(]?\s*(新华社|中新社|中央社)[^。，,]{0,20}电/u;
// "— Reuters", "Reporting by Reuters", "Reuters contributed to this report", "来源：新华社" closing the text.
const CLOSING = new RegExp(String.raw`(?:[-–—]\s*(${AGENCY})\.?\s*$|\b(?:reporting|additional reporting) by (${AGENCY})\b|\b(${AGENCY}) contributed to this report|(?:来源|來源|稿源)[:：]\s*(新华社|中新社|中央社))`, 'u');

/**
 * The agencies whose copy a page carries: its byline or authors name an agency
 * ("Reuters", "Associated Press"), its JSON-LD credits one (author,
 * sourceOrganization, provider), the text opens with an agency dateline or
 * closes with a credit line. Only names the outlet table knows as agencies count.
 */
export function readWireCredits(meta: { authors: readonly string[]; byline: string | null; jsonLdCredits: readonly string[] }, text: string): WireCredit[] {
  const found = new Map<string, WireCredit>();
  const add = (raw: string | null | undefined, via: WireCredit['via']) => {
    const name = (raw ?? '').replace(/^(?:by|from)\s+/i, '').replace(/\s+(?:staff|wire|news)$/i, '').trim();
    if (!name || name.length > 60) return;
    const outlet = outletForName(name);
    if (outlet?.type === 'agency' && !found.has(outlet.id)) found.set(outlet.id, { name: outlet.en, via });
  };
  const bylineNames = (meta.byline ?? '').split(/\s*(?:,|;|&|\||·|\band\b|\bwith\b)\s*/i);
  for (const n of [...meta.authors, ...bylineNames]) add(n, 'byline');
  for (const n of meta.jsonLdCredits) add(n, 'json-ld');
  const head = text.slice(0, 300).trimStart();
  const m = DATELINE.exec(head) ?? ZH_DATELINE.exec(head);
  if (m) add(m[1], 'dateline');
  const tail = text.slice(-300).trimEnd();
  const c = CLOSING.exec(tail);
  if (c) add(c.slice(1).find(Boolean), 'credit line');
  return [...found.values()];
}
