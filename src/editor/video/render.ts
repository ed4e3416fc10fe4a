/**
 * Renders a procedure as a video walkthrough in the editor page: for each segment of the timeline
 * one still picture is drawn (a card, or a step's screenshot with its marker, note and caption),
 * then each frame copies it and adds the pointer, and is encoded at once. One screenshot is
 * decoded at a time and let go after its step, so memory stays flat however long the procedure.
 */
import { images } from '../../shared/db';
import { displayTitle } from '../../shared/export/document';
import { fileStem } from '../../shared/export/file-name';
import { loadProcedure, nextTask } from '../../shared/export/load';
import { english, type Messages } from '../../shared/i18n/catalog';
import type { Procedure, Step } from '../../shared/model';
import { frameLayout, type StepPicture, stepPicture } from '../../shared/video/layout';
import { pointerAt, pointerStart, pointerTiming } from '../../shared/video/pointer';
import { endCard, stepText, titleCard, type Walkthrough, walkthrough } from '../../shared/video/script';
import { FRAME_SIZE, type VideoSettings } from '../../shared/video/settings';
import { frameTimes, type Segment } from '../../shared/video/timeline';
import { type CodecChoice, chooseCodec } from './codec';
import { drawCard, drawPointer, drawStill } from './draw';
import { FrameEncoder } from './encoder';

export interface RenderOptions {
  settings: VideoSettings;
  messages?: Messages;
  /** Segments drawn so far out of all (title card, steps, end card). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** The codec to use; chosen for the frame size when absent. */
  codec?: CodecChoice;
}

export interface RenderedVideo extends Walkthrough {
  blob: Blob;
  codec: CodecChoice;
  /** Without extension; the chapters file is `<stem>.chapters.vtt`. */
  stem: string;
  fileName: string;
}

export class VideoUnavailableError extends Error {
  constructor(
    readonly reason: 'no-webcodecs' | 'no-codec',
    message: string,
  ) {
    super(message);
  }
}

interface Motion {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/** Decodes a step's stored screenshot, or undefined when it has none or it cannot be decoded. */
async function decode(step: Step): Promise<ImageBitmap | undefined> {
  if (!step.image) return undefined;
  const stored = await images.get(step.image.imageId);
  if (!stored) return undefined;
  try {
    return await createImageBitmap(stored.blob);
  } catch {
    return undefined;
  }
}

export async function renderVideo(procedureId: string, options: RenderOptions): Promise<RenderedVideo> {
  const m = options.messages ?? english;
  const { settings, signal } = options;
  const size = FRAME_SIZE[settings.resolution];
  const codec = options.codec ?? (await chooseCodec(size));
  if (typeof codec === 'string') {
    throw new VideoUnavailableError(
      codec,
      m.t(codec === 'no-webcodecs' ? 'videoNoWebCodecs' : 'videoNoCodec'),
    );
  }
  const { procedure, steps } = await loadProcedure(procedureId, m);
  const plan = walkthrough(steps, settings.pace, m);
  const layout = frameLayout(size);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const still = new OffscreenCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d', { alpha: false });
  const stillCtx = still.getContext('2d', { alpha: false });
  if (!ctx || !stillCtx) throw new Error(m.t('videoFailed'));

  const title = displayTitle(procedure, m);
  const encoder = new FrameEncoder(codec, title, m.t('videoFailed'));
  try {
    await encoder.start();
    const total = plan.timeline.segments.length;
    for (const [i, segment] of plan.timeline.segments.entries()) {
      signal?.throwIfAborted();
      const motion = await drawSegment(stillCtx, segment, procedure, steps, m, settings);
      const timing = pointerTiming(segment.duration);
      const motionEnd = motion ? timing.pressEnd : 0;
      // Once the pointer has come to rest the picture no longer changes: later frames reuse the
      // first resting frame's pixels instead of drawing and reading the canvas back again.
      let resting: VideoFrame | undefined;
      try {
        for (const [f, frame] of frameTimes(segment.duration, motionEnd, timing.glideStart).entries()) {
          signal?.throwIfAborted();
          const at = {
            timestamp: Math.round((segment.start + frame.at) * 1e6),
            duration: Math.round(frame.duration * 1e6),
          };
          let video: VideoFrame;
          if (resting) video = new VideoFrame(resting, at);
          else {
            ctx.drawImage(still, 0, 0);
            if (motion)
              drawPointer(ctx, layout, pointerAt(frame.at, segment.duration, motion.from, motion.to));
            video = new VideoFrame(canvas, at);
            if (frame.at >= motionEnd) resting = video.clone();
          }
          // A key frame at every segment's start, so a player jumping to a chapter lands on it exactly.
          await encoder.add(video, f === 0);
        }
      } finally {
        resting?.close();
      }
      options.onProgress?.(i + 1, total);
      // Let the page paint the progress and take a press of Cancel.
      await nextTask();
    }
    signal?.throwIfAborted();
    const blob = await encoder.finish();
    const stem = fileStem(title);
    return { ...plan, blob, codec, stem, fileName: `${stem}.${codec.extension}` };
  } catch (error) {
    await encoder.cancel();
    throw error;
  }
}

/** Draws the segment's still picture; returns the pointer's movement when it has one. */
async function drawSegment(
  ctx: OffscreenCanvasRenderingContext2D,
  segment: Segment,
  procedure: Procedure,
  steps: readonly Step[],
  m: Messages,
  settings: VideoSettings,
): Promise<Motion | undefined> {
  const layout = frameLayout(FRAME_SIZE[settings.resolution]);
  if (segment.kind === 'title') return void drawCard(ctx, layout, titleCard(procedure, steps.length, m));
  if (segment.kind === 'end') return void drawCard(ctx, layout, endCard(procedure, m));
  const index = segment.step ?? 0;
  const step = steps[index] as Step;
  const bitmap = await decode(step);
  try {
    let picture: StepPicture | undefined;
    if (bitmap)
      picture = stepPicture(step, procedure, { width: bitmap.width, height: bitmap.height }, layout.stage);
    drawStill(ctx, layout, {
      ...stepText(step, index, m),
      picture,
      image: bitmap,
      noPicture: m.t('videoNoPicture'),
      annotations: step.annotations,
    });
    const to = picture?.target;
    return settings.pointer && to ? { from: pointerStart(to, layout.stage), to } : undefined;
  } finally {
    bitmap?.close();
  }
}
