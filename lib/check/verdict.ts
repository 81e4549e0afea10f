import type { CheckState, ClaimSupport, Finding, Verdict } from '../schema/check';

const UNREACHABLE: ReadonlySet<CheckState> = new Set(['dead', 'unavailable', 'soft404', 'unreachable', 'timeout', 'blocked']);
// Findings about what the source is, or what it says word for word: one failure is a mismatch.
// An off-topic reference link (the wrong encyclopedia page) is as wrong as the wrong publication.
const HARD = new Set(['publication', 'author', 'date', 'quote', 'topic']);

export interface VerdictInput {
  state: CheckState;
  findings: readonly Finding[];
  claims: readonly ClaimSupport[];
  /** Sentences of readable text the source had. */
  sentences: number;
}

/**
 * One word per source, from its findings. Never "supported" without evidence:
 * a claim the source backs, or (when nothing is claimed) the article's own
 * description of the source confirmed.
 */
export function decideVerdict({ state, findings, claims, sentences }: VerdictInput): { verdict: Verdict; reason: string } {
  if (UNREACHABLE.has(state)) {
    return { verdict: 'unreachable', reason: state === 'unavailable' ? 'the source is temporarily unavailable' : state === 'dead' || state === 'soft404' ? 'the source is gone' : 'the source could not be read' };
  }
  // A figure the source gives differently is a misreport, like an altered quotation; a missing one is not.
  const hardFail = findings.find((f) => (HARD.has(f.kind) || f.code === 'number.conflict') && f.ok === false);
  if (hardFail) return { verdict: 'mismatch', reason: hardFail.code };
  if (state === 'not-html' || state === 'paywalled' || sentences === 0) {
    return { verdict: 'unverifiable', reason: state === 'paywalled' ? 'the text is behind a paywall' : state === 'not-html' ? 'the source is not a web page' : 'the source has no readable text' };
  }
  const labels = claims.map((c) => c.support.label);
  const supported = labels.filter((l) => l === 'supported').length;
  const partial = labels.filter((l) => l === 'partial').length;
  const notFound = labels.filter((l) => l === 'not-found').length;
  const numbers = findings.find((f) => f.kind === 'number');
  const identity = findings.filter((f) => f.kind === 'publication' || f.kind === 'author' || f.kind === 'date');

  if (claims.length) {
    if (supported && !partial && !notFound && numbers?.ok !== false) return { verdict: 'supported', reason: `the source backs all ${supported} claim(s) it is cited for` };
    if (supported || partial) return { verdict: 'partial', reason: `${supported} claim(s) backed, ${partial} partly, ${notFound} not found` };
    if (notFound) return { verdict: 'partial', reason: `none of the ${notFound} claim(s) could be found in the source` };
    // Every claim needs translation: only identity and numbers could be checked.
    if (numbers?.ok || identity.some((f) => f.ok)) {
      return { verdict: 'partial', reason: 'who published it and the figures match; the claims are in another language and were not compared' };
    }
    return { verdict: 'unverifiable', reason: 'the claims are in another language and nothing else could be compared' };
  }
  // A reference link whose page is about the linked term is what the article says it is.
  const topic = findings.find((f) => f.kind === 'topic');
  if (!claims.length && topic?.ok) return { verdict: 'supported', reason: 'the reference page is about the term the article links it for' };
  // Without claims, support means the source is who the article says it is: a date alone is not that.
  const named = identity.filter((f) => f.kind !== 'date');
  // …and that its page is the one the article links, not any page of that outlet.
  const offLink = findings.some((f) => f.code === 'content.not-about-link');
  if (named.length && identity.every((f) => f.ok === true) && !offLink) return { verdict: 'supported', reason: 'the source is what the article says it is' };
  if (named.some((f) => f.ok === true)) return { verdict: 'partial', reason: 'part of what the article says about the source is confirmed' };
  return { verdict: 'unverifiable', reason: 'the link works; the article attributes nothing specific to it' };
}
