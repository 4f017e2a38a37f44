import {
  type FieldMetadata,
  type FormMetadata,
  getCollectionProps,
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
} from "@conform-to/react";
import { Form, type FormProps } from "@remix-run/react";
import type { ParseKeys } from "i18next";
import {
  createContext,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useContext,
} from "react";
import { useTranslation } from "react-i18next";

/** The namespaces whose keys the forms' Zod schemas give as error messages. */
type MessagesNamespace = "account" | "catalog" | "cohorts";

/**
 * A Zod schema's message is a plain string; the schemas write keys of their namespace, and this
 * is the one place one is read as a key (an unknown key would show as itself).
 */
type MessageKey = ParseKeys<MessagesNamespace>;

const Messages = createContext<MessagesNamespace>("account");

/** Errors of a form or a field: translation keys, shown in the page's language. */
export function ErrorList({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation(useContext(Messages));
  if (!errors?.length) return null;
  return (
    <ul className="field__errors" id={id}>
      {errors.map((key) => (
        <li key={key}>{t(key as MessageKey)}</li>
      ))}
    </ul>
  );
}

type ConformFormProps<Schema extends Record<string, unknown>> = Omit<
  FormProps,
  "id" | "method" | "noValidate" | "onSubmit"
> & {
  form: FormMetadata<Schema>;
  /** The namespace of the schema's error messages. */
  messages: MessagesNamespace;
  /** Which of a page's forms this is, posted as `intent` (see utils/intent.server.ts). */
  intent?: string;
};

/** A POST form wired to Conform: its id and validation, its form-level errors, its intent. */
export function ConformForm<Schema extends Record<string, unknown>>({
  form,
  messages,
  intent,
  children,
  ...props
}: ConformFormProps<Schema>) {
  return (
    <Messages.Provider value={messages}>
      <Form method="post" {...getFormProps(form)} {...props}>
        <ErrorList id={form.errorId} errors={form.errors} />
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        {children}
      </Form>
    </Messages.Provider>
  );
}

/** Any field of a Conform form, as `useAppForm` gives them. */
export type ConformField = FieldMetadata<unknown>;

type Labelled = {
  field: ConformField;
  label: ReactNode;
  /** Shown under the label and read with the control (aria-describedby). */
  hint?: ReactNode;
};

/** Conform's ARIA options: a hint describes the control as well as its errors do. */
function described(field: Labelled["field"], hint: ReactNode) {
  return { ariaDescribedBy: hint ? field.descriptionId : undefined };
}

function FieldFrame({ field, label, hint, children }: Labelled & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={field.descriptionId}>
          {hint}
        </p>
      ) : null}
      {children}
      <ErrorList id={field.errorId} errors={field.errors} />
    </div>
  );
}

type TextType = "date" | "email" | "number" | "password" | "text" | "time";
type Own = "type" | "name" | "id" | "form" | "defaultValue";

/** A labelled input: `<Field field={fields.email} type="email" label={t("…")} />`. */
export function Field({
  field,
  label,
  hint,
  type = "text",
  ...input
}: Labelled & { type?: TextType } & Omit<InputHTMLAttributes<HTMLInputElement>, Own>) {
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <input {...getInputProps(field, { type, ...described(field, hint) })} {...input} />
    </FieldFrame>
  );
}

export function TextareaField({
  field,
  label,
  hint,
  ...textarea
}: Labelled & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Own>) {
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <textarea {...getTextareaProps(field, described(field, hint))} {...textarea} />
    </FieldFrame>
  );
}

/** A labelled select; its options are the children. */
export function SelectField({
  field,
  label,
  hint,
  children,
  ...select
}: Labelled & Omit<SelectHTMLAttributes<HTMLSelectElement>, Own>) {
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <select {...getSelectProps(field, described(field, hint))} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}

/** One checkbox posting "on", its label beside it (the label may hold a link). */
export function CheckboxField({ field, label }: Omit<Labelled, "hint">) {
  return (
    <div className="field field--check">
      <input {...getInputProps(field, { type: "checkbox" })} />
      <label htmlFor={field.id}>{label}</label>
      <ErrorList id={field.errorId} errors={field.errors} />
    </div>
  );
}

type Option = { value: string; label: string; lang?: string };

/** Checkboxes for one multi-valued field, under a legend. */
export function CheckboxGroupField({
  field,
  legend,
  options,
}: Omit<Labelled, "label" | "hint"> & { legend: string; options: readonly Option[] }) {
  const boxes = getCollectionProps(field, {
    type: "checkbox",
    options: options.map((o) => o.value),
  });
  return (
    <fieldset className="field" aria-describedby={field.errors ? field.errorId : undefined}>
      <legend>{legend}</legend>
      {boxes.map(({ key, ...box }) => {
        const option = options.find((o) => o.value === box.value);
        return (
          <div key={key} className="field--check">
            <input {...box} />
            <label htmlFor={box.id} lang={option?.lang}>
              {option?.label}
            </label>
          </div>
        );
      })}
      <ErrorList id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}

/** One filter of a GET search form (no Conform): a labelled select whose empty choice is "all". */
export function FilterSelect({
  name,
  label,
  allLabel,
  value,
  options,
}: {
  name: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  options: readonly Option[];
}) {
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
