import type { Finding, FindingCode, Support } from '../schema/check';
import { formatDay, formatSize, languageName } from './format';
import type { Locale } from './locales';
import { penaltyParts } from './scorer-reason';
import { createTranslator, keyOf, type MessageKey, type Params, type Translate } from './translate';

/**
 * The one place findings and claim-support reasons are worded, for every interface language, from the
 * `finding_*` and `support_*` messages. Most findings are their message with their params; the entries
 * below only prepare params (dates and sizes through Intl, optional parts as sub-messages, the count a
 * plural is chosen by). The popup, the badges, the Markdown report and the CLI's `detail` all read it.
 */
type Wording = (p: Params, t: Translate, locale: Locale) => string;

const messageOf = (code: FindingCode) => keyOf('finding', code.replace('.', '_')) as MessageKey;
const archive = (p: Params, t: Translate) => (p.archived ? t('finding_archived', { archived: p.archived }) : '');
const withArchive =
  (code: FindingCode): Wording =>
  (p, t) =>
    t(messageOf(code), { ...p, archive: archive(p, t) });

// Only findings that need more than their message and params have an entry.
const WORDING: Partial<Record<FindingCode, Wording>> = {
  'reach.not-html': (p, t, locale) => t('finding_reach_not_html', { ...p, type: p.type || t('finding_reach_not_html_type'), size: formatSize(Number(p.bytes) || 0, locale) }),
  'reach.dead': withArchive('reach.dead'),
  'reach.refused': withArchive('reach.refused'),
  'reach.unavailable': (p, t) => t('finding_reach_unavailable', { ...p, reason: p.reason || `HTTP ${p.status}` }),
  'reach.soft404': withArchive('reach.soft404'),
  'reach.timeout': withArchive('reach.timeout'),
  'reach.unreachable': withArchive('reach.unreachable'),
  'publication.not-their-domain': (p, t) => t('finding_publication_not_their_domain', { ...p, domains: p.domains ? t('finding_publication_domains', { domains: p.domains }) : '' }),
  'date.after': (p, t, locale) => t('finding_date_after', dates(p, t, locale)),
  'date.before': (p, t, locale) => (Number(p.days) === 0 ? t('finding_date_same_day', dates(p, t, locale)) : t('finding_date_before', dates(p, t, locale))),
  'date.after-uncertain': (p, t, locale) => t('finding_date_after_uncertain', { ...dates(p, t, locale), origin: dateOrigin(p.from, t) }),
  'date.source-uncertain': (p, t, locale) => t('finding_date_source_uncertain', { ...dates(p, t, locale), sourceOrigin: dateOrigin(p.sourceFrom, t) }),
  'publication.republishes': (p, t) => t('finding_publication_republishes', { ...p, via: t(keyOf('wire_via', String(p.via).replace(/ /g, '_')) as MessageKey) }),
  'publication.org-match': orgWording('finding_publication_org_match'),
  'publication.org-related': orgWording('finding_publication_org_related'),
  'topic.title': topic('finding_topic_title'),
  'topic.lead': topic('finding_topic_lead'),
  'topic.off': topic('finding_topic_off'),
  'topic.partial': topic('finding_topic_partial'),
  'quote.other-language': (p, t, locale) => t('finding_quote_other_language', { ...p, quoteLang: language(p.quoteLang, locale), sourceLang: language(p.sourceLang, locale) }),
  'claim.other-language': (p, t) => t('finding_claim_other_language', { ...p, count: Number(p.total) }),
  'claim.summary': (p, t) =>
    t('finding_claim_summary', { ...p, count: Number(p.total), notComparable: Number(p.cannotJudge) ? t('finding_claim_summary_not_comparable', { cannotJudge: Number(p.cannotJudge) }) : '' }),
};

