type Option = { value: string; label: string; lang?: string };

type Props = {
  name: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  options: readonly Option[];
};

/** One filter of a GET search form: a labelled select whose empty choice means "all". */
export function FilterSelect({ name, label, allLabel, value, options }: Props) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ""}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
