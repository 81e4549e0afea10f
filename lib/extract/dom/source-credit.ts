/**
 * The source credit of a syndicated article: "来源：<a>新华社</a>", "Source: <a>Reuters</a>"
 * in the meta line under the headline, outside the element that holds the
 * text. Linked to the original article, it is the article's first source.
 */


// The label right before the credit's link.
const CREDIT_LABEL = /(?:来源|來源|稿源|出处|出處|转载自|轉載自|\bsource)\s*[:：]?\s*$/i;
// How far before the content root the meta line may sit.
const LEVELS = 4;
const SIBLINGS = 6;
const MAX_LINE = 300;

/** The original article, not the outlet's home or a co-brand landing page ("/cobrand/sinacn/"). */
function isArticleUrl(href: string): boolean {
  let path: string;
  try {
    path = new URL(href, 'http://relative.invalid/').pathname;
  } catch {
    return false;
  }
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  return segments.length >= 2 && (/\d{3,}/.test(path) || last.split('-').length >= 4);
}

/** The text just before `a` inside its parent: the credit's label. */
function labelBefore(a: Element): string {
  let text = '';
  for (let n = a.previousSibling; n && text.length < 40; n = n.previousSibling) text = (n.textContent ?? '') + text;
  return text;
}

function creditIn(line: Element): Element | null {
  for (const a of Array.from(line.getElementsByTagName('a'))) {
    // The label first: reading the line's whole text costs more than looking before each link.
    if (CREDIT_LABEL.test(labelBefore(a)) && isArticleUrl(a.getAttribute('href') ?? '')) return (line.textContent ?? '').length <= MAX_LINE ? a.parentElement : null;
  }
  return null;
}

/** The element holding a linked source credit in the lines just before `root`, or null. */
export function findSourceCredit(root: Element): Element | null {
  let cur: Element | null = root;
  for (let level = 0; cur && level < LEVELS; level++, cur = cur.parentElement) {
    let n = 0;
    for (let sib = cur.previousElementSibling; sib && n < SIBLINGS; sib = sib.previousElementSibling, n++) {
      const found = creditIn(sib);
      if (found) return found;
    }
  }
  return null;
}
