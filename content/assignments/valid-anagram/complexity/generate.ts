/**
 * Two words of n letters, the second a shuffle of the first: the answer is YES, so every
 * letter of both is counted; sorting both words costs n log n, comparing letter by letter n².
 */
export default function generate(n: number, random: () => number): string {
  const letters: string[] = [];
  for (let i = 0; i < n; i++) letters.push(String.fromCharCode(97 + Math.floor(random() * 26)));
  const s = letters.join('');
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [letters[i], letters[j]] = [letters[j] ?? '', letters[i] ?? ''];
  }
  return `${s}\n${letters.join('')}\n`;
}
