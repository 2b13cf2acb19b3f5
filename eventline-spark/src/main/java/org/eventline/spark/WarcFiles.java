package org.eventline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands what the user names into WARC files, through Hadoop's file systems so that a folder on
 * S3, GCS or HDFS lists like a local one. Globs are expanded; folders are walked for
 * {@code .warc} and {@code .warc.gz}; a named file is taken whatever its name.
 */
final class WarcFiles {
  private WarcFiles() {}

  static List<String> expand(Configuration conf, List<String> names) {
    List<String> out = new ArrayList<>();
    try {
      for (String name : names) {
        Path path = new Path(name);
        FileSystem fs = path.getFileSystem(conf);
        boolean plain = path.toUri().getScheme() == null;
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new IllegalArgumentException("WARC input " + name + ": no such file or folder");
        }
        for (FileStatus m : matches) {
          if (m.isDirectory()) {
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(m.getPath(), true);
            while (files.hasNext()) {
              String p = named(files.next().getPath(), plain);
              if (isWarc(p)) {
                out.add(p);
              }
            }
          } else {
            out.add(matches.length == 1 && !name.contains("*") ? name : named(m.getPath(), plain));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the WARC inputs " + names + ": " + e.getMessage(), e);
    }
    return out.stream().distinct().sorted().toList();
  }

  /**
   * A listed file as the user would have named it: a plain path stays a plain path (Hadoop lists
   * {@code file:/x}), so that every article's {@code file} reads as the CLI's would.
   */
  private static String named(Path p, boolean plain) {
    return plain && "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  static boolean isWarc(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".warc") || p.endsWith(".warc.gz");
  }
}
