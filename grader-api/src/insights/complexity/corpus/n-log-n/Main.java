import java.io.*;
import java.util.*;

// Sorts n pseudo-random numbers (MINSTD from seed 12345) and prints a checksum of the order.
public class Main {
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(new BufferedReader(new InputStreamReader(System.in)).readLine().trim());
    long[] a = new long[n];
    long state = 12345;
    for (int i = 0; i < n; i++) a[i] = state = state * 48271 % 2147483647;
    Arrays.sort(a);
    long s = 0;
    for (int i = 0; i < n; i++) s += a[i] % 1000 * (i % 7);
    System.out.println(s);
  }
}
