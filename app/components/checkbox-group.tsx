import { type FieldMetadata, getCollectionProps } from "@conform-to/react";

import { FieldErrors } from "~/components/form-field.tsx";

type Option = { value: string; label: string; lang?: string };

/** A group of checkboxes for one multi-valued field, with its legend and translated errors. */
export function CheckboxGroup({
  field,
  legend,
  options,
  errors,
}: {
  field: FieldMetadata<string[] | undefined>;
  legend: string;
  options: Option[];
  errors?: string[];
}) {
  const boxes = getCollectionProps(field, {
    type: "checkbox",
    options: options.map((o) => o.value),
  });
  return (
    <fieldset className="field" aria-describedby={field.errorId}>
      <legend>{legend}</legend>
      {boxes.map((props) => {
        const option = options.find((o) => o.value === props.value);
        return (
          <div key={props.id} className="field--check">
            <input {...props} />
            <label htmlFor={props.id} lang={option?.lang}>
              {option?.label}
            </label>
          </div>
        );
      })}
      <FieldErrors id={field.errorId} errors={errors} />
    </fieldset>
  );
}
