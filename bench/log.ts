/** The bench's progress lines, stamped with the time of day (a full run takes hours). */
export function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}
