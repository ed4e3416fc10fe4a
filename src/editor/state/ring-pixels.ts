/**
 * Colours of a stored screenshot at points given in the page's CSS pixels, for comparing the
 * surroundings of a covered region across steps (shared/edit/same-element.ts). One decode and one
 * read of the points' bounding box per image.
 */
import type { Rgb } from '../../shared/edit';

export async function coloursAt(
  blob: Blob,
  image: { width: number; height: number },
  viewportWidth: number,
  points: ReadonlyArray<{ x: number; y: number }>,
): Promise<Rgb[]> {
  if (points.length === 0) return [];
  // Image pixels per CSS pixel: the pixel ratio times any zoom, as the image itself says.
  const scale = image.width / viewportWidth;
  const px = points.map(({ x, y }) => ({
    x: Math.min(image.width - 1, Math.max(0, Math.floor(x * scale))),
    y: Math.min(image.height - 1, Math.max(0, Math.floor(y * scale))),
  }));
  const x1 = Math.min(...px.map((p) => p.x));
  const y1 = Math.min(...px.map((p) => p.y));
  const width = Math.max(...px.map((p) => p.x)) - x1 + 1;
  const height = Math.max(...px.map((p) => p.y)) - y1 + 1;
  const bitmap = await createImageBitmap(blob);
  try {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return [];
    ctx.drawImage(bitmap, x1, y1, width, height, 0, 0, width, height);
    const data = ctx.getImageData(0, 0, width, height).data;
    return px.map(({ x, y }) => {
      const i = ((y - y1) * width + (x - x1)) * 4;
      return { r: data[i]!, g: data[i + 1]!, b: data[i + 2]! };
    });
  } finally {
    bitmap.close();
  }
}
