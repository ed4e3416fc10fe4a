/**
 * Draws a step's screenshot in the panel: decoded from bytes into a canvas (no URL is loaded, so
 * a page's Content-Security-Policy cannot block it), cropped to the focused view, marker drawn.
 */
import type { GuidePicture } from '../../shared/guide-protocol';

const WIDTH = 326;

export async function drawPicture(picture: GuidePicture, canvas: HTMLCanvasElement): Promise<void> {
  const bytes = Uint8Array.from(atob(picture.base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: picture.type }));
  const crop = picture.crop ?? { x: 0, y: 0, width: picture.width, height: picture.height };
  const scale = Math.min(1, WIDTH / crop.width);
  canvas.width = Math.round(crop.width * scale);
  canvas.height = Math.round(crop.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.drawImage(bitmap, crop.x, crop.y, crop.width, crop.height, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const m = picture.marker;
  if (m) {
    ctx.strokeStyle = '#e4572e';
    ctx.lineWidth = 3;
    ctx.strokeRect(
      (m.left / 100) * canvas.width,
      (m.top / 100) * canvas.height,
      (m.width / 100) * canvas.width,
      (m.height / 100) * canvas.height,
    );
  }
}
