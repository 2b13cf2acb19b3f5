package org.eventline.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {
  private static final String HTML_1256 =
      "<html><head><meta charset=\"windows-1256\"><title>حلب</title></head><body><p>حلب</p></body></html>";

  @Test
  void utf8TextIsDecodedAsUtf8() {
    Page page = PageReader.of("a.txt", "Syria’s Aleppo\n".getBytes(StandardCharsets.UTF_8));
    assertThat(page.failed()).isFalse();
    assertThat(page.charset()).isEqualTo("UTF-8");
    assertThat(page.kind()).isEqualTo(PageKind.TEXT);
    assertThat(page.text()).isEqualTo("Syria’s Aleppo\n");
  }

  @Test
  void byteOrderMarkWinsAndIsStripped() {
    byte[] utf16 = "\uFEFFTehran talks".getBytes(StandardCharsets.UTF_16LE);
    Page page = PageReader.of("a.txt", utf16);
    assertThat(page.charset()).isEqualTo("UTF-16LE");
    assertThat(page.text()).isEqualTo("Tehran talks");
  }

  @Test
  void metaCharsetDecidesTheDecoding() {
    Page page = PageReader.of("a.html", HTML_1256.getBytes(Charset.forName("windows-1256")));
    assertThat(page.charset()).isEqualTo("windows-1256");
    assertThat(page.text()).contains("<p>حلب</p>");
  }

  @Test
  void httpEquivContentTypeDeclaresTheCharset() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
        + "</head><body><p>Москва</p></body></html>";
    Page page = PageReader.of("a.html", html.getBytes(Charset.forName("KOI8-R")));
    assertThat(page.charset()).isEqualTo("KOI8-R");
    assertThat(page.text()).contains("Москва");
  }

  @Test
  void invalidUtf8WithoutDeclarationFallsBackToWindows1252WithANote() {
    byte[] latin = "Caf\u00e9 in Montr\u00e9al \u2013 talks".getBytes(Charset.forName("windows-1252"));
    Page page = PageReader.of("a.txt", latin);
    assertThat(page.charset()).isEqualTo("windows-1252");
    assertThat(page.text()).isEqualTo("Café in Montréal – talks");
    assertThat(page.notes()).singleElement().asString().contains("page a.txt", "windows-1252");
  }

  @Test
  void latin1LabelOverValidUtf8IsReadAsUtf8() {
    String html = "<html><head><meta charset=iso-8859-1></head><body><p>Syria’s envoy</p></body></html>";
    Page page = PageReader.of("a.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(page.charset()).isEqualTo("UTF-8");
    assertThat(page.text()).contains("Syria’s envoy");
    assertThat(page.notes()).singleElement().asString().contains("declared but bytes are valid UTF-8");
  }

  @Test
  void htmlIsRecognisedByItsStartWhateverTheName() {
    Page page = PageReader.of("scraped.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>".getBytes());
    assertThat(page.kind()).isEqualTo(PageKind.HTML);
  }

  @Test
  void plainTextNamedHtmlWithoutTagsIsStillHtmlByName() {
    assertThat(PageReader.of("a.htm", "Just words".getBytes()).kind()).isEqualTo(PageKind.HTML);
    assertThat(PageReader.of("a", "Just words".getBytes()).kind()).isEqualTo(PageKind.TEXT);
  }

  @Test
  void emptyFileIsAnError() {
    Page page = PageReader.of("empty.txt", new byte[0]);
    assertThat(page.failed()).isTrue();
    assertThat(page.error()).isEqualTo("page empty.txt: empty file (0 bytes); skipped");
  }

  @Test
  void whitespaceOnlyFileIsAnError() {
    assertThat(PageReader.of("blank.txt", " \n\n\t ".getBytes()).error())
        .isEqualTo("page blank.txt: only whitespace (5 bytes); skipped");
  }

  @Test
  void binaryJunkIsAnErrorSayingSo() {
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31);
    }
    assertThat(PageReader.of("x.html", junk).error())
        .isEqualTo("page x.html: 4096 bytes of binary data (not text); skipped");
  }

  @Test
  void knownBinaryFormatsAreNamed() {
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(PageReader.of("report.pdf", pdf).error()).contains("of PDF data (not text)");
    byte[] gzip = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0};
    assertThat(PageReader.of("page.html.gz", gzip).error()).contains("gzip-compressed data");
  }

  @Test
  void missingFileIsAnErrorNotAnException(@TempDir Path dir) {
    Path missing = dir.resolve("gone.html");
    Page page = PageReader.read(missing);
    assertThat(page.error()).isEqualTo("page " + missing + ": no such file");
  }

  @Test
  void folderIsAnError(@TempDir Path dir) {
    assertThat(PageReader.read(dir).error()).endsWith("is a folder, not a page");
  }

  @Test
  void fileIsReadFromDisk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "Story Code : 1\n");
    Page page = PageReader.read(file);
    assertThat(page.file()).isEqualTo(file.toString());
    assertThat(page.text()).isEqualTo("Story Code : 1\n");
    assertThat(page.size()).isEqualTo(15);
  }

  @Test
  void oversizedPageIsCutAtALineBreakWithANote() {
    byte[] line = "Damascus talks resumed.\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[line.length * 10];
    for (int i = 0; i < 10; i++) {
      System.arraycopy(line, 0, bytes, i * line.length, line.length);
    }
    Page page = PageReader.of("big.txt", bytes, bytes.length, 100);
    assertThat(page.failed()).isFalse();
    assertThat(page.text()).isEqualTo("Damascus talks resumed.\n".repeat(4));
    assertThat(page.size()).isEqualTo(240);
    assertThat(page.notes()).singleElement().asString()
        .isEqualTo("page big.txt: 240 bytes, over the limit of 100; read only the first 96 bytes");
  }

  @Test
  void pageOverTwentyMegabytesIsTruncatedNotRejected(@TempDir Path dir) throws IOException {
    byte[] bytes = new byte[PageReader.MAX_BYTES + 5000];
    Arrays.fill(bytes, (byte) 'a');
    for (int i = 80; i < bytes.length; i += 81) {
      bytes[i] = '\n';
    }
    Path file = dir.resolve("huge.txt");
    Files.write(file, bytes);
    Page page = PageReader.read(file);
    assertThat(page.failed()).isFalse();
    assertThat(page.text().length()).isLessThanOrEqualTo(PageReader.MAX_BYTES);
    assertThat(page.size()).isEqualTo(bytes.length);
    assertThat(page.notes()).anyMatch(n -> n.contains("over the limit"));
  }
}
