/** The guide's styles, inside its closed shadow root: the page's CSS cannot reach them. */
export const GUIDE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; }
.outline { position: fixed; border: 3px solid #e4572e; border-radius: 6px;
  box-shadow: 0 0 0 4px rgba(228, 87, 46, 0.25); display: none; }
.pointer { position: fixed; width: 0; height: 0; display: none;
  border-left: 12px solid transparent; border-right: 12px solid transparent; border-top: 18px solid #e4572e; }
.panel { position: fixed; right: 16px; bottom: 16px; width: 360px; max-height: calc(100vh - 32px); overflow: auto;
  pointer-events: auto; background: #fff; color: #1d1d1f; border: 1px solid #c8c8cc; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,0.18); padding: 14px 16px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left; }
.panel.left { right: auto; left: 16px; }
.count { font-size: 12px; color: #5a5a60; margin: 0 0 4px; }
.sentence { font-size: 16px; font-weight: 600; margin: 0 0 8px; }
.note { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: #f1f4ff; }
.note.warning { background: #fff1e8; }
.status { margin: 0 0 8px; color: #3a3a40; }
.status.missing { color: #a1260d; font-weight: 600; }
.picture canvas { display: block; max-width: 100%; border: 1px solid #d0d0d4; border-radius: 4px; }
.buttons { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
button { font: inherit; padding: 5px 11px; border-radius: 6px; border: 1px solid #9a9aa0; background: #f6f6f8;
  color: #1d1d1f; cursor: pointer; }
button.primary { background: #1a5fd0; border-color: #1a5fd0; color: #fff; }
button:focus-visible { outline: 3px solid #1a5fd0; outline-offset: 2px; }
`;
