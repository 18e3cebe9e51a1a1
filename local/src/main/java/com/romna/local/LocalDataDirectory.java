package com.romna.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The local run's data directory ({@code ROMNA_DATA_DIR}), held by one running copy at a time: a
 * second copy pointed at the same directory stops with a clear message instead of sharing (and
 * corrupting) another copy's PostgreSQL.
 */
public final class LocalDataDirectory implements AutoCloseable {

  private final Path directory;
  private final FileChannel channel;
  private final FileLock lock;

  private LocalDataDirectory(Path directory, FileChannel channel, FileLock lock) {
    this.directory = directory;
    this.channel = channel;
    this.lock = lock;
  }

  public static LocalDataDirectory claim(String dataDir) {
    Path directory = Path.of(dataDir).toAbsolutePath().normalize();
    try {
      Files.createDirectories(directory);
      FileChannel channel = FileChannel.open(directory.resolve("copy.lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException sameJvm) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new IllegalStateException("the data directory " + directory + " is in use by another"
            + " running copy of the service; give this copy a directory of its own with"
            + " ROMNA_DATA_DIR (and its own SERVER_PORT and TEMPORAL_ADDRESS)");
      }
      return new LocalDataDirectory(directory, channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the data directory " + directory, e);
    }
  }

  public Path path() {
    return directory;
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
