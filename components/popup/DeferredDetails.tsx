import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A closed `<details>` whose body is built after the first paint (or at once when the reader opens
 * it), so a card's summary and claims, hidden until opened, do not delay the report on screen: on the
 * reference article they are 296 of the popup's 414 elements. The body is in the DOM a frame later,
 * so find-in-page still reaches it.
 */
export function DeferredDetails({ class: className, summary, children }: { class: string; summary: ComponentChildren; children: () => ComponentChildren }) {
  const [built, setBuilt] = useState(false);
  // Preact runs effects after the next paint.
  useEffect(() => setBuilt(true), []);
  return (
    <details class={className} onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setBuilt(true)}>
      <summary>{summary}</summary>
      {built && children()}
    </details>
  );
}
