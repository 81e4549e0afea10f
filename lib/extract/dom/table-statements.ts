import { cleanText } from '../../text/clean';

/**
 * Tables and definition lists read as statements a reader would make of them:
 * each data cell with its row and column headers ("Tourist spending, Q1 2019,
 * Value (EUR million): 171 million"), the unit or scale its headers give
 * (million, thousand, %, 万, 亿) written after the figure so that "€171
 * million" in a claim finds it; each <dt> with its <dd>.
 */

// A data table has short cells; longer ones are a layout table holding prose.
const MAX_CELL = 200;
const MAX_ROWS = 2000;
const PLAIN_NUMBER = /^[-+−–]?\d[\d,.\s]*$/;

/** The unit a header puts on the plain numbers under it, as written after a figure. */
export function unitOf(header: string): string {
  if (/%|％|\bper ?cent\b|\bpercent(?:age)?\b|百分比/i.test(header)) return '%';
  const zh = /(万|萬|亿|億)/.exec(header);
  if (zh) return zh[1]!;
  const m = /\b(thousands?|millions?|billions?|trillions?|bn|mn)\b/i.exec(header);
  if (m) {
    const w = m[1]!.toLowerCase();
    return ` ${w.startsWith('thousand') ? 'thousand' : w.startsWith('million') || w === 'mn' ? 'million' : w.startsWith('billion') || w === 'bn' ? 'billion' : 'trillion'}`;
  }
  if (/\(\s*['’]?000s?\s*\)|\b000s\b/.test(header)) return ' thousand';
  return '';
}

function withUnit(value: string, headers: readonly string[]): string {
  if (!PLAIN_NUMBER.test(value)) return value;
  for (const h of headers) {
    const unit = unitOf(h);
    if (unit) return `${value.replace(/\s+/g, '')}${unit}`;
  }
  return value;
}

interface Cell {
  text: string;
  header: boolean;
}

/** The table as a grid, spans repeated into every slot they cover; nested tables are not this table's. */
function grid(table: Element): Cell[][] {
  const rows = Array.from(table.querySelectorAll('tr'))
    .filter((tr) => tr.closest('table') === table)
    .slice(0, MAX_ROWS);
  const out: Cell[][] = [];
  const pending: (Cell & { left: number })[] = [];
  rows.forEach((tr, r) => {
    const row: Cell[] = (out[r] ??= []);
    let col = 0;
    const skipFilled = () => {
      while (row[col]) col++;
    };
    for (let c = 0; c < pending.length; c++) {
      const p = pending[c];
      if (p && p.left > 0) {
        row[c] = { text: p.text, header: p.header };
        p.left--;
      }
    }
    for (const cell of Array.from(tr.children)) {
      if (cell.localName !== 'td' && cell.localName !== 'th') continue;
      skipFilled();
      const text = cleanText(cell.textContent);
      const header = cell.localName === 'th' || !!cell.closest('thead');
      const colspan = Math.min(50, Math.max(1, Number(cell.getAttribute('colspan')) || 1));
      const rowspan = Math.min(MAX_ROWS, Math.max(1, Number(cell.getAttribute('rowspan')) || 1));
      for (let k = 0; k < colspan; k++) {
        row[col] = { text, header };
        if (rowspan > 1) pending[col] = { text, header, left: rowspan - 1 };
        col++;
      }
    }
  });
  return out.map((row) => Array.from(row, (c) => c ?? { text: '', header: false }));
}

/** Statements for a data table, or [] when it is not one (a layout table, a single row or column, no headers). */
export function tableStatements(table: Element): string[] {
  const cells = grid(table);
  if (cells.length < 2 || cells.some((row) => row.some((c) => c.text.length > MAX_CELL))) return [];
  const width = Math.max(...cells.map((r) => r.length));
  if (width < 2) return [];
  // Header rows: leading rows of header cells (or <thead>); header columns: leading columns of <th> in the body.
  let headRows = 0;
  while (headRows < cells.length - 1 && cells[headRows]!.every((c) => c.header || !c.text)) headRows++;
  // No <th> or <thead>: a first row of words above columns of figures is the header row.
  const figures = (rows: Cell[][]) => rows.some((r) => r.slice(1).some((c) => PLAIN_NUMBER.test(c.text)));
  if (!headRows && cells[0]!.every((c) => c.text && !PLAIN_NUMBER.test(c.text)) && figures(cells.slice(1))) headRows = 1;
  const body = cells.slice(headRows);
  let headCols = 0;
  while (headCols < width - 1 && body.every((r) => r[headCols]?.header || !r[headCols]?.text)) headCols++;
  // No <th> down the side: a first column of words beside columns of figures names its rows.
  if (!headCols && body.every((r) => r[0]?.text && !PLAIN_NUMBER.test(r[0].text)) && figures(body)) headCols = 1;
  if (!headRows && !headCols) return [];
  const caption = cleanText(table.querySelector('caption')?.textContent);
  const colHeader = (c: number) => unique(cells.slice(0, headRows).map((r) => r[c]?.text ?? '')).join(', ');
  const out: string[] = [];
  for (const row of body) {
    const rowHeader = unique(row.slice(0, headCols).map((c) => c.text)).join(', ');
    for (let c = headCols; c < row.length; c++) {
      const value = row[c]!.text;
      if (!value) continue;
      const column = colHeader(c);
      const label = unique([caption, rowHeader, column]).join(', ');
      out.push(`${label}: ${withUnit(value, [column, rowHeader, caption])}.`);
    }
  }
  return out;
}

/** "Term: definition" for each <dt> and the <dd>s after it. */
export function definitionStatements(dl: Element): string[] {
  const out: string[] = [];
  let terms: string[] = [];
  let lastWasTerm = false;
  for (const el of Array.from(dl.querySelectorAll('dt, dd')).filter((e) => e.closest('dl') === dl)) {
    const text = cleanText(el.textContent);
    if (el.localName === 'dt') {
      if (!lastWasTerm) terms = [];
      if (text) terms.push(text);
      lastWasTerm = true;
    } else {
      lastWasTerm = false;
      if (!text) continue;
      const term = terms.join(', ');
      out.push(term ? `${term}: ${withUnit(text, terms)}${/[.!?。！？]$/.test(text) ? '' : '.'}` : text);
    }
  }
  return out;
}

function unique(parts: string[]): string[] {
  return [...new Set(parts.filter(Boolean))];
}
