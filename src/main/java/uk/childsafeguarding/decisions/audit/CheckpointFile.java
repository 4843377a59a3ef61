package uk.childsafeguarding.decisions.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The copy of every checkpoint kept outside the database: one JSON line per checkpoint, appended
 * and forced to disk before the records it covers are acknowledged. Someone who rewrites the
 * database and deletes its checkpoints still leaves this file (or its copies shipped elsewhere)
 * saying what the chain was. Several instances may append to one file: each line is written by one
 * append of one buffer under an exclusive file lock.
 */
public final class CheckpointFile {

    private final Path file;

    /** @param file the file, or null to keep checkpoints only in the database */
    public CheckpointFile(Path file) {
        this.file = file;
        if (file == null) {
            return;
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for the checkpoint file " + file, e);
        }
    }

    public Path path() {
        return file;
    }

    /** Instances in one JVM (tests) share one file: a file lock is per process, so they also take turns here. */
    private static final Object IN_PROCESS = new Object();

    void append(Checkpoint checkpoint) {
        if (file == null) {
            return;
        }
        synchronized (IN_PROCESS) {
            appendLocked(checkpoint);
        }
    }

    private void appendLocked(Checkpoint checkpoint) {
        byte[] line = (checkpoint.toJsonLine() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                var lock = ch.lock()) {
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the checkpoint file " + file, e);
        }
    }

    /** Every checkpoint in the file; a missing file has none. A line that is not a checkpoint is skipped. */
    public List<Checkpoint> read() {
        return file == null ? new ArrayList<>() : read(file);
    }

    public static List<Checkpoint> read(Path file) {
        List<Checkpoint> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    try {
                        out.add(Checkpoint.fromJsonLine(line));
                    } catch (RuntimeException torn) {
                        // a line cut short by a crash mid-append: it signs nothing, so it proves nothing
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint file " + file, e);
        }
        return out;
    }
}
