/**
 * The "Proactive Delivery Insights" dashboard (?page=dashboard, and the app shell's dashboard
 * entries): DeliveryInsights on its list of All Deliveries, hosted as dashboard.ts binds it,
 * with the static rowCap the solution gives it. The control reads its figures through
 * context.webAPI itself; the facts line says what the sample Web API holds and does with
 * aggregates (&deliveries=, &aggregates=). A delivery the control opens opens the delivery form.
 */
import * as React from "react";
import { DeliveryNames as D } from "../../../domain/tables";
import { normalizeId } from "../../data/store";
import { readEmbeddedAppShell } from "../appShell/embedded";
import { ControlSlot } from "../ControlSlot";
import { dashboardBinding, dashboardName, dashboardRecord, dashboardView } from "../dashboard";
import { HostLogPanel } from "../HostLogPanel";
import type { PageProps } from "./types";

// The server embeds the app's views from solution/definitions; read once per page load.
const views = readEmbeddedAppShell()?.views ?? [];

const aggregateWords = {
  answer: "answered",
  refuse: 'refused ("Aggregates are not supported", -2147220970)',
  limit: "refused (AggregateQueryRecordLimit, -2147164125)",
} as const;

export function DashboardPage(props: PageProps): React.ReactElement {
  const { env, settings, navigate } = props;
  const view = dashboardView(views);
  const binding = React.useMemo(() => (view ? dashboardBinding(env.store, view) : undefined), [env, view]);
  const fill = env.data.periodFill;
  const slotKey = `${settings.languageId}|${settings.isRTL ? "rtl" : "ltr"}`;
  const openRecord = (table: string, id: string): void => {
    if (table === D.table) navigate({ page: "delivery", record: normalizeId(id) });
  };
  return (
    <div className="page dashboard-page" data-testid="dashboard">
      <div className="record-header">
        <h2>{dashboardName}</h2>
        {/* The preview's own words are English: isolated, so a mirrored layout keeps their punctuation in place. */}
        <p className="record-facts" data-testid="dashboard-facts">
          <bdi>
            {fill
              ? `The 7 days before ${fill.end} hold ${fill.deliveries.toLocaleString("en-US")} deliveries (${fill.generated.toLocaleString("en-US")} of them the large sample's, without attributes).`
              : `${env.data.deliveries.length.toLocaleString("en-US")} sample deliveries around ${env.data.now}.`}{" "}
            FetchXML aggregates: {aggregateWords[env.aggregates]}.
          </bdi>
        </p>
      </div>
      {binding ? (
        <ControlSlot
          key={slotKey}
          id="delivery-insights"
          label="Delivery insights"
          binding={binding}
          record={dashboardRecord}
          settings={settings}
          env={env}
          onOutput={() => undefined}
          onOpenRecord={openRecord}
          minHeight={480}
        />
      ) : (
        <p role="alert" className="slot-error">
          The server embedded no All Deliveries view, which the list on the dashboard shows.
        </p>
      )}
      <HostLogPanel log={env.log} />
    </div>
  );
}
