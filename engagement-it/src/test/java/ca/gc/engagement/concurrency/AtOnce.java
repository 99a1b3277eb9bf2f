package ca.gc.engagement.concurrency;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Requests sent at the same moment: each on a thread of its own, all held at one start gate and let
 * go together, so that they reach the server as close together as a client can make them.
 */
final class AtOnce {

  private AtOnce() {}

  /** The answers, in the order of the requests. */
  static List<HttpResponse<String>> send(List<Supplier<HttpResponse<String>>> requests)
      throws InterruptedException {
    ExecutorService clients = Executors.newFixedThreadPool(requests.size());
    try {
      CountDownLatch ready = new CountDownLatch(requests.size());
      CountDownLatch gate = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (Supplier<HttpResponse<String>> request : requests) {
        answers.add(
            clients.submit(
                () -> {
                  ready.countDown();
                  gate.await();
                  return request.get();
                }));
      }
      ready.await();
      gate.countDown();
      List<HttpResponse<String>> all = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        try {
          all.add(answer.get());
        } catch (ExecutionException failed) {
          throw new IllegalStateException("A client failed: " + failed.getCause(), failed);
        }
      }
      return all;
    } finally {
      clients.shutdownNow();
    }
  }
}
