/**
 * Whether `file` matches an `accept` list as a file input reads it: `.pdf` (a name ending),
 * `image/*` (a type family) or `image/png` (a type), comma-separated, case-insensitive.
 */
export function accepts(accept: string, file: File): boolean {
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .some((entry) => {
      if (!entry) return false;
      if (entry.startsWith('.')) return name.endsWith(entry);
      if (entry.endsWith('/*')) return type.startsWith(entry.slice(0, -1));
      return type === entry;
    });
}

/** The file as a `data:` URL (what is sent when no `.upload` is set). */
export function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

/** "2.5 MB", "300 kB" in the reader's language. */
export function fileSizeText(bytes: number, lang: string): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : bytes >= 1e3 ? [bytes / 1e3, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** Images show as thumbnails; anything else as a chip with its name. */
export const isImage = (mediaType: string): boolean => /^image\/(?:png|jpe?g|gif|webp|avif|bmp)$/i.test(mediaType);
