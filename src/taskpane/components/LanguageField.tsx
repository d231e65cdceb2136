import { Field, Select } from "@fluentui/react-components";
import { LANGS, isLang, type Lang } from "../../core/model/lang";
import type { Translate } from "../shell/text";

export interface LanguageFieldProps {
  readonly label: string;
  readonly value: Lang;
  readonly onChange: (lang: Lang) => void;
  readonly disabled?: boolean;
  readonly t: Translate;
}

/** A labelled choice of output language (fi, sv, en), each named in the UI language. */
export function LanguageField({ label, value, onChange, disabled, t }: LanguageFieldProps) {
  return (
    <Field label={label}>
      <Select
        value={value}
        disabled={disabled}
        onChange={(_event, data) => {
          if (isLang(data.value)) onChange(data.value);
        }}
      >
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`common.language.${code}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
