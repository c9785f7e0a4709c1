/**
 * `npm run test:e2e`: the preview in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core) with node's test runner. One server and one browser for the whole run.
 */
import { after, before } from "node:test";
import { requireChromium } from "../../tools/chromium";
import { session } from "./session";

requireChromium();

before(async () => {
  await session.start();
});

after(async () => {
  await session.stop();
});

import "./deliveryForm.e2e";
import "./relatedRecords.e2e";
import "./keyboard.e2e";
import "./accessibility.e2e";
import "./formScripts.e2e";
import "./contactDeliveries.e2e";
import "./appShell.e2e";
import "./dashboard.e2e";
import "./timeline.e2e";
import "./contrast.e2e";
import "./gridNarrow.e2e";
import "./formLayout.e2e";
import "./hostileHost.e2e";
import "./tabWalk.e2e";
