/**
 * The app's site map as the left navigation of a model-driven app: the current area's groups and
 * their subareas as links (the current one marked aria-current="page"), and, when the app has
 * more than one area, the areas to switch between. Plain links: Tab reaches them, Enter follows.
 */
import * as React from "react";
import type { EmbeddedAppShell } from "./embedded";
import type { ShellSelection } from "./model";

export interface SiteMapNavProps {
  shell: EmbeddedAppShell;
  selection: ShellSelection;
  /** The address of a subarea's list (or of an area's first subarea). */
  href(place: { area: string; subarea?: string }): string;
  onGo(place: { area: string; subarea?: string }): void;
}

function follow(event: React.MouseEvent, go: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go();
}

export function SiteMapNav(props: SiteMapNavProps): React.ReactElement {
  const { shell, selection } = props;
  const area = selection.area;
  return (
    <nav className="site-map" aria-label="Site map" data-testid="site-map">
      <p className="site-map-app">{shell.appName}</p>
      <p className="site-map-area" id="site-map-area">
        {area.title}
      </p>
      {area.groups.map((group) => (
        <div key={group.id} className="site-map-group" data-group={group.id}>
          <p className="site-map-group-title" id={`site-map-group-${group.id}`}>
            {group.title}
          </p>
          <ul aria-labelledby={`site-map-group-${group.id}`}>
            {group.subareas.map((subarea) => {
              const current = subarea.id === selection.subarea.id;
              const place = { area: area.id, subarea: subarea.id };
              return (
                <li key={subarea.id}>
                  <a
                    href={props.href(place)}
                    aria-current={current ? "page" : undefined}
                    data-subarea={subarea.id}
                    onClick={(event) => follow(event, () => props.onGo(place))}
                  >
                    {subarea.title}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {shell.areas.length > 1 && (
        <div className="site-map-areas">
          <p className="site-map-group-title" id="site-map-areas-title">
            Areas
          </p>
          <ul aria-labelledby="site-map-areas-title">
            {shell.areas.map((candidate) => (
              <li key={candidate.id}>
                <a
                  href={props.href({ area: candidate.id })}
                  aria-current={candidate.id === area.id ? "true" : undefined}
                  data-area={candidate.id}
                  onClick={(event) => follow(event, () => props.onGo({ area: candidate.id }))}
                >
                  {candidate.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </nav>
  );
}
