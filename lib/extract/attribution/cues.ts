/** Reporting cues: the words by which a text attributes a statement to someone. */

export interface Cue {
  /** The cue as written in the sentence. */
  text: string;
  index: number;
  /** Where the speaker is expected relative to the cue. */
  speaker: 'before' | 'after' | 'inside';
  /** For "据X报道"-style frames, the speaker's span. */
  inner?: { start: number; end: number };
}

// English verbs of saying and finding, in the forms reporting uses.
const EN_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'wrote', 'writes', 'argued', 'argues', 'found', 'finds',
  'noted', 'notes', 'added', 'adds', 'claimed', 'claims', 'cited', 'cites', 'stated', 'states', 'explained', 'explains',
  'warned', 'warns', 'announced', 'announces', 'suggested', 'suggests', 'insisted', 'insists', 'confirmed', 'confirms',
  'denied', 'denies', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'concluded', 'concludes', 'estimated', 'estimates',
  'predicted', 'predicts', 'believes', 'believed', 'asserted', 'asserts', 'alleged', 'alleges', 'revealed', 'reveals',
  'showed', 'shows', 'observed', 'observes', 'contended', 'contends', 'maintained', 'maintains', 'emphasized', 'emphasised',
  'stressed', 'stresses', 'tweeted', 'posted', 'testified', 'recalled', 'recalls', 'complained', 'complains', 'declared',
  'declares', 'disclosed', 'discloses', 'indicated', 'indicates', 'urged', 'urges', 'responded', 'replied', 'countered',
  'predicted', 'projected', 'forecast', 'thinks', 'thought', 'agreed', 'agrees', 'according', 'pointed', 'points', 'told',
];
const EN_CUE = new RegExp(
  String.raw`\b(?:according\s+to|as\s+(?:reported|noted|first\s+reported)\s+by|pointed\s+out|points\s+out|in\s+a\s+statement|` +
    EN_VERBS.filter((v) => v !== 'according' && v !== 'pointed' && v !== 'points').join('|') +
    String.raw`)\b`,
  'gi',
);

// Chinese cues, simplified and traditional. Multi-character cues are safe anywhere;
// the single characters 称/稱/说/說 only count before punctuation or after a verb.
const ZH_COMPOUND = [
  '补充称', '补充说', '补充道', '補充稱', '補充說', '補充道', '评论称', '评论说', '評論稱', '評論說', '解释称', '解释说', '解釋稱', '解釋說',
  '报道称', '報道稱', '報導稱', '声称', '聲稱', '宣称', '宣稱', '指称', '指稱', '写道', '寫道', '说道', '說道', '分析称', '分析稱',
  '援引', '指出', '表示', '认为', '認為', '强调', '強調', '透露', '证实', '證實', '警告', '承认', '承認', '否认', '否認', '提到', '提及',
  '披露', '宣布', '宣佈', '介绍', '介紹', '回应', '回應', '反驳', '反駁', '主张', '主張', '坦言', '直言', '告诉', '告訴', '发现', '發現',
  '显示', '顯示', '称赞', '稱讚', '呼吁', '呼籲', '预计', '預計', '估计', '估計', '强调说', '重申', '暗示', '报道', '報道', '報導', '谈到', '談到',
].sort((a, b) => b.length - a.length);
const ZH_CUE = new RegExp(`(?:${ZH_COMPOUND.join('|')})|(?:称|稱|说|說)(?=[，,：:“「"])`, 'g');
// 据X报道 / 据X称 / 据X消息: the speaker sits inside the frame.
const ZH_FRAME = /[据據]([^，。；！？,]{1,30}?)(?:报道|報道|報導|称|稱|消息|介绍|介紹|透露|说|說|表示|指出|显示|顯示|统计|統計|披露)/g;
// Words that contain a cue but do not report ("被发现", "名称", "显示屏").
const ZH_NOT_CUE = /被(?:发现|發現)|(?:发现|發現)了?(?:自己|问题)|显示屏|顯示屏|表示感谢|表示祝贺|表示欢迎|表示哀悼|表示慰问|报道组|报道员/;

/** Cues in one sentence, in order. */
export function findCues(sentence: string, lang: string | null): Cue[] {
  const cues: Cue[] = [];
  const zh = lang === 'zh' || lang === 'ja' || /\p{Script=Han}/u.test(sentence);
  if (zh) {
    for (const m of sentence.matchAll(ZH_FRAME)) {
      const start = m.index! + 1;
      cues.push({ text: m[0], index: m.index!, speaker: 'inside', inner: { start, end: start + m[1]!.length } });
    }
    for (const m of sentence.matchAll(ZH_CUE)) {
      const at = m.index!;
      if (cues.some((c) => at >= c.index && at < c.index + c.text.length)) continue;
      const around = sentence.slice(Math.max(0, at - 2), at + m[0].length + 3);
      if (ZH_NOT_CUE.test(around)) continue;
      cues.push({ text: m[0], index: at, speaker: 'before' });
    }
  }
  for (const m of sentence.matchAll(EN_CUE)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (/^(?:according\s+to|as\s)/.test(lower)) {
      cues.push({ text: word, index: m.index!, speaker: 'after' });
      continue;
    }
    // "said X" after a quote or comma puts the speaker after the verb.
    const before = sentence.slice(0, m.index!).trimEnd();
    const after = /[,”"’']\s*$/.test(before) || before === '';
    cues.push({ text: word, index: m.index!, speaker: after ? 'after' : 'before' });
  }
  return cues.sort((a, b) => a.index - b.index);
}

// Document-like anchor texts: a link named so is a source being relied on.
export const DOCUMENT_WORDS =
  /\b(?:report|reports|study|studies|survey|paper|article|analysis|data|dataset|statement|poll|filing|document|letter|interview|research|investigation|review|memo|transcript|testimony|lawsuit|complaint|ruling|press\s+release|announcement|tweet|post|video|speech|op-ed|editorial|essay|piece|story|findings|figures|estimates|census)\b|文章|报告|報告|报道|報道|報導|研究|调查|調查|声明|聲明|数据|數據|文件|采访|採訪|论文|論文|公告|通报|通報|白皮书|白皮書|讲话|講話|社论|社論|评论|評論|推文|帖子|视频|視頻|统计|統計/i;
