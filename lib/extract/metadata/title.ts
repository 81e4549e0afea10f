import { cleanText } from '../../text/clean';
import { MONTH_RE } from '../../text/dates';
import { loose } from './site-name';

// Separators sites put between a headline and their own name or section (a double hyphen stands
// in for a dash, often with a space on one side only: "A Site --headline").
const SEPARATOR = /\s+[|｜_–—\-:·•»/]\s+|\s+-{2,}\s*|\s*-{2,}\s+|\s*[|｜_]\s*|\s+::\s+|(?<=[\p{Script=Han}！？。」』”])\s*[-–—]\s*(?=\p{Script=Han})/u;

function isSiteLabel(segment: string, siteNames: readonly string[], host: string | null): boolean {
  const seg = loose(segment);
  if (!seg) return true;
  if (host && (seg === loose(host) || loose(host.replace(/^www\./, '').split('.')[0] ?? '') === seg)) return true;
  return siteNames.some((n) => {
    const name = loose(n);
    return name.length > 1 && (seg === name || seg.includes(name) || name.includes(seg));
  });
}

// A full date set before the headline with a separator ("23.01.2022 - Headline"): a dateline, not title text.
const LEADING_DATE = new RegExp(
  String.raw`^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}\.?\s+(?:${MONTH_RE})\.?\s+\d{4}|(?:${MONTH_RE})\.?\s+\d{1,2},?\s+\d{4})\s*[-–—|:/·•]\s+(?=\S+\s+\S)`,
  'iu',
);

/** The title without a date written before it. */
export function dropLeadingDate(title: string): string {
  return title.replace(LEADING_DATE, '');
}

/**
 * Removes the site name (and section labels next to it) from either end of a
 * title: "标题 _光明网" → "标题", "Headline | Guardian" → "Headline".
 */
export function cleanTitle(raw: string | null, siteNames: readonly string[], pageUrl: string | null): string | null {
  const title = dropLeadingDate(cleanText(raw));
  if (!title) return null;
  let host: string | null = null;
  try {
    host = pageUrl ? new URL(pageUrl).hostname : null;
  } catch {
    host = null;
  }
  const parts = titleParts(title);
  if (parts.length < 2) return title;

  // Drop site labels from the end, then from the start, keeping the longest part.
  let start = 0;
  let end = parts.length;
  let droppedSite = false;
  while (end - start > 1 && isSiteLabel(parts[end - 1]!, siteNames, host)) {
    end--;
    droppedSite = true;
  }
  while (end - start > 1 && isSiteLabel(parts[start]!, siteNames, host)) {
    start++;
    droppedSite = true;
  }
  // Once the site name is gone, a short trailing segment is a section ("| 新闻 |").
  while (droppedSite && end - start > 1 && isShort(parts[end - 1]!) && !isShort(parts.slice(start, end - 1).join(' '))) end--;
  const kept = rejoin(title, parts, start, end);
  return kept || title;
}

function isShort(segment: string): boolean {
  const words = segment.trim().split(/\s+/).length;
  const cjk = (segment.match(/\p{Script=Han}/gu) ?? []).length;
  return cjk ? cjk <= 4 && words <= 2 : words <= 2;
}

/** The title's parts between separators ("Headline | Section | Site" → three parts). */
export function titleParts(title: string): string[] {
  return title.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
}

function rejoin(title: string, parts: string[], start: number, end: number): string {
  if (start === 0 && end === parts.length) return title;
  // Cut the original string so separators inside the kept part survive.
  const first = parts[start]!;
  const last = parts[end - 1]!;
  const from = title.indexOf(first);
  const to = title.lastIndexOf(last) + last.length;
  return from >= 0 && to > from ? title.slice(from, to).trim() : parts.slice(start, end).join(' ');
}
