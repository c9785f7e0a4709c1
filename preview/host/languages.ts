/** The languages the preview offers: those our controls have resx files for. */
export const previewLanguages: readonly { id: number; name: string }[] = [
  { id: 1033, name: "English" },
  { id: 1031, name: "Deutsch" },
];
