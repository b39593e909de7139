// Offer bytes as a file download from the pane (a Blob and an <a download>). Some Office hosts (the
// desktop webviews) block downloads: when the browser has no way to start one we say so instead.
export type DownloadOutcome = "started" | "blocked";

export function downloadBytes(bytes: Uint8Array, name: string, mime: string): DownloadOutcome {
  const canDownload = typeof URL !== "undefined" && typeof URL.createObjectURL === "function" && "download" in HTMLAnchorElement.prototype;
  if (!canDownload) return "blocked";
  try {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.rel = "noopener";
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    // The browser has the file by then; the URL only holds memory.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return "started";
  } catch {
    return "blocked";
  }
}
