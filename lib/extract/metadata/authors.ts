import { cleanText } from '../../text/clean';
import { MONTH_RE } from '../../text/dates';

// Labels that precede a name in a byline, in the languages we read.
const PREFIX =
  /^(?:(?:view|see)\s+all\s+(?:posts|articles|stories)\s+by|(?:zeige\s+)?alle\s+(?:beiträge|artikel)\s+von|(?:written|posted|published|reported|reporting|compiled|story|text|words)\s+by|(?:veröffentlicht|geschrieben|verfasst|publiziert|erstellt|eingestellt|gepostet|beitrag|ein\s+(?:beitrag|artikel|interview))\s+von|autor(?:en|innen)|text[eo]?(?=\s*[:：])|(?:publié|écrit|rédigé)\s+par|(?:escrito|publicado)\s+por|(?:scritto|pubblicato)\s+da|by|from|por|par|von|di|da|door|av|przez|autor(?:in)?|auteur|author|автор|作者|记者|記者|文|撰文|编译|編譯|来源|來源|撰稿|执笔|報導|报道)(?:\s*[:：/｜|]\s*|\s+)/iu;

// Job titles and desk names that trail or lead a name.
const ROLE_WORDS = new RegExp(
  String.raw`\b(?:senior|chief|staff|special|contributing|guest|deputy|managing|executive|associate|assistant|political|foreign|national|investigative|diplomatic|economics|business|technology|science|health|sports|china|europe|asia|washington|white\s+house)?\s*(?:correspondent|reporter|writer|editor|contributor|columnist|journalist|analyst|producer|photographer|staff|bureau\s+chief|news\s+desk|desk|intern|fellow|professor|author|opinion\s+writer)s?\b.*$`,
  'i',
);
const ZH_ROLES = /(?:特约)?(?:记者|記者|编辑|編輯|通讯员|通訊員|撰稿人|评论员|評論員|实习生|實習生|主编|主編|责编|責編|特约撰稿人)$/;

const MONTH = `(?:${MONTH_RE})\\.?`;
// A date, time or reading time glued to a name ("Jane Doe July 10, 2015", "Updated 3 hours ago",
// "Anna Muster22. Februar 2020", "… Hace 13 horas Tiempo de lectura: 8 minutos").
const DATE_TAIL = new RegExp(
  String.raw`\s*(?:[|,·•»–—-]\s*)?(?:(?<!\p{L})(?:published|updated|posted|last\s+updated|modified|aktualisiert)\b.*|(?<!\p{L})stand\s*:.*|${MONTH}\s+\d{1,2}\b.*|\d{1,2}\.?\s+${MONTH}.*|\d{4}[-/.年].*|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}.*|\d+\s+(?:min|hour|day|week)s?\s+ago.*|(?<!\p{L})(?:hace|vor|il\s+y\s+a)\s+\d+.*|\d+\s*min(?:utes?)?\.?\s+(?:read|lesezeit).*|(?:tiempo\s+de\s+lectura|lesezeit|reading\s+time)\b.*|(?<!\p{L})(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*|(?<!\p{L})(?:am|on|le|el)\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b.*)$`,
  'iu',
);
// Everything up to "by" after a dateline: "Posted on September 21, 2020 by Jane Doe".
const DATED_LEAD = /^(?:(?:posted|published|updated|veröffentlicht|publiziert|publié|publicado)\b.*?|.*?\d{4}.*?)\s+(?:by|von|par|por)\s+(?=\p{Lu}|\p{Ll}+\d)/iu;
// A job title before the name: "FOCUS-Online-Experte Robin Tschöpe", "Redakteurin Anna Muster".
const LEADING_ROLE =
  /^(?:[\p{L}]+-)*(?:experte|expertin|redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|kolumnist(?:in)?|volontär(?:in)?|chefredakteur(?:in)?|staff\s+writer|correspondent|reporter|columnist)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/iu;
// Byline fields set apart with a middle dot or guillemet: "Dezember 10, 2019 · von Jane · in News".
const FIELD = /\s+[·•»]\s+/;

// "e" joins names in Italian and Portuguese, but "e. V." ends a German association's name.
const SPLIT = /\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b(?!\.)|、|，|；|和|与|與|\/|\|)\s*/i;

// Things that are never a person's name.
const NOT_A_NAME =
  /^(?:the|der|die|das|alle\s+artikel|all\s+(?:posts|articles)|publiziert\s+am|veröffentlicht\s+am|published\s+on|posted\s+on|posted|published|by|von|par|por|author|autor|admin|administrator|staff|editor|editors|the editors|news desk|web desk|guest|anonymous|unknown|null|undefined|none|n\/a|share|comments?|follow|more|home|menu|subscribe|sign in|log in|login|reuters staff|ap|afp|dpa|apa|kna|epd|agencies|agencias|contributor)$/i;

