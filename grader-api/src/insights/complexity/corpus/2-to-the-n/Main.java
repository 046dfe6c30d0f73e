import java.io.*;

// How many subsets of the n numbers sum to half their total: every subset is enumerated.
public class Main {
  static int[] a;

  static long count(int i, int s, int target) {
    if (i == a.length) return s == target ? 1 : 0;
    return count(i + 1, s, target) + count(i + 1, s + a[i], target);
  }

  public static void main(String[] args) throws IOException {
    StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
    in.nextToken();
    a = new int[(int) in.nval];
    int total = 0;
    for (int i = 0; i < a.length; i++) {
      in.nextToken();
      a[i] = (int) in.nval;
      total += a[i];
    }
    System.out.println(count(0, 0, total / 2));
  }
}
