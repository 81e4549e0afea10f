import type { ArticleMeta } from '../schema/article';
import type { Claim } from '../schema/claim';
import type { ClaimSupport, Finding, SourceCheck, SourceSnapshot, Support } from '../schema/check';
import type { CitedSource } from '../schema/source';
import { truncate } from '../text/clean';
import { primaryLanguage } from '../text/language';
import { extractNumberFacts } from '../text/numbers';
import { splitSentences } from '../text/sentences';
import { summarize } from '../text/summarize';
import { compareAuthor } from './compare/author';
import { compareDate } from './compare/date';
import { finding } from './compare/finding';
import { checkNumbers, numbersFinding, type NumberCheck } from './compare/numbers';
import { claimContent } from './compare/claim-content';
import { compareAboutLink } from './compare/about-link';
import { comparePublication } from './compare/publication';
import { compareTopic, definitionLink } from './compare/reference-topic';
import { lexiconBridges, judgeAcrossLanguages } from './compare/cross-language';
import { checkQuote, checkQuoteAcross } from './compare/quotes';
import { withQuotation } from './compare/quoted-support';
import type { Lexicon } from '../text/lexicon/lexicon';
import { judgeSupport, plainWhy, type SupportResult } from './compare/support';
import { scorerReason } from '../i18n/scorer-reason';
import { supportText } from '../i18n/findings';
import { createTranslator } from '../i18n/translate';
import { decideVerdict } from './verdict';

export interface JudgeSettings {
  summarySentences: number;
}

export interface SourceCheckInput {
  source: CitedSource;
  /** The article's claims that point at this source, with their index in the extraction. */
  claims: { index: number; claim: Claim }[];
  article: ArticleMeta;
  settings: JudgeSettings;
  /**
   * Claims the browser's on-device translator put into the source's language (claim index → text),
   * when the reader asked for it: they are judged as same-language claims.
   */
  translations?: ReadonlyMap<number, string>;
}

/**
 * Judges a fetched source against what the article says: reachability,
 * identity (publication, author, date), quotes, numbers, and support for each
 * claim — each finding with its reason. Pure and synchronous: the network work
 * is in fetchSource, so cached snapshots are judged anew for every article.
 */
/** Whether judging this source for this article needs the zh↔en lexicon (load it first, then pass it in). */
export function needsLexicon(snap: SourceSnapshot, input: SourceCheckInput): boolean {
  const bridges = lexiconBridges(primaryLanguage(input.article.lang), snap.meta?.lang ?? null);
  // A Chinese name for the publication is compared with an English page's name through the lexicon too.
  const named = input.source.attribution.publication;
  return bridges && (input.claims.length > 0 || (!!named && /\p{Script=Han}/u.test(named)));
}

