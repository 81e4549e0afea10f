import { describe, it, expect } from 'vitest';
import { compareNames, phoneticSkeleton, romanizeName } from '../../lib/text/name-match';
import { PINYIN, PINYIN_ALT, TRANSLIT_CHARS, pinyinReadings } from '../../lib/text/pinyin-names';

type Pair = [string, string];

// Real names of the same person, as news in each script writes them.
const SAME_PERSON: Record<string, Pair[]> = {
  'Chinese transliteration, full name': [
    ['蒂穆尔·乌姆洛夫', 'Temur Umarov'],
    ['安东尼·布林肯', 'Antony Blinken'],
    ['弗拉基米尔·普京', 'Vladimir Putin'],
    ['乔·拜登', 'Joe Biden'],
    ['唐纳德·特朗普', 'Donald Trump'],
    ['鲍里斯·约翰逊', 'Boris Johnson'],
    ['卡西姆-若马尔特·托卡耶夫', 'Kassym-Jomart Tokayev'],
    ['弗拉基米尔·泽连斯基', 'Volodymyr Zelensky'],
    ['埃马纽埃尔·马克龙', 'Emmanuel Macron'],
    ['奥拉夫·朔尔茨', 'Olaf Scholz'],
    ['安格拉·默克尔', 'Angela Merkel'],
    ['纳伦德拉·莫迪', 'Narendra Modi'],
    ['谢尔盖·拉夫罗夫', 'Sergei Lavrov'],
    ['德米特里·佩斯科夫', 'Dmitry Peskov'],
    ['埃隆·马斯克', 'Elon Musk'],
    ['努尔苏丹·纳扎尔巴耶夫', 'Nursultan Nazarbayev'],
    ['沙夫卡特·米尔济约耶夫', 'Shavkat Mirziyoyev'],
    ['杰克·沙利文', 'Jake Sullivan'],
    ['劳埃德·奥斯汀', 'Lloyd Austin'],
    ['卡马拉·哈里斯', 'Kamala Harris'],
    ['比尔·盖茨', 'Bill Gates'],
    ['雷杰普·塔伊普·埃尔多安', 'Recep Tayyip Erdoğan'],
    ['希拉里·克林顿', 'Hillary Clinton'],
    ['巴拉克·奥巴马', 'Barack Obama'],
    ['亚历山大·加布耶夫', 'Alexander Gabuev'],
    ['托尼·布莱尔', 'Tony Blair'],
    ['乔治·华盛顿', 'George Washington'],
    ['戴维·卡梅伦', 'David Cameron'],
    ['特蕾莎·梅', 'Theresa May'],
    ['安东尼奥·古特雷斯', 'António Guterres'],
    ['乌尔苏拉·冯德莱恩', 'Ursula von der Leyen'],
    ['本雅明·内塔尼亚胡', 'Benjamin Netanyahu'],
    ['基尔·斯塔默', 'Keir Starmer'],
    ['贾斯廷·特鲁多', 'Justin Trudeau'],
    ['亨利·基辛格', 'Henry Kissinger'],
    ['玛格丽特·撒切尔', 'Margaret Thatcher'],
    ['亚历山大·卢卡申科', 'Alexander Lukashenko'],
    ['德米特里·梅德韦杰夫', 'Dmitry Medvedev'],
    ['叶夫根尼·普里戈任', 'Yevgeny Prigozhin'],
    ['阿列克谢·纳瓦尔尼', 'Alexei Navalny'],
    ['伊利哈姆·阿利耶夫', 'Ilham Aliyev'],
    ['安德烈·叶尔马克', 'Andriy Yermak'],
    ['阿里·哈梅内伊', 'Ali Khamenei'],
    ['巴沙尔·阿萨德', 'Bashar al-Assad'],
    ['穆罕默德·本·萨勒曼', 'Mohammed bin Salman'],
    ['延斯·斯托尔滕贝格', 'Jens Stoltenberg'],
    ['安杰伊·杜达', 'Andrzej Duda'],
    ['弗兰克-瓦尔特·施泰因迈尔', 'Frank-Walter Steinmeier'],
    ['乔治娅·梅洛尼', 'Giorgia Meloni'],
    ['夏尔·戴高乐', 'Charles de Gaulle'],
    ['尼基塔·赫鲁晓夫', 'Nikita Khrushchev'],
    ['米哈伊尔·戈尔巴乔夫', 'Mikhail Gorbachev'],
    ['约瑟夫·斯大林', 'Joseph Stalin'],
    ['阿尔伯特·爱因斯坦', 'Albert Einstein'],
    ['马克·扎克伯格', 'Mark Zuckerberg'],
    ['珍妮特·耶伦', 'Janet Yellen'],
    ['杰罗姆·鲍威尔', 'Jerome Powell'],
    ['南希·佩洛西', 'Nancy Pelosi'],
    ['沙赫巴兹·谢里夫', 'Shehbaz Sharif'],
    ['佐科·维多多', 'Joko Widodo'],
    ['萨德尔·扎帕罗夫', 'Sadyr Japarov'],
    ['谢尔达尔·别尔德穆哈梅多夫', 'Serdar Berdimuhamedov'],
  ],
  'Chinese transliteration, surname only': [
    ['埃尔多安', 'Erdoğan'],
    ['泽连斯基', 'Zelensky'],
    ['泽连斯基', 'Zelenskyy'],
    ['马克龙', 'Macron'],
    ['朔尔茨', 'Scholz'],
    ['默克尔', 'Merkel'],
    ['莫迪', 'Modi'],
    ['拉夫罗夫', 'Lavrov'],
    ['佩斯科夫', 'Peskov'],
    ['马斯克', 'Musk'],
    ['纳扎尔巴耶夫', 'Nazarbayev'],
    ['米尔济约耶夫', 'Mirziyoyev'],
    ['沙利文', 'Sullivan'],
    ['奥斯汀', 'Austin'],
    ['哈里斯', 'Harris'],
    ['约翰逊', 'Johnson'],
    ['盖茨', 'Gates'],
    ['乌姆洛夫', 'Umarov'],
    ['普京', 'Vladimir Putin'],
    ['拜登', 'Joe Biden'],
    ['卢卡申科', 'Lukashenko'],
    ['梅德韦杰夫', 'Medvedev'],
    ['苏纳克', 'Sunak'],
    ['蓬佩奥', 'Pompeo'],
    ['米莱', 'Milei'],
    ['卢拉', 'Lula'],
    ['奥朗德', 'Hollande'],
    ['萨科齐', 'Sarkozy'],
    ['贝卢斯科尼', 'Berlusconi'],
    ['德拉吉', 'Draghi'],
    ['查韦斯', 'Chávez'],
    ['马杜罗', 'Maduro'],
    ['博索纳罗', 'Bolsonaro'],
    ['曼德拉', 'Mandela'],
    ['拉马福萨', 'Ramaphosa'],
    ['阿基诺', 'Aquino'],
    ['波罗申科', 'Poroshenko'],
    ['亚努科维奇', 'Yanukovych'],
    ['扎卢日内', 'Zaluzhnyi'],
    ['帕特鲁舍夫', 'Patrushev'],
    ['扎哈罗娃', 'Zakharova'],
    ['霍多尔科夫斯基', 'Khodorkovsky'],
    ['伊丽莎白', 'Elizabeth'],
    ['史密斯', 'Smith'],
  ],
  'native Chinese name and Hanyu Pinyin': [
    ['习近平', 'Xi Jinping'],
    ['王毅', 'Wang Yi'],
    ['赵立坚', 'Zhao Lijian'],
    ['Jinping Xi', '习近平'],
    ['習近平', 'Xi Jinping'],
    ['李克强', 'Li Keqiang'],
    ['秦刚', 'Qin Gang'],
    ['华春莹', 'Hua Chunying'],
    ['欧阳娜娜', 'Ouyang Nana'],
    ['乐玉成', 'Le Yucheng'],
    ['曾庆红', 'Zeng Qinghong'],
    ['解振华', 'Xie Zhenhua'],
    ['仇和', 'Qiu He'],
    ['吕植', 'Lü Zhi'],
    ['吕植', 'Lyu Zhi'],
    ['朱镕基', 'Zhu Rongji'],
    ['杨洁篪', 'Yang Jiechi'],
    ['屠呦呦', 'Tu Youyou'],
    ['陈敏尔', "Chen Min'er"],
  ],
  'Cyrillic, Greek and Latin spellings': [
    ['Тимур Умаров', 'Timur Umarov'],
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'],
    ['Владимир Путин', 'Vladimir Putin'],
    ['Касым-Жомарт Токаев', 'Kassym-Jomart Tokayev'],
    ['Шавкат Мирзиёев', 'Shavkat Mirziyoyev'],
    ['Юлия Тимошенко', 'Yulia Tymoshenko'],
    ['Володимир Зеленський', 'Volodymyr Zelenskyy'],
    ['Κυριάκος Μητσοτάκης', 'Kyriakos Mitsotakis'],
    ['Alexander Gabuev', 'Aleksandr Gabuyev'],
    ['Kassym-Jomart Tokayev', 'Kasym-Zhomart Tokaev'],
    ['Mikhail Gorbachev', 'Michail Gorbatschow'],
    ['Muammar Gaddafi', 'Moammar Qadhafi'],
    ['Mao Zedong', 'Mao Ze-dong'],
    ['Lech Wałęsa', 'Lech Walesa'],
    ['T. Umarov', 'Temur Umarov'],
    ['Umarov Temur', 'Temur Umarov'],
    ['Vladimir Vladimirovich Putin', 'Vladimir Putin'],
    ['Olaf Scholz', 'SCHOLZ Olaf'],
    ['Alex Umarov', 'Alexander Umarov'],
    ['Boris Johnson', 'Alexander Boris de Pfeffel Johnson'],
  ],
  'Japanese katakana': [
    ['ティムール・ウマロフ', 'Timur Umarov'],
    ['ジョー・バイデン', 'Joe Biden'],
    ['ウラジーミル・プーチン', 'Vladimir Putin'],
    ['ドナルド・トランプ', 'Donald Trump'],
    ['アンゲラ・メルケル', 'Angela Merkel'],
  ],
};

