import java.io.*;

// The largest x in [0, n] with sum_{k=1..K} floor(x / k) <= n: a binary search whose check costs K divisions.
public class Main {
  static final long K = 500_000;

  static long f(long x) {
    long s = 0;
    for (long k = 1; k <= K; k++) s += x / k;
    return s;
  }

  public static void main(String[] args) throws IOException {
    long n = Long.parseLong(new BufferedReader(new InputStreamReader(System.in)).readLine().trim());
    long lo = 0, hi = n;
    while (lo < hi) {
      long mid = lo + (hi - lo + 1) / 2;
      if (f(mid) <= n) lo = mid; else hi = mid - 1;
    }
    System.out.println(lo);
  }
}
