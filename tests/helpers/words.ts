/** Word-level comparison used to prove a transcription is faithful. */

export function words(text: string): string[] {
  return (text.normalize('NFC').toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of `source` words that appear, in order, in `target` (longest common subsequence). */
export function inOrderShare(source: readonly string[], target: readonly string[]): number {
  if (source.length === 0) return 1;
  let prev = new Uint16Array(target.length + 1);
  let row = new Uint16Array(target.length + 1);
  for (let i = 1; i <= source.length; i++) {
    for (let j = 1; j <= target.length; j++) {
      row[j] = source[i - 1] === target[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    }
    [prev, row] = [row, prev];
  }
  return prev[target.length] / source.length;
}
