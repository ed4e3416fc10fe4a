/**
 * The procedure model. Everything stored, rendered or exported is one of these shapes, inferred
 * from the one schema in shared/schema/ (which says what each field means). A Step is a union
 * discriminated by `type`, in the spirit of recorder formats such as puppeteer/replay: the data
 * needed to replay or describe the action, never a sentence alone.
 */
import type * as v from 'valibot';
import type { CAPTURE_MODES, NOTE_KINDS, SECRET_KINDS } from './schema/enums';
import type {
  AccessSchema,
  FileStepSchema,
  IntroSchema,
  ProcedureSchema,
  shapes,
  TroubleSchema,
} from './schema/file';

export { SCREENSHOT_VIEWS, SELECT_WIDGETS, STEP_TYPES } from './schema/enums';

/** Bumped when the stored or exported shape of a Procedure or Step changes. */
export const MODEL_VERSION = 1;

type Shape<S extends v.GenericSchema> = v.InferOutput<S>;

export type Rect = Shape<typeof shapes.rect>;
/** The page's viewport when the step happened: needed to place the marker on the screenshot. */
export type Viewport = Shape<typeof shapes.viewport>;
/** What the person acted on, described as a person would see it. */
export type Target = Shape<typeof shapes.target>;
export type ScreenshotView = Shape<typeof shapes.view>;
export type NoteKind = (typeof NOTE_KINDS)[number];
export type StepNote = Shape<typeof shapes.note>;
export type CaptureMode = (typeof CAPTURE_MODES)[number];
export type StepImage = Shape<typeof shapes.image>;
/** Set when the recorder could not do its job for this step, so the gap is visible. */
export type StepProblem = Shape<typeof shapes.problem>;
export type SecretKind = (typeof SECRET_KINDS)[number];
/** An arrow, box, callout or badge drawn on a step's screenshot (schema/annotation.ts). */
export type Annotation = Shape<typeof shapes.annotation>;
export type AnnotationKind = Annotation['kind'];
export type AnnotationColour = Annotation['colour'];

/** Where a step is kept: per-database ids, and a sort key (recorded steps use the event time). */
export interface Stored {
  id: string;
  procedureId: string;
  position: number;
}

/** A step as a file holds it: a decision names its "otherwise" step by index in `steps`. */
export type FileStep = Shape<typeof FileStepSchema>;
/**
 * "If …; otherwise go to step N" as stored: `otherwise` is the id of a step of the same procedure,
 * so moving steps keeps the link; deleting that step drops it (shared/edit/decision-edits.ts).
 */
export type StepDecision = Shape<typeof shapes.storedDecision>;
/** The file's step with its decision linked by step id, the one thing storage and files name differently. */
type LinkedById<S> = S extends unknown ? Omit<S, 'decision'> & { decision?: StepDecision } : never;
export type Step = LinkedById<FileStep> & Stored;
export type StepType = Step['type'];
export type ClickStep = Extract<Step, { type: 'click' }>;
/** One edit of a text field, ended by Tab, a click elsewhere, or Enter. */
export type TypeStep = Extract<Step, { type: 'type' }>;
export type SelectStep = Extract<Step, { type: 'select' }>;
export type SelectWidget = NonNullable<SelectStep['widget']>;
export type CheckStep = Extract<Step, { type: 'check' }>;
export type KeyStep = Extract<Step, { type: 'key' }>;
export type NavigateStep = Extract<Step, { type: 'navigate' }>;
/** A step written by hand in the editor. */
export type ManualStep = Extract<Step, { type: 'manual' }>;

export type ProcedureIntro = Shape<typeof IntroSchema>;
export type Procedure = Shape<typeof ProcedureSchema>;
/** "When something goes wrong": one problem and what to do about it. */
export type TroubleEntry = Shape<typeof TroubleSchema>;
/** "Access needed": one account or permission; `sentSeparately` marks a secret sent another way. */
export type AccessItem = Shape<typeof AccessSchema>;

export interface StoredImage {
  id: string;
  procedureId: string;
  blob: Blob;
  /** Pixel size of the stored image. */
  width: number;
  height: number;
}

export function emptyIntro(): ProcedureIntro {
  return { purpose: '', prerequisites: '', result: '' };
}

export function newId(): string {
  return crypto.randomUUID();
}
