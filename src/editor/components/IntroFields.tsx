/** The introduction the assistant reads before step 1. */
import { setIntro } from '../../shared/edit';
import { type MessageKey, t } from '../../shared/i18n';
import type { ProcedureIntro } from '../../shared/model';
import { TextField } from './TextField';

const FIELDS: { key: keyof ProcedureIntro; label: MessageKey; placeholder: MessageKey }[] = [
  { key: 'purpose', label: 'editorPurpose', placeholder: 'editorPurposePlaceholder' },
  { key: 'prerequisites', label: 'editorPrerequisites', placeholder: 'editorPrerequisitesPlaceholder' },
  { key: 'result', label: 'editorResult', placeholder: 'editorResultPlaceholder' },
];

export function IntroFields({ intro }: { intro: ProcedureIntro }) {
  return (
    <section class="intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading">{t('editorIntroHeading')}</h2>
      {FIELDS.map((f) => (
        <TextField
          key={f.key}
          label={t(f.label)}
          placeholder={t(f.placeholder)}
          value={intro[f.key]}
          group={`intro:${f.key}`}
          edit={(s, v) => setIntro(s, f.key, v)}
          multiline
        />
      ))}
    </section>
  );
}
