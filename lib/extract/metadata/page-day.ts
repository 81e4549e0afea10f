import { dayOf, toEpoch } from '../../text/dates';

const MINUTE = 60_000;
const DAY = 86_400_000;
// Time zones in use run from UTC−12 to UTC+14.
const WEST = -12 * 60;
const EAST = 14 * 60;

/**
 * True when a machine-readable time may name another calendar day than the
 * page shows its readers: it is written in UTC (the page's own zone unknown),
 * or falls within three hours of midnight in the zone it gives.
 */
export function mayShiftDay(iso: string): boolean {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  if (!m || !hasOffset(iso)) return false;
  if (/(?:Z|[+-]00:00)$/.test(iso)) return true;
  const minutes = +m[1]! * 60 + +m[2]!;
  return minutes < 180 || minutes >= 21 * 60;
}

/**
 * Puts a published time on the calendar day the page itself shows. Pages
 * stamp their metadata in UTC but print the date in their own zone, so a story
 * posted at 23:30 in Minnesota is "2023-11-09T05:30Z" in the metadata and
 * "November 8" on the page. When the visible date is the neighbouring day and
 * the same instant falls on it in a real time zone, the visible day wins:
 * the instant is re-expressed in the offset the visible time implies, or,
 * when the page shows no time, the visible day alone is returned.
 */
export function onPageDay(iso: string, visible: string | null): string {
  // A visible value with its own offset is another machine stamp (often the update time), not a printed day.
  if (!visible || hasOffset(visible) || !hasOffset(iso) || iso.length <= 10) return iso;
  const shown = dayOf(visible)!;
  const stamped = dayOf(iso)!;
  const dayShift = (toEpoch(shown) - toEpoch(stamped)) / DAY;
  if (Math.abs(dayShift) !== 1) return iso;
  const instant = toEpoch(iso);
  if (visible.length > 10) {
    // The visible clock time gives the page's offset exactly.
    const exact = (toEpoch(visible) - instant) / MINUTE;
    const offset = Math.round(exact / 15) * 15;
    if (offset < WEST || offset > EAST || Math.abs(exact - offset) > 2) return iso;
    return withOffset(instant, offset);
  }
  // Only the day is shown: keep it when some real zone puts the instant on it.
  const reachable = dayShift > 0 ? instant + EAST * MINUTE >= toEpoch(shown) : instant + WEST * MINUTE < toEpoch(stamped);
  return reachable ? shown : iso;
}

function hasOffset(iso: string): boolean {
  return /(?:Z|[+-]\d{2}:\d{2})$/.test(iso);
}

/** An instant written as local time in the given offset (minutes east of UTC). */
function withOffset(instant: number, offset: number): string {
  const local = new Date(instant + offset * MINUTE).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** How far apart an undated-meaning stamp and the printed date may be and still describe the same story. */
const SAME_STORY_DAYS = 60;

/**
 * A generic `date` / `DC.date` meta does not say which date it is, and many
 * CMSs fill it with the time of the last edit (or the draft's creation). When
 * the page prints its own publication date on another day close by, readers
 * see that one: it wins. A printed date far away is more likely another
 * story's, so the stamp stays.
 */
export function printedOverGeneric(stamp: string, printed: string | null): string {
  // A value with its own offset is another machine stamp read from an attribute, not a printed date.
  if (!printed || hasOffset(printed) || dayOf(printed) === dayOf(stamp)) return stamp;
  const apart = Math.abs(toEpoch(dayOf(printed)!) - toEpoch(dayOf(stamp)!)) / DAY;
  return apart <= SAME_STORY_DAYS ? printed : stamp;
}

/**
 * Evergreen pages are re-published: the metadata keeps the first publication,
 * the modified stamp and the printed dateline move to the new day. When the
 * page prints a date after the published stamp and no later than the modified
 * one, readers are shown the re-publication as the article's date: it wins.
 */
export function printedRepublication(stamp: string, modified: string | null, printed: string | null): string {
  if (!modified || !printed || hasOffset(printed)) return stamp;
  const shown = dayOf(printed)!;
  return shown > dayOf(stamp)! && shown <= dayOf(modified)! ? printed : stamp;
}

/**
 * A full date in the URL is frozen when the story is first published, while
 * CMS stamps move with migrations and re-saves. When the stamp is days later
 * than the URL's date, the URL keeps the publication day.
 */
export function urlDayOverLaterStamp(stamp: string, urlDay: string | null): string {
  if (!urlDay) return stamp;
  return toEpoch(dayOf(stamp)!) - toEpoch(urlDay) > 2 * DAY ? urlDay : stamp;
}
