import type { Bilingual } from '../../../../shared/pricing/types';
import { TextField } from './TextField';
import { useFormText } from './messages';

/** Every name on the price list has a Korean and an English form, both required: quotes
 *  are read out in the caller's language, whatever the screen's language is. */
export function BilingualNameFields(props: {
  idPrefix: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  errors?: { ko?: string | undefined; en?: string | undefined };
  autoFocus?: boolean;
}) {
  const { t } = useFormText();
  const { idPrefix, value, onChange, errors } = props;
  return (
    <div className="row">
      <TextField
        id={`${idPrefix}-name-ko`}
        label={t('form.nameKo')}
        lang="ko"
        value={value.ko}
        onChange={(ko) => onChange({ ...value, ko })}
        error={errors?.ko}
        required
        maxLength={200}
        autoFocus={props.autoFocus}
      />
      <TextField
        id={`${idPrefix}-name-en`}
        label={t('form.nameEn')}
        lang="en"
        value={value.en}
        onChange={(en) => onChange({ ...value, en })}
        error={errors?.en}
        required
        maxLength={200}
      />
    </div>
  );
}
