import fs from "node:fs";
import path from "node:path";
import { childText, parseXml, text } from "../xml/read";
import { environmentVariableFile, environmentVariableFileProblems } from "./environmentVariables";
import { formLabelProblems, listedLanguages } from "./formLabels";

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/**
 * Unpacked source must repack with `pac solution pack`: SolutionPackager finds each control
 * through ControlManifest.xml.data.xml, and a Solution.xml that says "both" (2) needs a
 * _managed twin of every form. A problem names the file and the rule.
 */
export function verifyUnpackedSource(solutionDir: string): string[] {
  const problems: string[] = [];
  const at = (file: string) => path.relative(path.dirname(solutionDir), file).split(path.sep).join("/");
  const files = filesUnder(solutionDir);
  for (const manifest of files.filter((f) => f.endsWith(`${path.sep}ControlManifest.xml`))) {
    const data = `${manifest}.data.xml`;
    const folder = path.basename(path.dirname(manifest));
    if (!fs.existsSync(data)) {
      problems.push(`[pac pack] ${at(manifest)}: no ControlManifest.xml.data.xml beside it`);
      continue;
    }
    const control = parseXml(fs.readFileSync(data, "utf8"), at(data));
    if (
      childText(control, "Name") !== folder ||
      childText(control, "FileName") !== `/Controls/${folder}/ControlManifest.xml`
    ) {
      problems.push(
        `[pac pack] ${at(data)}: Name and FileName must be ${folder} and /Controls/${folder}/ControlManifest.xml`,
      );
    }
  }
  // SolutionPackager reads a dashboard from Dashboards/{FormId}.xml, a <Dashboard> of its own.
  for (const file of files.filter((f) => path.basename(path.dirname(f)) === "Dashboards")) {
    const dashboard = parseXml(fs.readFileSync(file, "utf8"), at(file));
    const id = childText(dashboard, "FormId");
    if (dashboard.tagName !== "Dashboard" || `${id}.xml` !== path.basename(file))
      problems.push(
        `[pac pack] ${at(file)}: must be a <Dashboard> whose FormId is the file's name (found ${id ?? "none"})`,
      );
  }
  // SolutionPackager packs environmentvariabledefinitions/<schemaname>/ as it finds it, so the file is checked as in a zip.
  for (const file of files) {
    const relative = path.relative(solutionDir, file).split(path.sep).join("/");
    if (environmentVariableFile.test(relative))
      problems.push(...environmentVariableFileProblems(at(file), fs.readFileSync(file, "utf8")));
  }
  // Each form file's labels, against the languages Other/Customizations.xml lists, as in a zip.
  const skeleton = path.join(solutionDir, "Other", "Customizations.xml");
  if (fs.existsSync(skeleton)) {
    const languages = listedLanguages(parseXml(fs.readFileSync(skeleton, "utf8"), at(skeleton)));
    for (const file of files.filter((f) => f.includes(`${path.sep}FormXml${path.sep}`))) {
      const forms = parseXml(fs.readFileSync(file, "utf8"), at(file));
      const main = path.basename(path.dirname(file)) === "main";
      const systemforms = Array.from(forms.getElementsByTagName("systemform")).map((form) => ({ form, main }));
      problems.push(...formLabelProblems(at(file), systemforms, languages, file.endsWith("_managed.xml")));
    }
  }
  const solutionXml = path.join(solutionDir, "Other", "Solution.xml");
  if (!fs.existsSync(solutionXml)) return [...problems, `[pac pack] ${at(solutionXml)} is missing`];
  const managed = text(parseXml(fs.readFileSync(solutionXml, "utf8"), at(solutionXml)), "Managed");
  if (managed === "2") {
    for (const form of files.filter(
      (f) => f.includes(`${path.sep}FormXml${path.sep}`) && !f.endsWith("_managed.xml"),
    )) {
      if (!fs.existsSync(form.replace(/\.xml$/, "_managed.xml")))
        problems.push(`[pac pack] ${at(form)}: Solution.xml says Managed 2 (both), but the form has no _managed twin`);
    }
  } else if (managed !== "0") {
    problems.push(`[pac pack] ${at(solutionXml)}: Managed is ${managed}; unpacked source is 0 (unmanaged) or 2 (both)`);
  }
  return problems;
}
