/**
 * Dark or light: Office's own theme when the host tells it (officeTheme.bodyBackgroundColor, e.g.
 * "#262626" for Black, "#FFFFFF" for White/Colorful), else the system's prefers-color-scheme.
 */
export function isDarkTheme(officeBackground: string | null | undefined, prefersDark: boolean): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(officeBackground ?? "");
  if (!m) return prefersDark;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  // Relative luminance (WCAG) under the midpoint of 0.18 (where black and white text contrast equally).
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) < 0.18;
}
