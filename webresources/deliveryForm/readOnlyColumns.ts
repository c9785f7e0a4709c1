import { isServiceWrittenColumn } from "../../domain/delivery/serviceWrittenColumns";

/**
 * Every control of a service-written column on the form, header and body alike, goes
 * read-only. Walking the form's own attributes covers columns a maker adds later too.
 */
export function lockServiceWrittenColumns(form: Xrm.FormContext): void {
  form.data.entity.attributes.forEach((attribute) => {
    if (isServiceWrittenColumn(attribute.getName())) {
      attribute.controls.forEach((control) => control.setDisabled(true));
    }
  });
}
