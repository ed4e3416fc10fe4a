/**
 * A downloaded video, read back with Debian's ffmpeg: what ffprobe says about its container and
 * stream, and single frames decoded to raw RGB at chosen times, to look at their pixels.
 */
import { execFileSync } from 'node:child_process';

/** Runs an ffmpeg tool, saying how to get it when it is not installed. */
function run(tool: 'ffprobe' | 'ffmpeg', args: string[], options: { maxBuffer?: number } = {}): Buffer {
  try {
    return execFileSync(tool, args, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is not installed: apt-get install -y ffmpeg (.ci/run does it when missing)`);
    throw error;
  }
}

export interface Probe {
  /** ffprobe's format name: `mov,mp4,m4a,3gp,3g2,mj2` or `matroska,webm`. */
  formatName: string;
  /** Seconds. */
  duration: number;
  codec: string;
  width: number;
  height: number;
  frames: number;
}

export function probe(file: string): Probe {
  const out = run('ffprobe', [
    '-v',
    'error',
    '-count_frames',
    '-show_entries',
    'format=format_name,duration:stream=codec_name,width,height,nb_read_frames',
    '-of',
    'json',
    file,
  ]).toString('utf8');
  const json = JSON.parse(out) as {
    format: { format_name: string; duration: string };
    streams: { codec_name: string; width: number; height: number; nb_read_frames: string }[];
  };
  const stream = json.streams[0];
  if (!stream || json.streams.length !== 1) throw new Error(`expected one stream, ffprobe saw ${out}`);
  return {
    formatName: json.format.format_name,
    duration: Number(json.format.duration),
    codec: stream.codec_name,
    width: stream.width,
    height: stream.height,
    frames: Number(stream.nb_read_frames),
  };
}

export interface RgbFrame {
  width: number;
  height: number;
  data: Buffer;
}

/** The frame shown at `seconds`, as packed RGB. */
export function frameAt(file: string, seconds: number, width: number, height: number): RgbFrame {
  const data = run(
    'ffmpeg',
    [
      '-v',
      'error',
      '-ss',
      seconds.toFixed(3),
      '-i',
      file,
      '-frames:v',
      '1',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      'pipe:1',
    ],
    { maxBuffer: width * height * 3 + 1024 },
  );
  if (data.length !== width * height * 3) throw new Error(`frame at ${seconds}s: ${data.length} bytes`);
  return { width, height, data };
}

export function rgbAt(frame: RgbFrame, x: number, y: number): { r: number; g: number; b: number } {
  const i = (Math.round(y) * frame.width + Math.round(x)) * 3;
  return { r: frame.data[i]!, g: frame.data[i + 1]!, b: frame.data[i + 2]! };
}

/** Mean absolute difference per channel between the same rectangle of two frames, 0–255. */
export function cropDifference(
  a: RgbFrame,
  b: RgbFrame,
  box: { x: number; y: number; width: number; height: number },
): number {
  let sum = 0;
  let n = 0;
  for (let y = Math.round(box.y); y < Math.round(box.y + box.height); y++) {
    for (let x = Math.round(box.x); x < Math.round(box.x + box.width); x++) {
      const i = (y * a.width + x) * 3;
      for (let c = 0; c < 3; c++) sum += Math.abs(a.data[i + c]! - b.data[i + c]!);
      n += 3;
    }
  }
  return n ? sum / n : 0;
}

/** Share of pixels in the rectangle close to `rgb` (every channel within `tolerance`). */
export function shareNear(
  frame: RgbFrame,
  box: { x: number; y: number; width: number; height: number },
  rgb: { r: number; g: number; b: number },
  tolerance: number,
): number {
  let near = 0;
  let n = 0;
  for (let y = Math.round(box.y); y < Math.round(box.y + box.height); y++) {
    for (let x = Math.round(box.x); x < Math.round(box.x + box.width); x++) {
      const p = rgbAt(frame, x, y);
      if (
        Math.abs(p.r - rgb.r) <= tolerance &&
        Math.abs(p.g - rgb.g) <= tolerance &&
        Math.abs(p.b - rgb.b) <= tolerance
      )
        near++;
      n++;
    }
  }
  return n ? near / n : 0;
}
