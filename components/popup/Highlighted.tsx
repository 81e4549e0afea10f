/** Plain text with one phrase marked: page text is shown as text, never as HTML. */
export function Highlighted({ text, mark, lang }: { text: string; mark: string; lang?: string }) {
  const at = mark ? text.indexOf(mark) : -1;
  if (at < 0) return <q lang={lang}>{text}</q>;
  return (
    <q lang={lang}>
      {text.slice(0, at)}
      <mark>{mark}</mark>
      {text.slice(at + mark.length)}
    </q>
  );
}
