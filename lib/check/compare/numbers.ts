import type { Finding } from '../../schema/check';
import { extractNumberFacts, factMatches, isCheckableFact, uniqueFacts, type NumberFact } from '../../text/numbers';
import { finding } from './finding';

export interface NumberCheck {
  found: NumberFact[];
  missing: NumberFact[];
  /** Source sentences holding the matched numbers, in source order. */
  evidence: number[];
}

/** Looks for a claim's numbers and dates in the source, across languages ("5月9日" ↔ "May 9"). */
export function checkNumbers(claim: string, sourceFacts: readonly (readonly NumberFact[])[]): NumberCheck {
  const facts = uniqueFacts(extractNumberFacts(claim).filter(isCheckableFact));
  const found: NumberFact[] = [];
  const missing: NumberFact[] = [];
  const evidence = new Set<number>();
  for (const f of facts) {
    let hit = false;
    sourceFacts.forEach((list, i) => {
      if (list.some((s) => factMatches(f, s))) {
        hit = true;
        evidence.add(i);
      }
    });
    (hit ? found : missing).push(f);
  }
  return { found, missing, evidence: [...evidence].sort((a, b) => a - b) };
}

/** One finding for all the numbers the article attributes to a source. */
export function numbersFinding(checks: readonly NumberCheck[]): Finding | null {
  const found = unique(checks.flatMap((c) => c.found));
  const missing = unique(checks.flatMap((c) => c.missing));
  if (!found.length && !missing.length) return null;
  const params = { found: found.join(', '), missing: missing.join(', ') };
  if (!missing.length) return finding('number', true, 'number.found', params);
  if (!found.length) return finding('number', false, 'number.missing', params);
  return finding('number', false, 'number.some-missing', params);
}

function unique(facts: NumberFact[]): string[] {
  return [...new Set(facts.map((f) => f.text.trim()))];
}
