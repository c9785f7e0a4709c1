/**
 * The model-driven app "Proactive Engagement" as a supervisor sees it, over the sample data: the
 * site map as the left navigation, a list per table showing the chosen view (its columns, and
 * its rows filtered and ordered by the solution's own evaluator), and a row's form opened in the
 * shell (the delivery and contact form pages, the attribute form). The list is the preview's own
 * emulation of a model-driven grid, and says so; the site map and the views are the solution's
 * definitions, embedded by the server (preview/server/appShell.ts).
 */
import * as React from "react";
import { AttributeNames as A, ContactNames as C, DeliveryNames as D } from "../../../domain/tables";
import { formattingFor } from "../../../pcf-host/formatting";
import type { StoreTable } from "../../data/schema";
import { normalizeId } from "../../data/store";
import { AttributeForm } from "../appShell/AttributeForm";
import type { CellTextContext } from "../appShell/cellText";
import { readEmbeddedAppShell } from "../appShell/embedded";
import { describeView, rowsOfList, selectionOf, shellState, subareaOfTable } from "../appShell/model";
import { listPageOf } from "../appShell/paging";
import { SiteMapNav } from "../appShell/SiteMapNav";
import { ViewGrid } from "../appShell/ViewGrid";
import type { PreviewEnvironment } from "../environment";
import { writeState, type PreviewState } from "../urlState";
import { ContactFormPage } from "./ContactFormPage";
import { DashboardPage } from "./DashboardPage";
import { DeliveryFormPage } from "./DeliveryFormPage";
import type { PageProps } from "./types";

// The server embeds the app and its site map from solution/definitions; read once per page load.
const shell = readEmbeddedAppShell();

/** Tables whose rows the shell opens on a form of its own. */
const formTables: ReadonlySet<string> = new Set([D.table, A.table, C.table]);

/** Bumps on every write to the store, so a list shows what a form saved. */
function useStoreVersion(env: PreviewEnvironment): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => env.store.subscribe(() => setVersion((current) => current + 1)), [env]);
  return version;
}

function storeTableOf(env: PreviewEnvironment, table: string | undefined): StoreTable | undefined {
  if (table === undefined) return undefined;
  try {
    return env.store.table(table);
  } catch {
    return undefined;
  }
}

