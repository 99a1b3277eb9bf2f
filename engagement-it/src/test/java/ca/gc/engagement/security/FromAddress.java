package ca.gc.engagement.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A GET sent from a chosen loopback address (127.0.0.2, 127.0.0.3, ...), over a plain socket: the
 * JDK's HTTP client cannot choose its local address. On Linux the whole 127.0.0.0/8 is local, so a
 * socket bound to 127.0.0.7 reaches the server on 127.0.0.1 and the server sees 127.0.0.7 as the
 * peer. The sign-in tests use this to earn address locks on addresses of their own: the address
 * every other test signs in from (127.0.0.1) never comes near its limit.
 */
final class FromAddress {

  private FromAddress() {}

  record Answer(int status, String head, String body) {

    Optional<String> header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return head.lines()
          .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(line -> line.substring(prefix.length()).strip())
          .findFirst();
    }
  }

  /** GET {@code uri} from {@code local}, with the given extra header lines ("Name: value"). */
  static Answer get(String local, URI uri, String... headers) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
      socket.setSoTimeout(30_000);
      StringBuilder request =
          new StringBuilder("GET ")
              .append(uri.getRawPath())
              .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
              .append(" HTTP/1.1\r\nHost: ")
              .append(uri.getHost())
              .append(':')
              .append(uri.getPort())
              .append("\r\nConnection: close\r\n");
      for (String header : headers) {
        request.append(header).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String body = end < 0 ? "" : text.substring(end + 4);
      String statusLine = head.lines().findFirst().orElse("");
      return new Answer(Integer.parseInt(statusLine.split(" ")[1]), head, body);
    } catch (IOException e) {
      throw new IllegalStateException(
          "No answer from " + uri + " to a request from " + local + ": " + e.getMessage(), e);
    }
  }
}