// Different people, several with a similar name or a shared part.
const DIFFERENT_PEOPLE: Pair[] = [
  ['蒂穆尔·乌姆洛夫', 'Alexander Gabuev'],
  ['普京', 'Biden'],
  ['特朗普', 'Johnson'],
  ['Temur Umarov', 'Timur Mukhamedov'],
  ['乔·拜登', 'Temur Umarov'],
  ['拜登', 'Putin'],
  ['马克龙', 'Merkel'],
  ['默克尔', 'Macron'],
  ['哈里斯', 'Harrison'],
  ['约翰逊', 'Jackson'],
  ['习近平', 'Li Qiang'],
  ['王毅', 'Wang Yu'],
  ['赵立坚', 'Zhao Lijun'],
  ['胡锦涛', 'Wen Jiabao'],
  ['王沪宁', 'Wang Yi'],
  ['拉夫罗夫', 'Peskov'],
  ['托卡耶夫', 'Nazarbayev'],
  ['布林肯', 'Blinov'],
  ['安东尼·布林肯', 'Anthony Albanese'],
  ['比尔·盖茨', 'Bill Clinton'],
  ['乔治·布什', 'George Washington'],
  ['Vladimir Putin', 'Vladimir Zelensky'],
  ['Joe Biden', 'Hunter Biden'],
  ['Boris Johnson', 'Lyndon Johnson'],
  ['鲍里斯·约翰逊', 'Boris Yeltsin'],
  ['唐纳德·特朗普', 'Donald Tusk'],
  ['弗拉基米尔·普京', 'Vladimir Lenin'],
  ['Тимур Умаров', 'Timur Mukhamedov'],
  ['ティムール・ウマロフ', 'Alexander Gabuev'],
  ['哈里斯', 'Haley'],
  ['朔尔茨', 'Scholl'],
  ['纳瓦尔尼', 'Navalnaya'],
  ['奥朗德', 'Orlando'],
  ['叶利钦', 'Yermak'],
  ['佩洛西', 'Pence'],
  ['Dmitry Peskov', 'Dmitry Kozak'],
  ['Mikhail Gorbachev', 'Mikhail Mishustin'],
  ['扎卢日内', 'Zelensky'],
];

