package ca.gc.engagement.api.export;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A response whose body goes to a file while the request runs (an export, written as fast as the
 * database reads), and to the client only afterwards ({@link #copyTo}), once the transaction has
 * ended: so a client that reads slowly, or not at all, holds a worker thread and a file, never a
 * connection of the pool. Status and headers pass through to the real response, which is not
 * committed until the copy; {@code Content-Length} is the file's, set at the copy. An error sent
 * with {@code sendError} (or a redirect) passes through too, and the file is then not copied.
 */
final class SpooledResponse extends HttpServletResponseWrapper {

  private final FileChannel file;
  private OutputStream spool;
  private ServletOutputStream stream;
  private PrintWriter writer;
  private boolean passedThrough;

  SpooledResponse(HttpServletResponse response, Path path) throws IOException {
    super(response);
    this.file = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.READ);
    this.spool = new BufferedOutputStream(Channels.newOutputStream(file), 64 * 1024);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called first");
    }
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
              spool.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
              spool.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
              spool.flush();
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              throw new IllegalStateException("An export is written to its file, not async");
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null) {
      throw new IllegalStateException("getOutputStream() was called first");
    }
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      writer =
          new PrintWriter(
              new OutputStreamWriter(
                  new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                      spool.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                      spool.write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                      spool.flush();
                    }
                  },
                  charset));
    }
    return writer;
  }

  /** Flushes to the file only: nothing reaches the client before the copy. */
  @Override
  public void flushBuffer() throws IOException {
    flushSpool();
  }

  @Override
  public boolean isCommitted() {
    return passedThrough || super.isCommitted();
  }

  @Override
  public void resetBuffer() {
    super.resetBuffer();
    discardSpool();
  }

  @Override
  public void reset() {
    super.reset();
    discardSpool();
  }

  /** The length is the file's, set when it is copied. */
  @Override
  public void setContentLength(int length) {}

  @Override
  public void setContentLengthLong(long length) {}

  @Override
  public void setHeader(String name, String value) {
    if (!"Content-Length".equalsIgnoreCase(name)) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!"Content-Length".equalsIgnoreCase(name)) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (!"Content-Length".equalsIgnoreCase(name)) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (!"Content-Length".equalsIgnoreCase(name)) {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    passedThrough = true;
    super.sendError(status, message);
  }

  @Override
  public void sendError(int status) throws IOException {
    passedThrough = true;
    super.sendError(status);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    passedThrough = true;
    super.sendRedirect(location);
  }

  /** Everything written so far, in the file; called before the transaction ends. */
  void finishSpool() throws IOException {
    flushSpool();
  }

  /**
   * Sends the spooled body to the client, with its length; nothing when an error or redirect went
   * through instead. May block as long as the client reads slowly (the listener's write timeout
   * ends that), holding no transaction or connection by then.
   */
  long copyTo(HttpServletResponse client) throws IOException {
    flushSpool();
    if (passedThrough || client.isCommitted()) {
      return -1;
    }
    long length = file.size();
    client.setContentLengthLong(length);
    OutputStream out = client.getOutputStream();
    try (var in = Channels.newInputStream(file.position(0))) {
      in.transferTo(out);
    }
    out.flush();
    return length;
  }

  /** Closes the file (it is deleted by whoever made it). */
  void close() {
    try {
      file.close();
    } catch (IOException e) {
      // the file is deleted next whatever happens; nothing more to free
    }
  }

  private void flushSpool() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    spool.flush();
  }

  private void discardSpool() {
    try {
      file.truncate(0);
      file.position(0);
    } catch (IOException e) {
      throw new IllegalStateException("Could not empty the export's spool file", e);
    }
    spool = new BufferedOutputStream(Channels.newOutputStream(file), 64 * 1024);
    writer = null;
    stream = null;
  }
}
