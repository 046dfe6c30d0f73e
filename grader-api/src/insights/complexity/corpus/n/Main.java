import java.io.*;

public class Main {
  public static void main(String[] args) throws IOException {
    StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
    in.nextToken();
    int n = (int) in.nval;
    long s = 0;
    for (int i = 0; i < n; i++) {
      in.nextToken();
      s += (long) in.nval;
    }
    System.out.println(s);
  }
}
