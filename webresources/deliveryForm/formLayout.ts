import * as C from "./columns";

/**
 * The parts of the delivery form (solution/definitions/forms.ts) this script changes. A test
 * checks these names and columns against the form definition, so a renamed section fails there
 * rather than silently doing nothing on the form.
 */
export const summaryTab = "tab_summary";
export const routingSection = "section_routing";
const timingSection = "section_timing";
const identifiersTab = "tab_identifiers";
const identifiersSection = "section_identifiers";

/**
 * What hides when every column it shows is empty, so the form leads with what happened. Only
 * plain fields are listed: a section holding a code component (timeline, chips, related
 * records) never hides, since the component shows more than its bound column.
 */
export interface EmptyRule {
  columns: readonly string[];
  /** Without a tab, the rule hides the columns' own controls. */
  tab?: string;
  /** With a tab but no section, the rule hides the whole tab. */
  section?: string;
}

const identifierColumns = [
  C.conversationColumn,
  C.parentConversationColumn,
  C.callIdColumn,
  C.journeyColumn,
  C.journeyRunColumn,
  C.trackingColumn,
  C.batchColumn,
];

export const emptyRules: readonly EmptyRule[] = [
  // No call: the call's start and end say nothing (the timeline shows the window anyway).
  { columns: [C.callStartColumn, C.callEndColumn] },
  // Deliveries not requested by a Customer Insights journey have no journey ids.
  { columns: [C.journeyColumn, C.journeyRunColumn] },
  {
    tab: summaryTab,
    section: timingSection,
    columns: [
      C.windowEndColumn,
      C.callStartColumn,
      C.callEndColumn,
      C.earliestScheduleColumn,
      C.expirationColumn,
      C.channelSentColumn,
    ],
  },
  { tab: identifiersTab, section: identifiersSection, columns: identifierColumns },
  // The identifiers section is that tab's only one: an empty tab would show a bare heading.
  { tab: identifiersTab, columns: identifierColumns },
];
