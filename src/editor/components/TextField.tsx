/**
 * A text box bound to an edit. Each keystroke records an edit in the box's undo group (typing a
 * word is one undo step) and saves after a short pause; leaving the box saves at once.
 */
import { useId, useRef } from 'preact/hooks';
import type { EditState } from '../../shared/edit';
import { useFocusOnMount } from '../../shared/ui/use-focus-on-mount';
import { useEditable, useEditor } from './context';

const TYPING_DELAY_MS = 400;

export interface TextFieldProps {
  label: string;
  /** Keep the label for screen readers only (the context already shows what the box is). */
  hideLabel?: boolean;
  value: string;
  /** Undo group: one per box, e.g. `sentence:<stepId>`. */
  group: string;
  edit: (state: EditState, value: string) => EditState;
  /** Run when the person leaves the box, e.g. to restore a generated sentence for an empty box. */
  settle?: (state: EditState) => EditState;
  multiline?: boolean;
  placeholder?: string;
  focusKey?: string;
  class?: string;
  autoFocus?: boolean;
}

export function TextField(props: TextFieldProps) {
  const store = useEditor();
  const editable = useEditable();
  const id = useId();
  const control = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useFocusOnMount(control, props.autoFocus === true);
  const onInput = (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    store.edit((s) => props.edit(s, value), { group: props.group, delayMs: TYPING_DELAY_MS });
  };
  const onBlur = () => {
    if (props.settle) {
      const settle = props.settle;
      store.edit(settle, { group: props.group });
    }
    void store.endTyping();
  };
  const shared = {
    id,
    value: props.value,
    onInput,
    onBlur,
    placeholder: props.placeholder,
    'data-focus': props.focusKey,
    ref: control,
    // Ctrl+Z here means the editor's undo (see App.tsx), not the box's own.
    'data-store-field': '',
    readOnly: !editable,
  };
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id} class={props.hideLabel ? 'visually-hidden' : 'field-label'}>
        {props.label}
      </label>
      {props.multiline ? <textarea rows={2} {...shared} /> : <input type="text" {...shared} />}
    </div>
  );
}
