/**
 * Hands text to the browser as a file download (the browser edition saves it to Downloads; the
 * desktop app asks where to save it). Nothing leaves the machine: the file is made in the page.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Hands a file made in the page to the browser as a download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is let go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
