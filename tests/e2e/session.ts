/** The one preview session and the expectations every e2e file shares. */
import { Expectations } from "./expected";
import { PreviewSession } from "./harness";

export const session = new PreviewSession();
export const expected = new Expectations(session.root, session.now);