function dates(p: Params, t: Translate, locale: Locale): Params {
  const day = (v: string | number | undefined) => formatDay(v === undefined ? null : String(v), locale) ?? '';
  const where = p.from ? t('finding_date_where', { origin: dateOrigin(p.from, t) }) : '';
  return { ...p, source: day(p.source), article: day(p.article), count: Number(p.days), where };
}

/** Where a date was read ("json-ld", "labelled"…; ARTICLE_DATE_ORIGINS in lib/check/compare/date.ts), in words. */
function dateOrigin(code: string | number | undefined, t: Translate): string {
  return code ? t(keyOf('date_origin', String(code)) as MessageKey) : '';
}

/** An organisation-name finding: how the names were matched goes into the sentence. */
function orgWording(key: MessageKey): Wording {
  return (p, t) => t(key, { ...p, how: t(keyOf('org_how', String(p.how)) as MessageKey) });
}

/** A reference-link finding: why the link is a reference (its kind) goes into the sentence. */
function topic(key: MessageKey): Wording {
  return (p, t) => t(key, { ...p, why: t(keyOf('reference_why', String(p.kind)) as MessageKey, { name: p.name ?? '' }) });
}

function language(tag: string | number | undefined, locale: Locale): string {
  return languageName(tag ? String(tag) : null, locale) ?? createTranslator(locale)('language_unknown');
}

/** The message a finding code is worded by, for the locale test: every code must have it in every language. */
export const findingMessage = messageOf;

/** A finding in the reader's language. */
export function findingText(f: Pick<Finding, 'code' | 'params'>, locale: Locale): string {
  const t = createTranslator(locale);
  const wording = WORDING[f.code];
  return wording ? wording(f.params, t, locale) : t(messageOf(f.code), f.params);
}

/** The scorer's penalties a support carries in its params (changed or missing figures, a denial), as a sentence. */
function penaltiesText(p: Params, t: Translate): string {
  const parts = penaltyParts(p, t);
  return parts.length ? ` (${parts.join(t('reason_separator'))})` : '';
}

/** Why a claim got its support label, in the reader's language. */
export function supportText(s: Pick<Support, 'code' | 'label' | 'params'>, locale: Locale): string {
  const t = createTranslator(locale);
  const text = supportReason(s, t, locale);
  // A claim raised to partial because the source holds its quotation (see quoted-support.ts).
  return s.params.quoted ? `${text}${t('support_quoted', { quote: String(s.params.quoted) })}` : text;
}

function supportReason(s: Pick<Support, 'code' | 'label' | 'params'>, t: Translate, locale: Locale): string {
  const p = s.params;
  const cover = () => t(s.label === 'supported' ? 'support_cover_supported' : s.label === 'partial' ? 'support_cover_partial' : 'support_cover_not_found', { pct: Number(p.pct) || 0 });
  switch (s.code) {
    case 'coverage':
      return t('support_coverage', { cover: cover() }) + penaltiesText(p, t);
    case 'translated':
      return t('support_translated', { translation: String(p.translation ?? ''), cover: cover() }) + penaltiesText(p, t);
    case 'cross-language':
      return t('support_cross_language', {
        cover: cover(),
        found: p.found ? t('support_found', { found: p.found }) : '',
        missing: p.missing ? t('support_missing', { missing: p.missing }) : '',
        conflicts: p.conflicts ? t('support_conflicts', { conflicts: p.conflicts }) : '',
      }) + penaltiesText({ denies: p.denies ?? '' }, t);
    case 'other-language':
      return t('support_other_language', { claimLang: language(p.claimLang, locale), sourceLang: language(p.sourceLang, locale), figures: p.figures ? t('support_same_figures', { figures: p.figures }) : '' });
    case 'no-text':
      return t('support_no_text');
    case 'no-source':
      return t('support_no_source');
    case 'not-checked':
      return p.state ? t('support_source_state', { state: t(keyOf('state', String(p.state)) as MessageKey) }) : t('support_not_checked');
  }
}
