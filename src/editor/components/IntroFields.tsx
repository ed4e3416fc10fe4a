/** The introduction the assistant reads before step 1. */
import { setIntro } from '../../shared/edit';
import type { ProcedureIntro } from '../../shared/model';
import { TextField } from './TextField';

const FIELDS: { key: keyof ProcedureIntro; label: string; placeholder: string }[] = [
  { key: 'purpose', label: 'Purpose', placeholder: 'What this procedure is for' },
  {
    key: 'prerequisites',
    label: 'What the assistant needs before starting',
    placeholder: 'Accounts, files, permissions, information to have at hand',
  },
  { key: 'result', label: 'Expected result', placeholder: 'How to tell the task is done' },
];

export function IntroFields({ intro }: { intro: ProcedureIntro }) {
  return (
    <section class="intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading">Introduction</h2>
      {FIELDS.map((f) => (
        <TextField
          key={f.key}
          label={f.label}
          placeholder={f.placeholder}
          value={intro[f.key]}
          group={`intro:${f.key}`}
          edit={(s, v) => setIntro(s, f.key, v)}
          multiline
        />
      ))}
    </section>
  );
}
