/**
 * Short author names spelled out where the page itself gives the full form:
 * a first name alone ("Stefanus") that an author bio opens with in full
 * ("Stefanus Stahl - Maschinenbauer …") or another credit on the page extends
 * ("More from Henry Steinhau"), initials ("DT") the page credits in full
 * elsewhere ("Donald Townsend", its licence attribution), or a user-name slug
 * ("christian.stadtfeld") that the article signs in full ("Christian P. Stadtfeld").
 */

const SLUG = /^(?!www\.)[a-z]+(?:[._-][a-z]+){1,2}$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The fuller form of `name`, or `name` itself; null for a slug the page never spells out.
 * `credited` lists other names the page credits in full (read only for first names and initials).
 */
export function spellOutName(name: string, bios: readonly string[], text: string, credited: () => readonly string[] = () => []): string | null {
  if (SLUG.test(name)) return slugInText(name, text);
  if (/^\p{Lu}{2,3}$/u.test(name)) return credited().find((full) => initialsOf(full) === name) ?? name;
  if (/\s/.test(name) || !/^\p{Lu}/u.test(name)) return name;
  // "Stefanus" + a bio opening "Stefanus Stahl -": one or two more capitalised words, then the bio's own text.
  const opening = new RegExp(`^${escape(name)}((?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})(?=\\s*[-–—,:(|]|\\s+(?:is|ist|est|es|war|was)\\b|$)`, 'u');
  for (const bio of bios) {
    const m = opening.exec(bio.trim());
    if (m) return name + m[1]!.replace(/\s+/g, ' ');
  }
  // "Henry" and a "More from Henry Steinhau" heading elsewhere on the page.
  const start = `${name.toLowerCase()} `;
  return credited().find((full) => full.toLowerCase().startsWith(start) && full.split(/\s+/).length <= 3) ?? name;
}

/** "christian.stadtfeld" → "Christian P. Stadtfeld" when the text names that person, middle initials allowed. */
function slugInText(slug: string, text: string): string | null {
  if (!text) return null;
  const [first, ...rest] = slug.split(/[._-]/).map((p) => escape(capital(p)));
  const pattern = new RegExp(`(?<!\\p{L})${first}(?:\\s+\\p{Lu}\\.)*\\s+${rest.join('(?:-|\\s+)')}(?!\\p{L})`, 'u');
  return pattern.exec(text)?.[0].replace(/\s+/g, ' ') ?? null;
}

/** "Donald Townsend" → "DT"; null unless every word is capitalised. */
function initialsOf(full: string): string | null {
  const words = full.trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w[0]).join('') : null;
}