// Cannot be romanised, too short, or a reading that is not pinyin.
const CANNOT_TELL: Pair[] = [
  ['', 'Temur Umarov'],
  ['😀😀', 'Joe Biden'],
  ['محمد بن سلمان', 'Mohammed bin Salman'],
  ['김정은', 'Kim Jong Un'],
  ['岸田文雄', 'Kishida Fumio'], // Japanese kanji: Kishida Fumio is not pinyin
  ['金正恩', 'Kim Jong Un'], // Korean reading, not pinyin
  ['蔡英文', 'Tsai Ing-wen'], // Wade–Giles, not Hanyu Pinyin
  ['李显龙', 'Lee Hsien Loong'],
  ['马云', 'Jack Ma'], // English given name
  ['王', 'Wang'],
  ['习', 'Xi'],
  ['王毅', 'Wang'], // a Chinese surname alone identifies nobody
  ['乔', 'Joe'],
  ['Li', 'Li'],
];

describe('compareNames: the same person', () => {
  for (const [group, pairs] of Object.entries(SAME_PERSON)) {
    describe(group, () => {
      it.each(pairs)('%s ↔ %s', (a, b) => {
        const r = compareNames(a, b);
        expect(r.result, r.reason).toBe('match');
        // Order of the arguments does not matter.
        expect(compareNames(b, a).result).toBe('match');
      });
    });
  }
});