export function AppShellPage(props: PageProps): React.ReactElement {
  const { env, state, settings, navigate } = props;
  const version = useStoreVersion(env);
  const selection = shell ? selectionOf(shell, state) : undefined;
  const table = storeTableOf(env, selection?.subarea.table);
  const view = selection?.view;
  const rows = React.useMemo(
    () => (view && table ? rowsOfList(view, env.store.rows(table.logicalName)) : []),
    // The store's rows change in place; the version says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, table, env, version],
  );
  const text = React.useMemo<CellTextContext>(
    () => ({
      formatting: formattingFor(settings.languageId),
      lookupName: (target, id) => {
        const related = storeTableOf(env, target);
        const row = related ? env.store.get(target, id) : undefined;
        const name = related && row ? row[related.primaryNameAttribute] : undefined;
        return name === null || name === undefined || name === "" ? undefined : String(name);
      },
    }),
    [env, settings.languageId],
  );

  if (!shell || !selection) {
    return (
      <p role="alert" className="slot-error">
        The server embedded no app or site map.
      </p>
    );
  }

  const { area, subarea } = selection;
  const go = (place: Parameters<typeof shellState>[0]): void => navigate(shellState(place, state));
  const href = (place: Parameters<typeof shellState>[0]): string => writeState(shellState(place, state));
  /** A row's form, in the subarea that lists its table; the current view and page are kept for Back. */
  const recordPlace = (target: string, id: string): Parameters<typeof shellState>[0] | undefined => {
    if (!formTables.has(target)) return undefined;
    if (target === subarea.table)
      return { area: area.id, subarea: subarea.id, view: view?.id, list: state.list, record: id };
    const other = subareaOfTable(shell, target);
    return other ? { area: other.area.id, subarea: other.subarea.id, record: id } : undefined;
  };
  const formHref = (target: string, id: string): string | undefined => {
    const place = recordPlace(target, normalizeId(id));
    return place ? href(place) : undefined;
  };
  const open = (target: string, id: string): void => {
    const place = recordPlace(target, normalizeId(id));
    if (place) go(place);
  };
  /** The form pages navigate as they do on their own; a form of another page opens in the shell. */
  const formNavigate = (change: Partial<PreviewState>): void => {
    if (change.page === "delivery" && change.record) open(D.table, change.record);
    else if (change.page === "contact" && change.record) open(C.table, change.record);
    else navigate(change);
  };
  const listPlace = { area: area.id, subarea: subarea.id, view: view?.id, list: state.list };
  const record = state.record;

  let content: React.ReactNode;
  if (record !== "" && subarea.table) {
    const formState: PreviewState = { ...state, record };
    const form =
      subarea.table === D.table ? (
        <DeliveryFormPage env={env} state={formState} settings={settings} navigate={formNavigate} />
      ) : subarea.table === C.table ? (
        <ContactFormPage env={env} state={formState} settings={settings} navigate={formNavigate} />
      ) : subarea.table === A.table ? (
        <AttributeForm
          env={env}
          attributeId={record}
          languageId={settings.languageId}
          text={text}
          formHref={(target, id) => formHref(target, id) ?? "#"}
          onOpen={open}
        />
      ) : (
        <p role="alert">The preview has no form for {subarea.table}.</p>
      );
    content = (
      <>
        <p className="app-back">
          <a
            href={href(listPlace)}
            data-testid="back-to-list"
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              go(listPlace);
            }}
          >
            <bdi>Back to {view?.name ?? subarea.title}</bdi>
          </a>
        </p>
        {form}
      </>
    );
  } else if (subarea.dashboardId !== undefined) {
    // The preview has one dashboard page: every dashboard entry opens it, inside the shell.
    content = <DashboardPage env={env} state={state} settings={settings} navigate={formNavigate} />;
  } else if (!subarea.table || !table) {
    content = (
      <section className="app-list" aria-labelledby="app-list-title">
        <h2 id="app-list-title">{subarea.title}</h2>
        <p>{subarea.other ?? "The preview shows no page for this subarea."}</p>
      </section>
    );
  } else {
    const page = listPageOf(rows, state.list);
    const label = (column: string): string => table.columns.get(column)?.displayName ?? column;
    const valueText = (column: string, value: string): string => {
      const option = table.columns.get(column)?.options?.find((candidate) => String(candidate.value) === value);
      return option ? `${option.label} (${value})` : value;
    };
    const words = view ? describeView(view, label, valueText) : undefined;
    content = (
      <section
        className="app-list"
        aria-labelledby="app-list-title"
        data-testid="app-list"
        data-table={table.logicalName}
      >
        <div className="app-list-header">
          <h2 id="app-list-title">{table.definition.displayCollectionName}</h2>
          {selection.views.length > 0 && (
            <div className="view-switcher">
              <label htmlFor="view-switcher">View</label>
              <select
                id="view-switcher"
                data-testid="view-switcher"
                value={view?.id}
                onChange={(event) => go({ area: area.id, subarea: subarea.id, view: event.target.value })}
              >
                {selection.views.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        {/* The preview's own words are English: isolated, so a mirrored layout keeps their punctuation in place. */}
        <p className="app-list-note" data-testid="emulation-note">
          <bdi>
            {selection.standIn
              ? "The platform's own contact views are not part of this solution: the preview lists the sample contacts by full name in a list of its own, an emulation of a model-driven grid."
              : "This list is the preview's own emulation of a model-driven grid. The view's columns, filter and ordering are the solution's definitions, run on the sample data by the solution's evaluator (rowsOfView)."}
          </bdi>
        </p>
        {words && (
          <p className="app-list-query" data-testid="view-query">
            <bdi>
              Shows: {words.filter}. Ordered by {words.order}.
            </bdi>
          </p>
        )}
        {view ? (
          <ViewGrid
            key={`${view.id}|${page.number}`}
            view={view}
            table={table}
            page={page}
            text={text}
            formHref={formHref}
            onOpen={open}
            onPage={(number) => go({ ...listPlace, list: number })}
          />
        ) : (
          <p>This table has no view in the app.</p>
        )}
      </section>
    );
  }

  return (
    <div className="app-shell" data-testid="app-shell" data-preview-ready="true">
      <SiteMapNav shell={shell} selection={selection} href={(place) => href(place)} onGo={(place) => go(place)} />
      <div className="app-shell-content">{content}</div>
    </div>
  );
}