export function judgeSource(snap: SourceSnapshot, input: SourceCheckInput, lexicon: Lexicon | null = null): SourceCheck {
  const { source } = input;
  const base = {
    url: source.url,
    httpStatus: snap.httpStatus,
    finalUrl: snap.finalUrl,
    redirects: snap.redirects,
    canonicalUrl: snap.canonicalUrl ?? null,
    archivedUrl: snap.archivedUrl,
    contentType: snap.contentType,
    bytes: snap.bytes,
    source: snap.meta,
    error: snap.error,
    checkedAt: new Date(snap.fetchedAt).toISOString(),
    durationMs: snap.durationMs,
  };
  const reach = reachFinding(snap);
  if (snap.state !== 'ok' && snap.state !== 'redirected' && snap.state !== 'paywalled') {
    const findings = [reach];
    const { verdict } = decideVerdict({ state: snap.state, findings, claims: [], sentences: 0 });
    return { ...base, state: snap.state, summary: [], verdict, findings, claims: [] };
  }

  const sourceLang = snap.meta?.lang ?? null;
  const sentences = snap.text
    .split(/\n\s*\n/)
    .flatMap((p) => splitSentences(p, sourceLang).map((s) => s.text))
    .slice(0, 3000);
  const summary = summarize(snap.text, { sentences: input.settings.summarySentences, lang: sourceLang }).map((s) => truncate(s, 600));
  const findings: Finding[] = [reach];
  const finalUrl = snap.finalUrl ?? source.url;
  for (const f of [
    comparePublication(source.attribution, finalUrl, snap.meta, lexicon),
    compareAuthor(source.attribution, snap.meta),
    compareDate(input.article, snap.meta?.publishedTime ?? null, snap.meta?.publishedFrom),
  ]) {
    if (f) findings.push(f);
  }

  // A link that explains a term is judged on whether its page is about that term, not as a claim.
  const reference = definitionLink(source, input.claims.length);
  const topic = reference && sentences.length ? compareTopic(source.text, snap.meta?.title ?? null, snap.text, sourceLang, reference) : null;
  if (topic) findings.push(topic);

  const articleLang = primaryLanguage(input.article.lang);
  const sameLanguage = !!articleLang && articleLang === sourceLang;
  // With no claim to compare, the page must still be about what the article links it for.
  const about = !input.claims.length && !reference && sameLanguage ? compareAboutLink(source, snap.meta?.title ?? null, sentences, sourceLang) : null;
  if (about) findings.push(about);
  const bridges = lexiconBridges(articleLang, sourceLang);
  const sourceFacts = sentences.map((s) => extractNumberFacts(s));
  const numberChecks: NumberCheck[] = [];
  const claims: ClaimSupport[] = [];
  // A sentence with two speakers is two claims with one text: judged, reported and counted once
  // (each claim still shows its support), so one sentence never reads as "3 claims backed".
  const judged = new Map<string, Support>();
  const distinct: ClaimSupport[] = [];
  for (const { index, claim } of input.claims) {
    const translated = input.translations?.get(index);
    const content = claimContent(claim);
    const key = `${translated ?? ''}\u0000${content}`;
    const seen = judged.get(key);
    if (seen) {
      claims.push({ claim: index, support: seen });
      continue;
    }
    const numbers = checkNumbers(content, sourceFacts);
    numberChecks.push(numbers);
    const quotes = claim.quotes.map((quote) =>
      sameLanguage
        ? checkQuote(quote, snap.text, sentences, sourceLang)
        : bridges && lexicon
          ? checkQuoteAcross(quote, articleLang as 'zh' | 'en', sentences, lexicon)
          : finding('quote', null, 'quote.other-language', { quote, quoteLang: articleLang ?? '', sourceLang: sourceLang ?? '' }),
    );
    const judgedSupport = translated && sourceLang ? supportTranslated(translated, sentences, sourceLang) : supportFor(claim, sentences, numbers, articleLang, sourceLang, lexicon);
    const support = withQuotation(judgedSupport, quotes);
    judged.set(key, support);
    claims.push({ claim: index, support });
    distinct.push({ claim: index, support });
    if (support.params.conflicts) {
      findings.push(finding('number', false, 'number.conflict', { claim: truncate(claim.text, 200), figures: support.params.conflicts, near: support.evidence[0] ?? '' }));
    }
    findings.push(...quotes);
  }
  const numbers = numbersFinding(numberChecks);
  if (numbers) findings.push(numbers);
  const claimFinding = summarizeClaims(distinct);
  if (claimFinding) findings.push(claimFinding);
  if (!sentences.length && snap.state !== 'paywalled') findings.push(snap.error ? finding('content', null, 'content.unreadable', { error: snap.error }) : finding('content', null, 'content.empty', {}));
  const { verdict } = decideVerdict({ state: snap.state, findings, claims: distinct, sentences: sentences.length });
  return { ...base, state: snap.state, summary, verdict, findings, claims };
}

/** A scorer's result as the report's Support: evidence as text, the reason, and what lets the interface word it. */
function asSupport(r: SupportResult, sentences: readonly string[], code: Support['code'], params: Support['params'], reason = r.reason): Support {
  // The penalties go with the params, so the interface words them in the reader's language.
  const penalties = { conflicts: r.why.conflicts.join(', '), notInEvidence: r.why.notInEvidence.join(', '), denies: r.why.denies };
  return {
    label: r.label,
    score: r.score,
    evidence: r.evidence.map((i) => truncate(sentences[i]!, 600)),
    evidenceScores: r.evidenceScores,
    reason,
    code,
    params: { pct: Math.round(r.score * 100), ...penalties, ...params },
  };
}