const WEB_ADDRESS = /^www\.[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/?$/iu;

/** Cleans one raw author string into zero or more names. */
export function splitAuthorNames(raw: string): string[] {
  // Soft hyphens ("Mat\u00adthi\u00adas") are invisible line-break hints, not part of the name.
  let text = cleanText(raw.replace(/<[^>]*>/g, ' ').replace(/\u00ad/g, ''));
  if (!text || text.length > 300) return [];
  if (/^(?:https?:|www\.)|@\w+\.\w/.test(text)) return [];
  // A labelled byline may credit a website by its address ("Autor: www.koffergepackt.com").
  const labelled = text.replace(PREFIX, '');
  if (labelled !== text && WEB_ADDRESS.test(labelled)) return [labelled.replace(/\/$/, '')];
  // A site address after the name ("Jane Doe - http://jane.example") is not part of it.
  text = text.replace(/\s*(?:[-–|,]\s*)?(?:https?:\/\/|www\.)\S+/g, ' ').replace(/^(?:[\s,;:|·•–—©-]|\(c\))+/i, '').trim();
  // Of several byline fields, the first one that names someone.
  const fields = text.split(FIELD);
  if (fields.length > 1) {
    for (const field of fields) {
      const names = splitAuthorNames(field);
      if (names.length) return names;
    }
    return [];
  }
  text = text.replace(/[()（）[\]]/g, ' ').replace(DATED_LEAD, '').replace(PREFIX, '').replace(DATE_TAIL, '').replace(LEADING_ROLE, '').trim();
  const desk = deskCredit(text);
  if (desk) return [desk];
  const out: string[] = [];
  for (const part of text.split(SPLIT)) {
    // Editors, translators and photographers are credited but are not authors.
    // "Revised Edition Edited by …" credits an editor wherever the phrase stands.
    if (/(?:^|\s)(?:edit(?:ed|ing)|translat(?:ed|ion)|photos?|graphics?|additional reporting)\s+by\b|^\s*(?:编辑|編輯|责编|責編|翻译|翻譯|摄影|攝影)/i.test(part)) continue;
    // Chinese bylines separate names with spaces: "记者 张三 李四".
    const pieces = /^[\p{Script=Han}\s]+$/u.test(part.trim()) ? part.trim().split(/\s+/) : [part];
    for (const piece of pieces) {
      const name = cleanName(piece);
      if (name) out.push(name);
    }
  }
  return out;
}

// A desk credited as a whole ("Staff Writer", "Staff and news service reports", "HLNF Staff Report"):
// a desk word first, after at most an acronym or "the", and a few words after it.
const DESK =
  /^(?:(\S+)\s+)?(?:staff|news\s*desk|newsroom|desk)(?:\s+(?:and|&|news|wire|service|services|reports?|reporters?|writers?|editors?|team|correspondents?|contributors?)){1,4}$/;

/** The byline names a desk, not people: kept whole, since splitting at "and" would read "news service reports" as a name. */
function deskCredit(text: string): string | null {
  const t = text.replace(/[\s.,;:|·•–—-]+$/, '');
  const m = DESK.exec(t.toLowerCase().replace(/\s+/g, ' '));
  if (!m) return null;
  const lead = m[1] ? t.split(/\s+/)[0]! : '';
  if (lead && lead.toLowerCase() !== 'the' && !/^\p{Lu}{2,}$/u.test(lead)) return null;
  return titleCaseShouting(t);
}

const PEN_NAME = /^(?:der|die|das|the|el|il)(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}$/u;

function cleanName(part: string): string | null {
  let name = part
    .replace(PREFIX, '')
    .replace(/\((?:[^)]*)\)|（[^）]*）|\[[^\]]*\]/g, ' ')
    .replace(DATE_TAIL, '')
    .trim();
  // "Jane Doe, Senior Correspondent" is split already; "Jane Doe Senior Correspondent" is not.
  const role = ROLE_WORDS.exec(name);
  if (role) {
    if (role.index === 0 || !name.slice(0, role.index).trim()) return null;
    name = name.slice(0, role.index);
  }
  name = name
    .replace(/\s+(?:alle\s+artikel|all\s+(?:posts|articles|stories)|mehr\s+von.*|more\s+from.*)$/i, '')
    .replace(ZH_ROLES, '')
    // Punctuation off both ends, but the dot of an initial stays: "Jane D.", "e. V."
    .replace(/^[\s\-–—:：|·•]+|[\s\-–—:：|·•.,]+$/g, (m, i: number, all: string) => (i > 0 && m === '.' && /(?:^|[\s.])\p{Lu}$/u.test(all.slice(0, i)) ? '.' : ''))
    .trim();
  if (!name || name.length < 2 || name.length > 60) return null;
  if (NOT_A_NAME.test(name)) return null;
  // Digits only in a one-word user name ("freeman1984"), never in a name with a date glued on.
  if ((/\d/.test(name) && !/^\p{L}[\p{L}_.-]*\d+$/u.test(name)) || /[@#<>{}=]|https?:/.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > 6) return null;
  // A run of lower-case words is a phrase, not a name ("click here to read more"); a pen name
  // may open with an article as long as the rest is capitalised ("der Michel", "the Doctor").
  if (/^\p{Ll}/u.test(name) && words.length > 1 && !/^(?:de|van|von|al|bin|da|di|le|la|del)\b/.test(name) && !PEN_NAME.test(name)) return null;
  return titleCaseShouting(name);
}

/** "JANE DOE" → "Jane Doe"; mixed case, initials and acronyms ("DT", "NDR") are left as written. */
function titleCaseShouting(name: string): string {
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name) || /^\p{Lu}{2,4}$/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Names from several raw strings, deduplicated; null when it looks like junk (too many). */
export function normalizeAuthors(raws: readonly string[], max = 10): string[] | null {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of raws) {
    for (const name of splitAuthorNames(raw)) {
      const key = name.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  // 33 "authors" on a one-author page means we read a list of links, not a byline.
  if (out.length > max) return null;
  return out;
}
