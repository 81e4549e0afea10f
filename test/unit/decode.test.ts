import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../lib/check/decode';

const page = (charsetMeta: string, body: string) => `<!doctype html><html><head>${charsetMeta}<title>${body}</title></head><body><p>${body}</p></body></html>`;

describe('decoding source pages', () => {
  it('uses the Content-Type charset first', () => {
    const bytes = iconv.encode(page('', '哈萨克斯坦的外交政策'), 'gbk');
    const out = decodeBody(bytes, 'text/html; charset=GB2312');
    expect(out.text).toContain('哈萨克斯坦的外交政策');
    expect(out.from).toBe('header');
  });

  it('reads <meta charset> and http-equiv when the header says nothing', () => {
    const big5 = decodeBody(iconv.encode(page('<meta charset="big5">', '哈薩克斯坦外交政策'), 'big5'), 'text/html');
    expect(big5.text).toContain('哈薩克斯坦外交政策');
    expect(big5.from).toBe('meta');
    const sjis = decodeBody(iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', 'カザフスタンの外交'), 'shift_jis'));
    expect(sjis.text).toContain('カザフスタンの外交');
  });

  it('sniffs again when the declared charset decodes into replacement characters (GBK labelled UTF-8)', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">', '风暴过后港口城镇开始重建，渔船已经十天无法出海'), 'gbk');
    for (const out of [decodeBody(bytes, 'text/html; charset=utf-8'), decodeBody(bytes, 'text/html')]) {
      expect(out.text).toContain('风暴过后港口城镇开始重建');
      expect(out.from).toBe('sniffed');
      expect(out.charset).toBe('gb18030');
    }
    // A UTF-8 page with one stray byte keeps its label.
    const utf8 = new TextEncoder().encode(page('<meta charset="utf-8">', '风暴过后港口城镇开始重建'.repeat(20)));
    const stray = new Uint8Array([...utf8.subarray(0, 200), 0xff, ...utf8.subarray(200)]);
    expect(decodeBody(stray, 'text/html; charset=utf-8').from).toBe('header');
  });

  it('reads UTF-16 with a byte-order mark, and without one from its zero bytes', () => {
    const html = page('', 'Ünïcödé 风暴');
    const le = iconv.encode(html, 'utf-16le');
    expect(decodeBody(new Uint8Array([0xff, 0xfe, ...le])).text).toBe(html);
    expect(decodeBody(iconv.encode(html, 'utf-16be')).text).toBe(html);
    expect(decodeBody(le, 'text/html').text).toBe(html);
  });

  it('honours a byte-order mark over everything', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>Ünïcödé</p>')]);
    const out = decodeBody(bytes, 'text/html; charset=iso-8859-1');
    expect(out.text).toBe('<p>Ünïcödé</p>');
    expect(out.from).toBe('bom');
  });

  it('guesses GBK, Big5, Shift_JIS, EUC-KR and windows-1251 from the bytes when nothing is declared', () => {
    const cases: [string, string][] = [
      ['gbk', '美国杂志在其发表的一篇文章中指出，哈萨克斯坦现在正试图悄悄地打破它与莫斯科之间的联盟。'],
      ['big5', '美國雜誌在其發表的一篇文章中指出，哈薩克斯坦現在正試圖悄悄地打破它與莫斯科之間的聯盟。'],
      ['shift_jis', 'カザフスタンはロシアとの同盟から静かに離れようとしている、と雑誌は書いている。'],
      ['euc-kr', '카자흐스탄은 러시아와의 동맹에서 조용히 벗어나려 하고 있다고 잡지는 썼다.'],
      ['windows-1251', 'Казахстан пытается тихо выйти из союза с Москвой, пишет журнал.'],
    ];
    for (const [charset, text] of cases) {
      const out = decodeBody(iconv.encode(page('', text), charset), 'text/html');
      expect(out.text, charset).toContain(text);
      expect(out.from, charset).toBe('sniffed');
    }
  });

  it('keeps plain UTF-8 as UTF-8', () => {
    const out = decodeBody(new TextEncoder().encode(page('', 'Temur Umarov — Карнеги')));
    expect(out.charset).toBe('utf-8');
    expect(out.text).toContain('Temur Umarov — Карнеги');
  });
});