function supportFor(claim: Claim, sentences: string[], numbers: NumberCheck, articleLang: string | null, sourceLang: string | null, lexicon: Lexicon | null): Support {
  if (!sentences.length) return { label: 'not-found', score: 0, evidence: [], evidenceScores: [], reason: scorerReason(plainWhy('no-text')), code: 'no-text', params: {} };
  if (articleLang && sourceLang && articleLang !== sourceLang && lexicon && lexiconBridges(articleLang, sourceLang)) {
    const r = judgeAcrossLanguages(claimContent(claim), articleLang as 'zh' | 'en', sentences, lexicon);
    return asSupport(r, sentences, 'cross-language', { via: 'lexicon', found: r.found.join(', '), missing: r.missing.join(', '), conflicts: r.conflicts.join(', ') });
  }
  if (!articleLang || !sourceLang || articleLang !== sourceLang) {
    // No bridge between these languages (or the lexicon could not be loaded): say so, and show where the claim's numbers appear.
    const evidence = numbers.evidence.slice(0, 3);
    const found = numbers.found.map((f) => f.text.trim());
    const params = { claimLang: articleLang ?? '', sourceLang: sourceLang ?? '', figures: found.join(', '), lexicon: lexiconBridges(articleLang, sourceLang) ? 'not-loaded' : 'no-bridge' };
    const support = { label: 'cannot-judge' as const, score: 0, evidence: evidence.map((i) => truncate(sentences[i]!, 600)), evidenceScores: evidence.map(() => 1), code: 'other-language' as const, params };
    return { ...support, reason: supportText(support, 'en') };
  }
  return asSupport(judgeSupport(claimContent(claim), sentences, sourceLang), sentences, 'coverage', {});
}

/** A claim the browser translated into the source's language, judged like a same-language claim; the reason says how. */
function supportTranslated(translated: string, sentences: string[], sourceLang: string): Support {
  const r = judgeSupport(translated, sentences, sourceLang);
  return asSupport(r, sentences, 'translated', { via: 'translator', translation: truncate(translated, 600) }, createTranslator('en')('reason_translated', { translation: truncate(translated, 200), reason: r.reason }));
}

function summarizeClaims(claims: ClaimSupport[]): Finding | null {
  if (!claims.length) return null;
  const count = (l: string) => claims.filter((c) => c.support.label === l).length;
  const params = { supported: count('supported'), partial: count('partial'), notFound: count('not-found'), cannotJudge: count('cannot-judge'), total: claims.length };
  if (params.cannotJudge === claims.length) {
    return finding('claim', null, 'claim.other-language', params);
  }
  const ok = params.notFound === 0 && params.partial === 0 ? true : params.supported === 0 && params.partial === 0 ? false : null;
  return finding('claim', ok, 'claim.summary', params);
}

function reachFinding(snap: SourceSnapshot): Finding {
  const status = snap.httpStatus;
  const reason = snap.reason ?? '';
  const params = { status: status ?? 0, reason, archived: snap.archivedUrl ?? '', finalUrl: snap.finalUrl ?? '', type: snap.contentType ?? '', bytes: snap.bytes ?? 0 };
  switch (snap.state) {
    case 'ok':
      return finding('reachability', true, 'reach.ok', params);
    case 'redirected':
      return finding('reachability', true, 'reach.redirected', params);
    case 'paywalled':
      return finding('reachability', true, 'reach.paywalled', params);
    case 'not-html':
      return finding('reachability', true, 'reach.not-html', params);
    case 'dead':
      return status === 404 || status === 410
        ? finding('reachability', false, 'reach.dead', params)
        : finding('reachability', false, 'reach.refused', params);
    case 'unavailable':
      return finding('reachability', false, 'reach.unavailable', params);
    case 'soft404':
      return finding('reachability', false, 'reach.soft404', params);
    case 'timeout':
      return finding('reachability', false, 'reach.timeout', params);
    case 'blocked':
      return finding('reachability', false, 'reach.blocked', params);
    default:
      return finding('reachability', false, 'reach.unreachable', params);
  }
}

