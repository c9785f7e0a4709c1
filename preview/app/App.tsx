/** The preview's frame: page navigation, theme, language and direction, then the page. */
import * as React from "react";
import type { HostSettings } from "../host/controlHost";
import { pageColours, themeNames, type ThemeName } from "../host/designThemes";
import { formattingLocaleOf } from "../../pcf-host/formatting";
import { previewLanguages } from "../host/languages";
import { isRightToLeftLanguage } from "../../pcf-host/userSettings";
import type { PreviewEnvironment } from "./environment";
import { pageNamed, pages } from "./pages/registry";
import { defaultRecordOf, readState, writeState, type PreviewState } from "./urlState";

const themeLabels: Record<ThemeName, string> = { light: "Light", dark: "Dark", highContrast: "High contrast" };

function applyChrome(state: PreviewState): void {
  const colours = pageColours[state.theme];
  const root = document.documentElement;
  root.lang = formattingLocaleOf(state.languageId);
  root.dir = state.isRTL ? "rtl" : "ltr";
  root.dataset.theme = state.theme;
  for (const [name, value] of Object.entries(colours)) root.style.setProperty(`--preview-${name}`, value);
}

export function App(props: { env: PreviewEnvironment; initial: PreviewState }): React.ReactElement {
  const [state, setState] = React.useState(props.initial);

  React.useEffect(() => {
    const onPop = (): void => setState(readState(window.location.search));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  React.useLayoutEffect(() => applyChrome(state), [state]);

  const navigate = React.useCallback((change: Partial<PreviewState>) => {
    setState((current) => {
      const next = { ...current, ...change };
      window.history.pushState(null, "", writeState(next));
      return next;
    });
  }, []);

  const settings = React.useMemo<HostSettings>(
    () => ({ languageId: state.languageId, isRTL: state.isRTL, theme: state.theme, disabled: false }),
    [state.languageId, state.isRTL, state.theme],
  );
  /**
   * Another page opens its own default record: a delivery key means nothing on the contact form.
   * The app shell's place (area, subarea, view, list page) stays with the shell.
   */
  const switchTo = (id: string): Partial<PreviewState> =>
    id === state.page
      ? { page: id }
      : {
          page: id,
          record: defaultRecordOf(id),
          area: undefined,
          subarea: undefined,
          view: undefined,
          list: undefined,
        };
  const page = pageNamed(state.page);
  if (page?.hidden) {
    const Hidden = page.component;
    return <Hidden env={props.env} state={state} settings={settings} navigate={navigate} />;
  }
  const Page = page?.component;
  return (
    <>
      <header className="preview-header">
        <h1>Proactive Delivery Experience · preview</h1>
        <nav aria-label="Pages">
          <ul>
            {pages
              .filter((candidate) => !candidate.hidden)
              .map((candidate) => (
                <li key={candidate.id}>
                  <a
                    href={writeState({ ...state, ...switchTo(candidate.id) })}
                    aria-current={candidate.id === state.page ? "page" : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(switchTo(candidate.id));
                    }}
                  >
                    {candidate.title}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
        <div className="preview-settings">
          <label>
            Theme{" "}
            <select value={state.theme} onChange={(event) => navigate({ theme: event.target.value as ThemeName })}>
              {themeNames.map((theme) => (
                <option key={theme} value={theme}>
                  {themeLabels[theme]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Language{" "}
            <select
              value={state.languageId}
              onChange={(event) => {
                // As the platform does, the language brings its direction; the checkbox overrides it.
                const languageId = Number(event.target.value);
                navigate({ languageId, isRTL: isRightToLeftLanguage(languageId) });
              }}
            >
              {previewLanguages.map((language) => (
                <option key={language.id} value={language.id}>
                  {`${language.name} (${language.id})`}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={state.isRTL}
              onChange={(event) => navigate({ isRTL: event.target.checked })}
            />{" "}
            Right to left
          </label>
        </div>
      </header>
      <main className="preview-main">
        {Page ? (
          <Page env={props.env} state={state} settings={settings} navigate={navigate} />
        ) : (
          <p role="alert">No page named {state.page}.</p>
        )}
      </main>
      <footer className="preview-footer">
        Sample data: seed {props.env.data.seed}, generated around {props.env.data.now};{" "}
        {props.env.data.deliveries.length} deliveries, {props.env.data.attributes.length} attributes
        {props.env.data.periodFill
          ? ` (the 7 days before it hold ${props.env.data.periodFill.deliveries}, ${props.env.data.periodFill.generated} of them the large sample's)`
          : ""}
        ; FetchXML aggregates {props.env.aggregates === "answer" ? "answered" : `refused (${props.env.aggregates})`}.
        Nothing here talks to Dataverse.
      </footer>
    </>
  );
}