describe('compareNames: different people', () => {
  it.each(DIFFERENT_PEOPLE)('%s ≠ %s', (a, b) => {
    const r = compareNames(a, b);
    expect(r.result, r.reason).toBe('mismatch');
    expect(compareNames(b, a).result).toBe('mismatch');
  });
});

describe('compareNames: unknown', () => {
  it.each(CANNOT_TELL)('%s ? %s', (a, b) => {
    const r = compareNames(a, b);
    expect(r.result, r.reason).toBe('unknown');
    expect(r.reason.length).toBeGreaterThan(0);
  });
});

describe('compareNames: known limits (fix these and move them up)', () => {
  // Arabic romanisations vary: 卡扎菲 follows Qadhafi, not Gaddafi.
  it.fails('卡扎菲 ↔ Gaddafi', () => expect(compareNames('卡扎菲', 'Gaddafi').result).toBe('match'));
  // An irregular transliteration with an extra n (琴 qin).
  it.fails('克里琴科 ↔ Klitschko', () => expect(compareNames('克里琴科', 'Klitschko').result).toBe('match'));
  // Thai names in Chinese follow Teochew readings.
  it.fails('他信 ↔ Thaksin', () => expect(compareNames('他信', 'Thaksin').result).toBe('match'));
  // t and d are interchangeable in the model (蒂 di is ti), so these collide.
  it.fails('桑德斯 ≠ Santos', () => expect(compareNames('桑德斯', 'Santos').result).not.toBe('match'));
});

describe('compareNames: never throws', () => {
  const odd: unknown[] = [
    '', ' ', '😀', '<b>Temur</b> <i>Umarov</i>', '&nbsp;', 'x'.repeat(10_000), '习'.repeat(10_000), 'Temur '.repeat(2_000),
    '\u0000\u200b', '\ud800', 'a\u0301\u0301\u0301', '١٢٣', '123', 'עברית', '・・・', '·', '-', "O'Brien", '((()))', 'ﾃｨﾑｰﾙ',
    null, undefined, 42, {}, ['Temur'],
  ];
  it('returns a result for odd inputs on either side', () => {
    for (const x of odd) {
      for (const other of ['Temur Umarov', '蒂穆尔·乌姆洛夫', x]) {
        const r1 = compareNames(x as string, other as string);
        const r2 = compareNames(other as string, x as string);
        expect(['match', 'mismatch', 'unknown']).toContain(r1.result);
        expect(['match', 'mismatch', 'unknown']).toContain(r2.result);
      }
      expect(() => romanizeName(x as string)).not.toThrow();
      expect(() => phoneticSkeleton(x as string)).not.toThrow();
      expect(() => phoneticSkeleton(x as string, 'pinyin')).not.toThrow();
    }
  });

  it('ignores markup, entities and full-width letters', () => {
    expect(compareNames('<b>Temur</b> <i>Umarov</i>', '蒂穆尔·乌姆洛夫').result).toBe('match');
    expect(compareNames('Temur&nbsp;Umarov', 'Temur Umarov').result).toBe('match');
    expect(compareNames('Ｔｅｍｕｒ Ｕｍａｒｏｖ', 'Temur Umarov').result).toBe('match');
    expect(compareNames('ﾃｨﾑｰﾙ･ｳﾏﾛﾌ', 'Timur Umarov').result).toBe('match');
  });

  it('calls a 10,000-character string unknown', () => {
    expect(compareNames('x'.repeat(10_000), 'Temur Umarov').result).toBe('unknown');
  });
});

describe('measured accuracy', () => {
  it('matches every real pair and separates every different pair', () => {
    const same = Object.values(SAME_PERSON).flat();
    const hits = same.filter(([a, b]) => compareNames(a, b).result === 'match').length;
    const rejections = DIFFERENT_PEOPLE.filter(([a, b]) => compareNames(a, b).result === 'mismatch').length;
    expect(same.length).toBeGreaterThanOrEqual(40);
    expect(DIFFERENT_PEOPLE.length).toBeGreaterThanOrEqual(25);
    expect(hits / same.length).toBe(1);
    expect(rejections / DIFFERENT_PEOPLE.length).toBe(1);
  });
});

