/**
 * What a claim says, without who says it: "据路透社3月4日报道，泰国…" is
 * judged as "泰国…", "Exports rose 12%, the ministry said." as "Exports rose
 * 12%". The attribution names the source and its date, which the source's
 * own text rarely repeats; left in, they read as content the source lacks.
 */
import type { Claim } from '../../schema/claim';

/** A trailing attribution: ", the ministry said." / "，路透社报道。" */
const TAIL = /[，,]\s*([^，,。.!?！？]{1,60})[。.!?！？]?["”’]?\s*$/u;

export function claimContent(claim: Pick<Claim, 'text' | 'cue' | 'speaker'>): string {
  const { text, cue, speaker } = claim;
  if (!cue) return text;
  const at = text.indexOf(cue);
  if (at < 0) return text;
  // A leading clause: the cue in the first 80 characters, the speaker before it (or none named),
  // ending at a comma or colon right after the cue (据X报道， / X said: / X表示，).
  if (at < 80 && (!speaker || text.slice(0, at).includes(speaker) || at < 20)) {
    const after = text.slice(at + cue.length).search(/[，,：:]/);
    // Right after the cue, or after "的话说 / 称" closing it (路透社援引泰国商务部的话说，).
    const closes = after >= 0 && (after <= 4 || (after <= 16 && /(?:说|称|稱|表示)$/u.test(text.slice(at + cue.length, at + cue.length + after))));
    if (closes) {
      const rest = text.slice(at + cue.length + after + 1).trim();
      if (rest.length >= 8) return rest;
    }
    // "The ministry said (that) exports rose…": the speaker, the cue, then the content.
    if (speaker && text.slice(0, at).trim().endsWith(speaker) && /^\s/.test(text.slice(at + cue.length))) {
      const rest = text.slice(at + cue.length).replace(/^\s+(?:that\s+)?/, '');
      if (rest.length >= 8) return rest;
    }
  }
  // A trailing clause that holds the cue: drop it.
  const tail = TAIL.exec(text);
  if (tail && tail[1]!.includes(cue) && tail.index > 8) return text.slice(0, tail.index).trim();
  return text;
}
