/** What the renderers take: a procedure, its steps in order, and the images they can show. */
import { english, type Messages } from '../i18n/catalog';
import type { AccessItem, Procedure, Step, TroubleEntry } from '../model';
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

/**
 * A step's decision as every format shows it: "If `condition`: do this step; otherwise go to step
 * `otherwiseNumber`" (or, without one, "otherwise skip it").
 */
export interface ShownDecision {
  condition: string;
  /** 1-based number of the step to go to when the condition does not hold. */
  otherwiseNumber?: number;
}

/** Step id → its 1-based number in `steps`, to show where a decision leads. */
export function stepNumbers(steps: readonly Step[]): Map<string, number> {
  return new Map(steps.map((step, i) => [step.id, i + 1]));
}

/** `step`'s decision, its link read through `numbers`; undefined without one or with a blank condition. */
export function shownDecision(step: Step, numbers: ReadonlyMap<string, number>): ShownDecision | undefined {
  const condition = step.decision?.condition.trim();
  if (!condition) return undefined;
  const target = step.decision?.otherwise;
  const otherwiseNumber = target === undefined ? undefined : numbers.get(target);
  return otherwiseNumber === undefined ? { condition } : { condition, otherwiseNumber };
}

/** "When something goes wrong": entries with words in them, trimmed, in the person's order. */
export function shownTroubleshooting(procedure: Procedure): TroubleEntry[] {
  // `?? []`: a record from before migration 4, still held by a page that loaded it earlier.
  return (procedure.troubleshooting ?? [])
    .map((e) => ({ problem: e.problem.trim(), whatToDo: e.whatToDo.trim() }))
    .filter((e) => e.problem || e.whatToDo);
}

/** "Access needed": items with words in them, trimmed, in the person's order. */
export function shownAccess(procedure: Procedure): AccessItem[] {
  return (procedure.access ?? [])
    .map((a) => ({ what: a.what.trim(), sentSeparately: a.sentSeparately }))
    .filter((a) => a.what);
}