describe('romanizeName', () => {
  it.each([
    ['习近平', 'xi jinping'],
    ['王毅', 'wang yi'],
    ['赵立坚', 'zhao lijian'],
    ['欧阳娜娜', 'ouyang nana'],
    ['曾庆红', 'zeng qinghong'],
    ['解振华', 'xie zhenhua'],
    ['单田芳', 'shan tianfang'],
    ['仇和', 'qiu he'],
    ['吕植', 'lü zhi'],
    ['蒂穆尔·乌姆洛夫', "dimu'er wumuluofu"],
    ['埃尔多安', "ai'erduo'an"],
    ['马克龙', 'makelong'],
    ['Тимур Умаров', 'timur umarov'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Κυριάκος Μητσοτάκης', 'kyriakos mitsotakis'],
    ['ティムール・ウマロフ', 'timuru umarofu'],
    ['Jean-Luc  Picard', 'jean luc picard'],
  ])('%s → %s', (name, roman) => {
    expect(romanizeName(name)).toBe(roman);
  });

  it.each(['', '😀', 'محمد', '김정은', '龘', '岸田ふみお'])('%s → null', (name) => {
    expect(romanizeName(name)).toBeNull();
  });
});

describe('phoneticSkeleton', () => {
  it('gives a Latin name and its Chinese transliteration the same skeleton', () => {
    expect(phoneticSkeleton('Umarov')).toBe('AMLF');
    expect(phoneticSkeleton('wumuluofu', 'pinyin')).toBe('AMLF');
    // The l of Scholz is weak (lowercase) before a consonant; 尔 er supplies it.
    expect(phoneticSkeleton('Scholz')).toBe('SlS');
    expect(phoneticSkeleton("shuo'erci", 'pinyin')).toBe('SLS');
    expect(phoneticSkeleton('Lavrov')).toBe(phoneticSkeleton('lafuluofu', 'pinyin'));
    expect(phoneticSkeleton('Peskov')).toBe(phoneticSkeleton('peisikefu', 'pinyin'));
  });

  it('marks consonants Chinese may drop as weak (lowercase)', () => {
    expect(phoneticSkeleton('Merkel')).toBe('MlGL');
    expect(phoneticSkeleton("moke'er", 'pinyin')).toBe('MKL');
    expect(phoneticSkeleton('mokeer', 'pinyin')).toBe('MKL'); // apostrophe forgotten
  });

  it('keeps name parts apart and reads a leading vowel as A', () => {
    expect(phoneticSkeleton('Temur Umarov')).toBe('TMl AMLF');
    expect(phoneticSkeleton('Erdogan')).toBe('AlTKN');
  });
});

describe('pinyin table', () => {
  it('covers the transliteration set and common name characters', () => {
    expect(Object.keys(PINYIN).length).toBeGreaterThan(2500);
    for (const ch of TRANSLIT_CHARS) expect(PINYIN[ch], ch).toBeDefined();
    for (const ch of '阿埃艾安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹道德邓迪蒂杜多厄恩尔法凡菲费芬丰弗福富盖甘冈戈格古哈海汉豪赫亨胡华霍基吉加贾杰捷金卡凯坎康考科克肯库拉莱赖兰朗劳勒雷里利莉列林琳隆卢鲁路伦罗洛马迈曼梅门米蒙莫姆穆纳奈南内尼涅努诺欧帕佩皮珀普齐奇恰乔切琼萨塞桑瑟沙尚舍什施斯苏索塔泰坦汤特图托瓦万威韦维温沃乌西希夏谢辛休雅亚扬耶伊尤约扎詹朱卓兹佐') {
      expect(TRANSLIT_CHARS.has(ch), ch).toBe(true);
    }
  });

  it('uses name readings for polyphones and keeps the others', () => {
    expect(PINYIN['曾']).toBe('zeng');
    expect(PINYIN['单']).toBe('shan');
    expect(PINYIN['解']).toBe('xie');
    expect(PINYIN['仇']).toBe('qiu');
    expect(pinyinReadings('乐')).toEqual(['yue', 'le']);
    expect(PINYIN_ALT['曾']).toContain('ceng');
  });

  it('has traditional forms', () => {
    expect(PINYIN['羅']).toBe('luo');
    expect(PINYIN['爾']).toBe('er');
    expect(PINYIN['維']).toBe('wei');
    expect(PINYIN['習']).toBe('xi');
    expect(PINYIN['呂']).toBe('lü');
  });
});
