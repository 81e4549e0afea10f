/** Styles inside each badge's shadow root: nothing leaks in from the page or out to it. */
export const BADGE_CSS = `
:host { all: initial; display: inline-block; position: relative; vertical-align: baseline; line-height: 1; margin-left: 0.2em; }
button {
  all: initial; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center; gap: 0.25em;
  font: 600 0.68em/1 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif;
  padding: 0.2em 0.45em; border-radius: 1em; border: 1px solid currentColor; white-space: nowrap;
  color: #57606a; background: #f6f8fa;
}
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
/* A fixed box: the badge's size must not tell the page the verdict. */
.icon { font-size: 1.05em; display: inline-block; width: 1.1em; height: 1em; overflow: hidden; text-align: center; }
[data-status="supported"] button { color: #1a7f37; background: #dafbe1; }
[data-status="partial"] button { color: #7d4e00; background: #fff1c2; }
[data-status="mismatch"] button, [data-status="unreachable"] button, [data-status="gone"] button { color: #b42318; background: #ffe2e0; }
[data-status="unavailable"] button { color: #7d4e00; background: #fff1c2; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; width: min(22rem, calc(100vw - 16px)); max-height: 60vh; overflow: auto;
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif; color: #1b1f24; background: #fff;
  border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 10px 12px; text-align: left; white-space: normal;
}
.card[hidden] { display: none; }
.card h2 { font-size: 14px; margin: 0 0 4px; line-height: 1.3; }
.card p { margin: 4px 0; }
.card ul { margin: 4px 0; padding-left: 16px; }
.card .meta { color: #59636e; }
.card .verdict { font-weight: 700; }
.card a { color: #0b5cad; }
@media (prefers-color-scheme: dark) {
  button { color: #a5b0bb; background: #262c34; }
  [data-status="supported"] button { color: #56d364; background: #12361f; }
  [data-status="partial"] button { color: #e3b341; background: #3b2e0a; }
  [data-status="mismatch"] button, [data-status="unreachable"] button, [data-status="gone"] button { color: #ff7b72; background: #4a1613; }
  [data-status="unavailable"] button { color: #e3b341; background: #3b2e0a; }
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; }
  .card .meta { color: #9da7b3; }
  .card a { color: #58a6ff; }
}
`;
