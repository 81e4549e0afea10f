import type { SourceRole } from '../schema/source';
import type { Outlet } from '../outlets/outlet';
import { DOCUMENT_WORDS } from './attribution/cues';
import { RELATED_HEADING } from './dom/recirculation';
import { REFERENCE_HEADING } from './dom/reference-list';
import { siteOf, type LinkTarget } from './links/normalize-url';

export interface RoleInput extends LinkTarget {
  anchorText: string;
  /** The anchor holds only an image or nothing readable. */
  imageOnly: boolean;
  sentence: string;
  blockText: string;
  blockKind: string;
  heading: string | null;
  /** Cues found in the link's sentence or the one before. */
  hasCue: boolean;
  /** The text names a publication or author for this link. */
  attributed: boolean;
  pageHost: string;
  pageOutlet: Outlet | null;
  linkOutlet: Outlet | null;
}

const MEDIA_EXT = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|mp4|m4v|mov|webm|avi|mkv|mp3|m4a|wav|ogg|flac)(?:$|\?)/i;
const RELATED_LEAD = /^(?:read\s+more|related|see\s+also|also\s+read|more\s*:|read\s+also|watch|listen|延伸阅读|延伸閱讀|相关阅读|相關閱讀|相关|相關|推荐阅读|推薦閱讀|阅读更多|閱讀更多|点击阅读|點擊閱讀)\s*[:：|-]?/i;
const ENTITY_PATH = /\/(?:wiki|topics?|people|person|company|companies|organizations?|org|profile|quote|symbol|item|entity|baike|subject)\//i;

/** Why an article links somewhere: relies on it, names it, suggests it, or just navigates. */
export function classifyRole(r: RoleInput): SourceRole {
  const { path, host } = r;
  if (r.imageOnly || MEDIA_EXT.test(path)) return 'media';
  if (r.linkOutlet?.type === 'social') return 'social';
  const sameSite = siteOf(host) === siteOf(r.pageHost) || (!!r.pageOutlet && r.linkOutlet?.id === r.pageOutlet.id);
  if (sameSite) return 'self';
  const anchor = r.anchorText.trim();
  const standalone = anchor.length > 0 && r.blockText.replace(RELATED_LEAD, '').trim().length <= anchor.length + 3;
  if ((r.heading && RELATED_HEADING.test(r.heading)) || RELATED_LEAD.test(r.blockText) || (standalone && r.blockKind === 'list-item' && !REFERENCE_HEADING.test(r.heading ?? ''))) {
    if (!(r.heading && REFERENCE_HEADING.test(r.heading))) return 'related';
  }
  if (r.heading && REFERENCE_HEADING.test(r.heading)) return 'citation';
  // An encyclopedia link names a thing even inside a reported sentence.
  if (r.linkOutlet?.type === 'encyclopedia' || (ENTITY_PATH.test(path) && !DOCUMENT_WORDS.test(anchor))) return 'reference';
  if (r.hasCue || r.attributed || DOCUMENT_WORDS.test(anchor)) return 'citation';
  // A link to a home page named by its anchor is an entity link ("the Carnegie Endowment").
  if (path === '/' || path === '') return 'reference';
  if (/^\d+$/.test(anchor) || /^\[\d+\]$/.test(anchor)) return 'citation'; // footnote markers
  return 'other';
}
