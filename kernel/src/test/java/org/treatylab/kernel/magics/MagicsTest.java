package org.treatylab.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The magics' file and POM rules, without a kernel. */
class MagicsTest {
  @TempDir Path dir;

  @Test
  void loadTriesIJavasExtensionsInOrder() throws Exception {
    Files.writeString(dir.resolve("helpers.java"), "int a = 1;");
    Files.writeString(dir.resolve("helpers.ipynb"), "{}");
    assertEquals(dir.resolve("helpers.java"), LoadMagic.findLoadable(dir.resolve("helpers").toString()));
    Files.writeString(dir.resolve("helpers.jshell"), "int a = 2;");
    assertEquals(dir.resolve("helpers.jshell"), LoadMagic.findLoadable(dir.resolve("helpers").toString()));
  }

  @Test
  void aMissingFileIsNamedWithWhatWasTried() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LoadMagic.findLoadable(dir.resolve("nope").toString()));
    assertTrue(e.getMessage().contains("nope' not found"), e.getMessage());
    assertTrue(e.getMessage().contains("nope.jsh, ") && e.getMessage().contains("nope.ipynb"), e.getMessage());
  }

  @Test
  void aBinaryFileIsNotText() throws Exception {
    Path jar = dir.resolve("lib.jar");
    Files.write(jar, new byte[] {'P', 'K', 3, 4, 0, 0});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextFiles.readText(jar));
    assertTrue(e.getMessage().contains("lib.jar' is not a text file"), e.getMessage());
    Path latin1 = dir.resolve("old.jsh");
    Files.write(latin1, new byte[] {'i', 'n', 't', ' ', (byte) 0xe9});
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> TextFiles.readText(latin1)).getMessage().contains("not valid UTF-8"));
  }

  @Test
  void aNotebookWithoutCellsIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NotebookCells.codeCells("{\"nbformat\": 3}", Path.of("old.ipynb")));
    assertTrue(e.getMessage().contains("old.ipynb") && e.getMessage().contains("no \"cells\""), e.getMessage());
    assertEquals(
        List.of("int a = 1;\nint b = 2;", "%maven x:y:1"),
        NotebookCells.codeCells(
            "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"int a = 1;\\n\", \"int b = 2;\"]},"
                + " {\"cell_type\": \"markdown\", \"source\": \"text\"},"
                + " {\"cell_type\": \"code\", \"source\": \"%maven x:y:1\"}]}",
            Path.of("n.ipynb")));
  }

  @Test
  void pomFragmentsGiveCoordinatesAndRepositories() {
    PomFragment pom =
        PomFragment.parse(
            "<dependency><groupId>g</groupId><artifactId>a</artifactId><version>1</version></dependency>\n"
                + "<dependency><groupId>g</groupId><artifactId>b</artifactId><version>2</version>"
                + "<classifier>linux</classifier></dependency>\n"
                + "<dependency><groupId>g</groupId><artifactId>t</artifactId><version>3</version><scope>test</scope></dependency>\n"
                + "<repository><id>r</id><url>file:///tmp/repo</url></repository>",
            "the cell");
    assertEquals(List.of("g:a:1", "g:b:jar:linux:2"), pom.coordinates());
    assertEquals(Map.of("r", "file:///tmp/repo"), pom.repositories());
  }

  @Test
  void aWholePomFillsInItsProperties() {
    PomFragment pom =
        PomFragment.parse(
            "<?xml version=\"1.0\"?><project xmlns=\"http://maven.apache.org/POM/4.0.0\"><version>9</version>"
                + "<properties><v>1.5</v></properties><dependencyManagement><dependencies><dependency>"
                + "<groupId>m</groupId><artifactId>managed</artifactId><version>0</version></dependency>"
                + "</dependencies></dependencyManagement><dependencies><dependency><groupId>g</groupId>"
                + "<artifactId>a</artifactId><version>${v}</version></dependency></dependencies></project>",
            "pom.xml");
    assertEquals(List.of("g:a:1.5"), pom.coordinates());
  }

  @Test
  void badPomsAreNamed() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> PomFragment.parse("<dependency><groupId>g", "the cell"))
            .getMessage()
            .contains("not well-formed XML"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> PomFragment.parse("<dependency><groupId>g</groupId><version>1</version></dependency>", "the cell"))
            .getMessage()
            .contains("has no <artifactId>"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    PomFragment.parse(
                        "<dependency><groupId>g</groupId><artifactId>a</artifactId><version>${nope}</version></dependency>",
                        "pom.xml"))
            .getMessage()
            .contains("${nope} in pom.xml is not defined"));
  }

  @Test
  void aRepositoryNeedsAUsableUrl() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> MavenRepositories.add("x", "ftp://host/repo"))
            .getMessage()
            .contains("not an http(s):// or file:// URL"));
  }
}
