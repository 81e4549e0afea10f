import { z } from 'zod/mini';

/** A name as CSL-JSON writes it: family and given for a person, literal for a body or a name not split. */
export const CslName = z.object({
  family: z.optional(z.string()),
  given: z.optional(z.string()),
  literal: z.optional(z.string()),
});
export type CslName = z.infer<typeof CslName>;

/**
 * An entry of the article's reference list or footnotes, parsed into CSL-JSON
 * fields (author, title, container-title, issued, URL, DOI) so that a marker
 * in the text ([2], ¹, (Smith 2020), 注1) can say who and what it cites.
 */
export const ReferenceEntry = z.object({
  /** The entry's number ([2], "2.", 注2), or null in an author–date list. */
  number: z.nullable(z.int().check(z.positive())),
  /** How markers name it: "2", or "Smith 2020" in an author–date list. */
  label: z.string(),
  /** The entry as written. */
  text: z.string(),
  author: z.array(CslName),
  title: z.nullable(z.string()),
  'container-title': z.nullable(z.string()),
  /** CSL date: [[year, month?, day?]]. */
  issued: z.nullable(z.object({ 'date-parts': z.array(z.array(z.int())) })),
  URL: z.nullable(z.string()),
  DOI: z.nullable(z.string()),
});
export type ReferenceEntry = z.infer<typeof ReferenceEntry>;

/** "Jane Doe", "Doe, J.", "World Health Organization": a CSL name as a reader writes it. */
export function nameText(name: CslName): string {
  if (name.literal) return name.literal;
  return [name.given, name.family].filter(Boolean).join(' ');
}
