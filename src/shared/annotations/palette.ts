/**
 * The fixed colours behind the annotation colour words (schema/enums.ts). Each is dark enough for
 * white text on it (contrast 4.5:1 or more), and every shape has a white edge so it shows on dark
 * pages too.
 */
import type { AnnotationColour } from '../model';

export const ANNOTATION_HEX: Readonly<Record<AnnotationColour, string>> = {
  red: '#c5221f',
  orange: '#b04f00',
  green: '#137333',
  blue: '#1a56db',
  purple: '#7627bb',
  black: '#202124',
};

/** The edge around every shape and the text on filled ones. */
export const HALO = '#ffffff';

/** Whatever a stored word says, a colour from the palette: red for a word it does not know. */
export function hexOf(colour: string): string {
  return Object.hasOwn(ANNOTATION_HEX, colour)
    ? ANNOTATION_HEX[colour as AnnotationColour]
    : ANNOTATION_HEX.red;
}
