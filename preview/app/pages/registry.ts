/**
 * The preview's pages. A page is a React component over the shared environment; add one
 * here (a dashboard ...) and it appears in the navigation.
 */
import { AppShellPage } from "./AppShellPage";
import { BenchPage } from "./BenchPage";
import { ContactFormPage } from "./ContactFormPage";
import { DeliveryFormPage } from "./DeliveryFormPage";
import type { PageDefinition } from "./types";

export const pages: readonly PageDefinition[] = [
  { id: "app", title: "Proactive Engagement app", usesRecord: true, component: AppShellPage },
  { id: "delivery", title: "Delivery form", usesRecord: true, component: DeliveryFormPage },
  { id: "contact", title: "Contact form", usesRecord: true, component: ContactFormPage },
  { id: "bench", title: "Benchmark", hidden: true, usesRecord: false, component: BenchPage },
];

export function pageNamed(id: string): PageDefinition | undefined {
  return pages.find((page) => page.id === id);
}
