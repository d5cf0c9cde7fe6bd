export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/**
 * Hands a file to the person. An installed iOS app cannot download, but can share (to Files,
 * Mail, AirDrop...), so the share sheet comes first where the browser offers it for files;
 * everywhere else the file downloads.
 */
export async function shareOrDownload(file: File): Promise<ShareOutcome> {
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: file.name });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Sharing failed for another reason: fall back to a download.
    }
  }
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}
