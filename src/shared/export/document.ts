/** What the renderers take: a procedure, its steps in order, and the images they can show. */
import { english, type Messages } from '../i18n/catalog';
import type { Procedure, Step } from '../model';
import type { ExportBranding } from './branding';
import type { ImageInfo } from './image-info';
import type { HtmlVideo } from './video';

export interface ExportImage extends ImageInfo {
  /** `data:image/…;base64,…` built by the exporter from the stored bytes. */
  src: string;
}

export interface ExportDocument {
  procedure: Procedure;
  /** In display order. */
  steps: readonly Step[];
  /** By stored image id; a step whose image is absent here is shown without a screenshot. */
  images: ReadonlyMap<string, ExportImage>;
  /** The language the file is written in, chosen by the person; English when absent. */
  messages?: Messages;
  /** The video walkthrough, when the person asked for it in the file. */
  video?: HtmlVideo;
  /** The logo and footer set in the library's settings, when the person includes them. */
  branding?: ExportBranding;
}

/** Only data: URIs of the three screenshot types ever become an `src`, whatever the caller passes. */
const DATA_URI = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]*={0,2}$/;

export function isImageDataUri(src: string): boolean {
  return DATA_URI.test(src);
}

/** The title shown and used for file names; a procedure may have none yet. */
export function displayTitle(procedure: Procedure, m: Messages = english): string {
  return procedure.title.trim() || m.t('untitledProcedure');
}
