/** Hands a file to the browser's download manager under `fileName`. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the download has taken its own reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name safe on every OS: `ge-lake_nh3n_2023-10-10_2023-12-31.png`. */
export function fileName(parts: readonly string[], extension: string): string {
  const safe = parts.map((part) => part.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '')).filter(Boolean);
  return `${safe.join('_')}.${extension}`;
}
