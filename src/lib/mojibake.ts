/**
 * Detects Vietnamese typed in a legacy 8-bit encoding (TCVN3/ABC, VNI) and shown as Latin-1:
 * "Céng hoµ x· héi" (TCVN3) or "Coäng hoøa xaõ hoäi" (VNI). Proper Vietnamese never uses these
 * Latin-1 symbols or diaeresis letters, so several of them on one line give the text away.
 */
// Superscript ¹ ² ³ are left out: real footnotes use them (TCVN3 maps ạ to ¹, but its other symbols still show).
const SUSPICIOUS = /[µ¸¶¨»¼½¾ÆÇËÑÜÝðø÷¬¦§®¯±´¥¤¢ÖöñÏïÄäËëÜüÛÎ]/g;

export interface MojibakeHit {
  /** 1-based line. */
  line: number;
  /** The suspicious word, to show the editor. */
  sample: string;
}

/** The same characters, to test a whole file at once (no /g state). */
const ANY_SUSPICIOUS = new RegExp(SUSPICIOUS.source);

export function findMojibake(text: string): MojibakeHit[] {
  const hits: MojibakeHit[] = [];
  // Most files hold none of these characters: no line can be a hit.
  if (!ANY_SUSPICIOUS.test(text)) return hits;
  text.split('\n').forEach((lineText, i) => {
    const count = lineText.match(SUSPICIOUS)?.length ?? 0;
    const word = lineText.split(/\s+/).find((w) => (w.match(SUSPICIOUS)?.length ?? 0) >= 2);
    if (count >= 3 || word) {
      const sample = word ?? lineText.split(/\s+/).find((w) => SUSPICIOUS.test(w)) ?? lineText.trim();
      SUSPICIOUS.lastIndex = 0;
      hits.push({ line: i + 1, sample: sample.slice(0, 30) });
    }
  });
  return hits;
}

export function mojibakeMessage(sample: string): string {
  return `Dòng này có vẻ là chữ gõ bằng bảng mã cũ (TCVN3/ABC hoặc VNI) bị hiển thị sai, ví dụ "${sample}". Chuyển sang Unicode: trong UniKey mở "Công cụ chuyển mã" (Ctrl+Shift+F6), chọn nguồn TCVN3 hoặc VNI Windows, đích Unicode, chuyển rồi dán lại`;
}
