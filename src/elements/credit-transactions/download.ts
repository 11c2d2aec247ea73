/**
 * Saves a Blob as a file through a real `<a download>` (works in every browser
 * without pop-up blockers). The object URL is revoked after the click has been
 * handled.
 */
export function downloadBlob(blob: Blob, filename: string, host: Node = document.body): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  // Inside the element's shadow root, so the host page's click handlers never see it.
  (host as ParentNode & Node).appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
