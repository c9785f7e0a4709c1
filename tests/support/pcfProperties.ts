/** Bound field properties for tests: pcf-host's factories, under the names the tests know. */
export {
  dateProperty,
  optionSetProperty,
  textProperty,
  wholeNumberProperty,
  type PropertyOptions,
} from "../../pcf-host/properties";
