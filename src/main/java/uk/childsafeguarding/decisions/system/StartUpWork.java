package uk.childsafeguarding.decisions.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work that start-up does on its own thread while the rest of the service is built (the first rule
 * set, the schema files): whoever needs the result waits for it, and a failure is thrown to them as
 * the work threw it, so it still stops start-up where it is awaited.
 */
public final class StartUpWork<T> {

    private final CompletableFuture<T> result;

    private StartUpWork(CompletableFuture<T> result) {
        this.result = result;
    }

    /** Starts the work on a daemon thread of that name. */
    public static <T> StartUpWork<T> onItsOwnThread(String threadName, Supplier<T> work) {
        return new StartUpWork<>(CompletableFuture.supplyAsync(work, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            t.start();
        }));
    }

    /** The result, waiting for it if need be; the work's own exception if it failed. */
    public T get() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
