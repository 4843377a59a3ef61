package uk.childsafeguarding.decisions.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process per embedded SQLite store. The chain has one writer; two processes on one file would
 * take turns on SQLite's lock and answer 503 when a turn took too long. So the first process takes
 * an exclusive lock on {@code <store>.lock} for as long as it runs (the operating system drops it if
 * the process dies, even by SIGKILL) and a second one stops at start-up saying why. Several
 * instances need PostgreSQL.
 */
final class SqliteStoreLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private SqliteStoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static SqliteStoreLock acquire(Path store) {
        Path lockFile = store.resolveSibling(store.getFileName() + ".lock");
        FileChannel ch;
        try {
            // owner-only like the store itself (it holds the process id of the service that has the store)
            boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            ch = posix ? FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")))
                    : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (posix) {
                java.nio.file.Files.setPosixFilePermissions(lockFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the audit store's lock file " + lockFile, e);
        }
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this same process (another application context)
        } catch (IOException e) {
            close(ch);
            throw new UncheckedIOException("cannot lock the audit store's lock file " + lockFile, e);
        }
        if (lock == null) {
            String holder = holder(lockFile);
            close(ch);
            throw new AuditStoreInUseException(store, lockFile, holder);
        }
        try {
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(false);
        } catch (IOException e) {
            // the pid is only for the message a second process prints; the lock is what matters
        }
        return new SqliteStoreLock(ch, lock);
    }

    private static String holder(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
            return pid.isEmpty() ? "another process" : "process " + pid;
        } catch (IOException e) {
            return "another process";
        }
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        close(channel);
    }
}
