/**
 * English reporting verbs by lemma, inflected here into the forms a text uses
 * ("criticize" → criticizes, criticized, criticizing), so a verb is listed once
 * and never misses a form. Grouped as the attribution literature groups them:
 * verbs of saying, of stance towards someone, and of evidence. Verbs of thinking and intending ("believes", "wants", "considered") were
 * tried and left out: on PolNeAR dev half of them attributed nothing, in both folds.
 * A cue still needs a speaker the sentence names (see speaker.ts).
 */

// Speech acts and stances taken in words. "+" doubles the last consonant (admit → admitted).
const SAYING = [
  'say', 'tell', 'report', 'write', 'argue', 'note', 'add', 'claim', 'cite', 'state', 'explain', 'warn', 'announce', 'suggest', 'insist',
  'confirm', 'deny', 'acknowledge', 'admit+', 'conclude', 'estimate', 'predict', 'assert', 'allege', 'reveal', 'observe', 'contend',
  'maintain', 'emphasize', 'emphasise', 'stress', 'tweet', 'post', 'testify', 'recall', 'complain', 'declare', 'disclose', 'indicate', 'urge',
  'respond', 'reply', 'counter', 'forecast', 'agree', 'ask', 'echo', 'vow', 'promise', 'pledge', 'concede', 'accuse', 'describe',
  'question', 'mention', 'call', 'comment', 'remark', 'recount', 'reiterate', 'boast', 'brag+', 'joke', 'quip+', 'lament', 'protest',
  'object', 'caution', 'speculate', 'criticize', 'criticise', 'condemn', 'denounce', 'blast', 'slam+', 'praise', 'attack',
  'blame', 'reject', 'demand', 'threaten', 'hint', 'mock', 'chide', 'scold', 'tout',
  'chant', 'shout', 'propose', 'dispute', 'charge', 'swear', 'hail', 'applaud', 'lambaste', 'rebuke', 'assail', 'decry', 'bemoan', 'concur+',
  'characterize', 'characterise', 'liken', 'label', 'brand', 'discuss',
  'highlight', 'point', 'recommend', 'acknowledge', 'insinuate', 'imply', 'clarify', 'inform', 'assure',
];
// What a document or data does: "the study shows", "records indicate".
const EVIDENCE = ['show', 'find', 'indicate', 'suggest', 'reveal', 'document', 'demonstrate', 'confirm', 'read', 'estimate', 'conclude'];

const IRREGULAR: Record<string, { past: string[]; ing?: string }> = {
  say: { past: ['said'] },
  tell: { past: ['told'] },
  write: { past: ['wrote'], ing: 'writing' },
  think: { past: ['thought'] },
  find: { past: ['found'] },
  know: { past: ['knew'] },
  feel: { past: ['felt'] },
  swear: { past: ['swore'] },
  understand: { past: ['understood'] },
  forecast: { past: ['forecast'] },
  read: { past: [] },
  show: { past: ['showed'] },
};

interface Forms {
  base: string;
  third: string;
  past: string[];
  ing: string;
}

function inflect(entry: string): Forms {
  const double = entry.endsWith('+');
  const base = double ? entry.slice(0, -1) : entry;
  const stem = double ? base + base[base.length - 1] : base;
  const third = /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const irregular = IRREGULAR[base];
  const past = irregular?.past ?? [/e$/.test(base) ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${stem}ed`];
  const ing = irregular?.ing ?? (/[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${stem}ing`);
  return { base, third, past, ing };
}

const unique = (words: string[]) => [...new Set(words)];

const saying = SAYING.map(inflect);
const evidence = EVIDENCE.map(inflect);

/**
 * Finite forms of every reporting verb: third person and past. Base forms ("note", "show", "state")
 * are mostly nouns or infinitives; cues.ts lists the few that report ("say", "argue").
 */
export const REPORTING_FINITE = unique([...saying, ...evidence].flatMap((f) => [f.third, ...f.past]));

/** Past forms, which may also be participles qualifying a noun ("criticized for"). */
export const REPORTING_PAST = new Set([...saying, ...evidence].flatMap((f) => f.past));

/** "-ing" forms that report for the clause's subject ("…, criticizing the plan"): saying and evidence only ("thinking" rarely reports). */
export const REPORTING_PARTICIPLES = unique([...saying, ...evidence].map((f) => f.ing));

/**
 * Forms that are also common nouns or adjectives ("the report", "a plan", "her support", "fears of"):
 * they report only when a clause or a quotation follows.
 */
export const NOUN_LIKE_FORMS = new Set(
  [
    'report', 'reports', 'note', 'notes', 'claim', 'claims', 'estimate', 'estimates', 'state', 'states', 'post', 'posts', 'forecast', 'forecasts',
    'project', 'projects', 'promise', 'promises', 'pledge', 'pledges', 'question', 'questions', 'call', 'calls', 'comment', 'comments',
    'remark', 'remarks', 'protest', 'protests', 'object', 'objects', 'attack', 'attacks', 'demand', 'demands', 'signal', 'signals', 'hint', 'hints',
    'charge', 'charges', 'support', 'supports', 'push', 'pushes', 'press', 'detail', 'details', 'outline', 'outlines', 'highlight', 'highlights',
    'point', 'points', 'pitch', 'fear', 'fears', 'hope', 'hopes', 'worry', 'worries', 'doubt', 'doubts', 'plan', 'plans', 'wish', 'wishes',
    'show', 'shows', 'find', 'finds', 'document', 'documents', 'read', 'reads', 'tweet', 'tweets', 'label', 'labels', 'brand', 'brands',
    'echo', 'echoes', 'joke', 'jokes', 'vow', 'vows', 'counter', 'praise', 'blame', 'defend', 'want', 'wants', 'dispute', 'disputes', 'caution',
    'record', 'boast', 'boasts', 'chant', 'chants', 'shout', 'shouts', 'quip', 'quips', 'compare', 'reply', 'replies', 'hail', 'feel', 'know',
    'mention', 'mentions', 'blast', 'blasts', 'slam', 'slams', 'mock', 'tout',
  ],
);
