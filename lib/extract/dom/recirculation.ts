/**
 * Recirculation: the lists of the site's other stories that pages put after
 * (or inside) an article — "Related", "More from …", "Most read", "相关阅读".
 * They are found by the heading that opens them.
 */

// English and Chinese headings that open a list of other stories, matched on the whole heading.
export const RELATED_HEADING = new RegExp(
  '^(?:' +
    [
      'related(?:\\s+(?:stories|articles|coverage|content|reading|news|posts|links|topics|videos))?',
      '(?:read|see|watch|listen)\\s+(?:more|also|next)',
      'what\\s+to\\s+(?:read|watch)\\s+next',
      'up\\s+next',
      // "More from Politics", "More Great WIRED Stories", "More on this story"
      'more\\s+(?:from|on|in|about|like\\s+this)\\b.{0,40}',
      'more(?:\\s+\\S+){0,3}\\s+(?:stories|news|articles|coverage|reads|reading|videos|headlines)',
      'see\\s+also',
      'also\\s+(?:read|see|on|in)\\b.{0,40}',
      'further\\s+reading',
      'recommended(?:\\s+(?:for\\s+you|stories|reading|articles|videos))?',
      'trending(?:\\s+(?:now|stories|news|articles))?',
      'most\\s+(?:read|popular|viewed|shared|emailed|commented|watched)(?:\\s+(?:stories|articles|news|now|today))?',
      'popular(?:\\s+(?:now|stories|articles|today))?',
      'top\\s+(?:stories|news|headlines|reads)',
      "editor'?s'?\\s+picks?",
      "don'?t\\s+miss",
      'you\\s+(?:may|might)\\s+(?:also\\s+)?(?:like|enjoy|be\\s+interested\\s+in)',
      'in\\s+case\\s+you\\s+missed\\s+it',
      'latest(?:\\s+(?:news|stories|articles|headlines))?',
      '相[关關](?:新[闻聞]|[阅閱][读讀]|文章|[报報][道導]|[链連][接結]|推[荐薦]|[专專][题題])?',
      '延伸[阅閱][读讀]',
      '推[荐薦](?:[阅閱][读讀]|文章|新[闻聞])?',
      '精彩推[荐薦]',
      '[为為]你推[荐薦]',
      '更多(?:新[闻聞]|[阅閱][读讀]|[报報][道導]|文章|精彩)?',
      '[热熱]([门門]|点|點|[读讀])(?:新[闻聞]|文章|推[荐薦]|排行)?',
      '猜你喜[欢歡]',
      '[阅閱][读讀]更多',
      '看更多',
      '(?:点击|點擊)?排行(?:榜)?',
      '最新(?:新[闻聞]|文章|[报報][道導])?',
      '往期回[顾顧]',
    ].join('|') +
    ')\\s*[:：]?$',
  'i',
);

const HEADING_TAGS = /^h[1-6]$/;

const HEADING_CLASS = /(?:^|[\s_-])(?:heading|headline|title|hed)(?:$|[\s_-])/i;

/** An element that reads as a heading: h1–h6, role=heading, a "heading" class, or a short line in bold. */
function headingText(el: Element): string | null {
  const tag = el.localName;
  const heading =
    HEADING_TAGS.test(tag) ||
    el.getAttribute('role') === 'heading' ||
    HEADING_CLASS.test(el.getAttribute('class') ?? '') ||
    ((tag === 'p' || tag === 'div') && /^(?:strong|b)$/.test(el.firstElementChild?.localName ?? '') && el.childElementCount === 1);
  if (!heading) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= 60 ? text : null;
}

/** A list that comes right after a recirculation heading ("More Great WIRED Stories" + <ul>). */
export function followsRecirculationHeading(list: Element): boolean {
  let prev = list.previousElementSibling;
  while (prev && (prev.localName === 'hr' || prev.localName === 'br')) prev = prev.previousElementSibling;
  if (!prev) return false;
  const text = headingText(prev);
  return !!text && RELATED_HEADING.test(text);
}
