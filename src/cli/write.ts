import { appendFile, rename, unlink, writeFile } from "node:fs/promises";

/** Write a report so that no reader ever sees half of it: a temporary file, then a rename. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export const append = (path: string, text: string) => appendFile(path, text);
