import { cleanText } from '../../text/clean';
import { splitAuthorNames } from './authors';

/*
 * Names the page credits in full away from the byline, read only to spell
 * out a byline that gives a first name or initials (see full-names.ts).
 */

/**
 * Who a Creative Commons licence notice credits as the work's author
 * ("Ein Hundetagebuch von <a rel="cc:attributionURL">Donald Townsend</a>"), in the ccREL markup.
 */
export function readLicenceAttribution(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[property="cc:attributionName"], a[rel~="cc:attributionURL"]')).slice(0, 5)) {
    const name = cleanText(el.textContent);
    if (name && name.length <= 60 && !/^(?:https?:|www\.)/.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

// Headings over a list of the author's other posts: "More from Henry Steinhau", "Weitere Beiträge von …".
const MORE_FROM = /^(?:more\s+(?:from|by)|(?:other\s+)?(?:posts|articles|stories)\s+by|mehr\s+von|weitere\s+(?:artikel|beiträge|texte)\s+von|plus\s+d['’]articles\s+de)\s+(?=\p{L})/iu;

/** Names in "More from …" headings, which credit the author by full name on blogs whose byline gives a first name. */
export function readMoreFromHeadings(doc: Document): string[] {
  const out: string[] = [];
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4')).slice(0, 60)) {
    const text = cleanText(h.textContent);
    if (text.length > 60 || !MORE_FROM.test(text)) continue;
    for (const name of splitAuthorNames(text.replace(MORE_FROM, ''))) if (!out.includes(name)) out.push(name);
  }
  return out;
}
