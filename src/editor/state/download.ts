/** Hands a Blob to the browser as a download or to the print dialog, from the editor page. */
import { t } from '../../shared/i18n';

/** Long enough for the browser to start reading the Blob; the URL is useless after that. */
const REVOKE_AFTER_MS = 30_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * Prints the exported document itself, so the PDF is exactly what is handed off. It is loaded from
 * a Blob URL into a hidden iframe: a Blob URL made by this page has this page's origin, so the
 * page may call the frame's print(), and the export contains no script for the extension's
 * `script-src 'self'` to block. (srcdoc would work the same way, but copies a string of many MB.)
 */
export function printBlob(blob: Blob): Promise<void> {
  // A frame whose dialog never reported closing (headless, some platforms) goes before the next one.
  for (const old of document.querySelectorAll('iframe[data-print-frame]')) old.remove();
  const url = URL.createObjectURL(blob);
  const frame = document.createElement('iframe');
  frame.dataset.printFrame = '';
  frame.title = t('editorPrintFrame');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  return new Promise<void>((resolve, reject) => {
    frame.onload = () => {
      const win = frame.contentWindow;
      if (!win) {
        reject(new Error(t('editorPrintFailed')));
        return;
      }
      const cleanUp = () => {
        frame.remove();
        URL.revokeObjectURL(url);
      };
      // print() blocks until the dialog closes in Chrome; afterprint covers browsers where it does not.
      win.addEventListener('afterprint', cleanUp, { once: true });
      win.focus();
      win.print();
      resolve();
    };
    frame.onerror = () => reject(new Error(t('editorPrintFailed')));
    frame.src = url;
    document.body.append(frame);
  });
}
