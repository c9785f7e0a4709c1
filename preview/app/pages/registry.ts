/**
 * The preview's pages. A page is a React component over the shared environment; add one
 * here and it appears in the navigation.
 */
import { AppShellPage } from "./AppShellPage";
import { BenchPage } from "./BenchPage";
import { ContactFormPage } from "./ContactFormPage";
import { DashboardPage } from "./DashboardPage";
import { DeliveryFormPage } from "./DeliveryFormPage";
import type { PageDefinition } from "./types";

export const pages: readonly PageDefinition[] = [
  { id: "app", title: "Proactive Engagement app", usesRecord: true, component: AppShellPage },
  { id: "delivery", title: "Delivery form", usesRecord: true, component: DeliveryFormPage },
  { id: "contact", title: "Contact form", usesRecord: true, component: ContactFormPage },
  { id: "dashboard", title: "Insights dashboard", usesRecord: false, component: DashboardPage },
  { id: "bench", title: "Benchmark", hidden: true, usesRecord: false, component: BenchPage },
];

export function pageNamed(id: string): PageDefinition | undefined {
  return pages.find((page) => page.id === id);
}
