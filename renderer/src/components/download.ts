// Saves data as a file the way both Electron and a browser accept: a Blob link, clicked.
// A Blob of a string keeps its characters as they are (e.g. the BOM at the start of a CSV
// export, so Excel reads UTF-8 Korean).
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
