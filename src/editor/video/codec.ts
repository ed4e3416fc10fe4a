/**
 * Which video the browser can make: MP4 with H.264 when its WebCodecs encoder takes the frame
 * size, else WebM with VP9, else none and why. Asked with VideoEncoder.isConfigSupported, which
 * answers for this browser and machine (a Chromium without proprietary codecs has no H.264).
 */
import type { FrameSize } from '../../shared/video/settings';

export type Container = 'mp4' | 'webm';

export interface CodecChoice {
  container: Container;
  /** mediabunny's name for the codec. */
  codec: 'avc' | 'vp9';
  config: VideoEncoderConfig;
  mimeType: string;
  extension: string;
}

/** Why no video can be made: no WebCodecs at all, or no encoder for either codec at this size. */
export type Unavailable = 'no-webcodecs' | 'no-codec';

/** Enough for sharp text on still screenshots; a still frame costs almost nothing at any rate. */
const BITS_PER_PIXEL_SECOND = 2.5;

/**
 * H.264 High, Main and Constrained Baseline at level 4.0 (up to 1920×1080), then VP9 profile 0 at
 * level 4.0. The first the encoder accepts wins.
 */
const CANDIDATES: ReadonlyArray<Omit<CodecChoice, 'config'> & { codecString: string }> = [
  { container: 'mp4', codec: 'avc', codecString: 'avc1.640028', mimeType: 'video/mp4', extension: 'mp4' },
  { container: 'mp4', codec: 'avc', codecString: 'avc1.4d0028', mimeType: 'video/mp4', extension: 'mp4' },
  { container: 'mp4', codec: 'avc', codecString: 'avc1.420028', mimeType: 'video/mp4', extension: 'mp4' },
  {
    container: 'webm',
    codec: 'vp9',
    codecString: 'vp09.00.40.08',
    mimeType: 'video/webm',
    extension: 'webm',
  },
  {
    container: 'webm',
    codec: 'vp9',
    codecString: 'vp09.00.10.08',
    mimeType: 'video/webm',
    extension: 'webm',
  },
];

function configFor(codecString: string, codec: CodecChoice['codec'], size: FrameSize): VideoEncoderConfig {
  return {
    codec: codecString,
    width: size.width,
    height: size.height,
    bitrate: Math.round(size.width * size.height * BITS_PER_PIXEL_SECOND),
    bitrateMode: 'variable',
    latencyMode: 'quality',
    // mediabunny writes MP4 from length-prefixed NAL units with the decoder description.
    ...(codec === 'avc' ? { avc: { format: 'avc' as const } } : {}),
  };
}

export async function chooseCodec(size: FrameSize): Promise<CodecChoice | Unavailable> {
  if (typeof VideoEncoder === 'undefined' || typeof VideoFrame === 'undefined') return 'no-webcodecs';
  for (const { codecString, ...rest } of CANDIDATES) {
    const config = configFor(codecString, rest.codec, size);
    try {
      const { supported } = await VideoEncoder.isConfigSupported(config);
      if (supported) return { ...rest, config };
    } catch {
      // A codec string this browser does not parse: try the next one.
    }
  }
  return 'no-codec';
}
