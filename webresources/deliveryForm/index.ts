// Entry point of the pdx_/scripts/deliveryForm.js web resource.
import { publishNamespace } from "../shared/namespace";
import { onDispositionCodesChange, onLoad, onSave } from "./handlers";

publishNamespace(["pdx_ProactiveDelivery", "DeliveryForm"], { onLoad, onSave, onDispositionCodesChange });
