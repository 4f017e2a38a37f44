import { useTranslation } from "react-i18next";

import { FilterSelect } from "~/components/forms.tsx";
import { DIGCOMP_AREAS } from "~/content/digcomp.ts";

/** The "DigComp area" filter of the catalogue and the job profiles list. */
export function DigCompAreaFilter({ value }: { value: string | undefined }) {
  const { t } = useTranslation("catalog");
  return (
    <FilterSelect
      name="area"
      label={t("catalogue.area")}
      allLabel={t("catalogue.all")}
      value={value}
      options={DIGCOMP_AREAS.map((area) => ({
        value: area,
        label: `${area}. ${t(`digcomp.areas.${area}`)}`,
      }))}
    />
  );
}
