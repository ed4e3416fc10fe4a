/**
 * Frames in, a video file out: a WebCodecs VideoEncoder feeding mediabunny's muxer. Each frame is
 * encoded as it is drawn and closed at once; `add` waits while the encoder's queue is full, so a
 * long procedure never piles up raw frames in memory. The encoded file is held in memory (a
 * still screenshot encodes to a few kB), then handed out as one Blob.
 */
import {
  BufferTarget,
  EncodedPacket,
  EncodedVideoPacketSource,
  Mp4OutputFormat,
  Output,
  WebMOutputFormat,
} from 'mediabunny';
import type { CodecChoice } from './codec';

/** Raw frames the encoder may hold at once before `add` waits for it. */
const MAX_QUEUE = 4;

export class FrameEncoder {
  private readonly encoder: VideoEncoder;
  private readonly output: Output<Mp4OutputFormat | WebMOutputFormat, BufferTarget>;
  private readonly source: EncodedVideoPacketSource;
  /** Packets go to the muxer in the order the encoder emits them. */
  private muxing: Promise<void> = Promise.resolve();
  private failure: unknown;
  private closed = false;

  /** `failed` is the sentence shown when the muxer hands back no file. */
  constructor(
    private readonly choice: CodecChoice,
    title: string,
    private readonly failed: string,
  ) {
    const format =
      choice.container === 'mp4'
        ? // Index at the front, so a player (or a data: URI in the HTML export) can start at once.
          new Mp4OutputFormat({ fastStart: 'in-memory' })
        : new WebMOutputFormat();
    this.output = new Output({ format, target: new BufferTarget() });
    this.source = new EncodedVideoPacketSource(choice.codec);
    this.output.addVideoTrack(this.source);
    if (title) this.output.setMetadataTags({ title });
    this.encoder = new VideoEncoder({
      output: (chunk, meta) => {
        const packet = EncodedPacket.fromEncodedChunk(chunk);
        this.muxing = this.muxing
          .then(() => this.source.add(packet, meta))
          .catch((error: unknown) => {
            this.failure ??= error;
          });
      },
      error: (error) => {
        this.failure ??= error;
      },
    });
    this.encoder.configure(choice.config);
  }

  start(): Promise<void> {
    return this.output.start();
  }

  /** Encodes one drawn frame (and closes it); resolves when the encoder can take another. */
  async add(frame: VideoFrame, keyFrame: boolean): Promise<void> {
    try {
      this.check();
      this.encoder.encode(frame, { keyFrame });
    } finally {
      frame.close();
    }
    while (this.encoder.encodeQueueSize > MAX_QUEUE && !this.failure) {
      await new Promise<void>((resolve) =>
        this.encoder.addEventListener('dequeue', () => resolve(), { once: true }),
      );
    }
    this.check();
  }

  /** Flushes the encoder, finishes the file and returns it. */
  async finish(): Promise<Blob> {
    this.check();
    await this.encoder.flush();
    await this.muxing;
    this.check();
    this.encoder.close();
    this.closed = true;
    this.source.close();
    await this.output.finalize();
    const buffer = this.output.target.buffer;
    if (!buffer) throw new Error(this.failed);
    return new Blob([buffer], { type: this.choice.mimeType });
  }

  /** Stops at once and lets go of everything encoded so far. */
  async cancel(): Promise<void> {
    if (!this.closed && this.encoder.state !== 'closed') this.encoder.close();
    this.closed = true;
    await this.output.cancel().catch(() => undefined);
  }

  private check(): void {
    if (this.failure) throw this.failure instanceof Error ? this.failure : new Error(String(this.failure));
  }
}
