// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.PlatformUI;
import org.filmlab.core.data.Dataset;
import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data sets view: what was imported this session, and going back to one of them. */
class DatasetExplorerTest {

    @TempDir
    Path dir;

    private IPerspectiveDescriptor before;
    private Dataset current;
    private Path currentFile;

    @BeforeEach
    void showData() throws Exception {
        DataUi.waitForFilmLabJobs();
        before = DataUi.showDataPerspective();
        current = Session.get().dataset().orElseThrow();
        currentFile = Session.get().datasetFile().orElseThrow();
    }

    @AfterEach
    void putBack() throws Exception {
        Session.get().datasetLoaded(current, currentFile);
        DataUi.restore(before);
    }

    @Test
    void listsEachImportAndSelectingOneMakesItCurrent() throws Exception {
        DatasetExplorerView explorer = (DatasetExplorerView) DataUi.page().findView(DatasetExplorerView.ID);
        assertNotNull(explorer, "the Data perspective shows the data-set explorer");
        int listed = explorer.roots().size();
        assertEquals(Session.get().imported().size(), listed);

        Path copy = dir.resolve("second-batch.csv");
        Dataset second = importCopy(copy);

        List<DatasetExplorerView.Node> roots = explorer.roots();
        assertEquals(listed + 1, roots.size(), "the new import is listed");
        DatasetExplorerView.Node last = roots.get(roots.size() - 1);
        assertSame(second, last.owner().dataset());
        assertTrue(last.text().startsWith("▶ second-batch.csv"), "the current one is marked: " + last.text());
        List<String> children = last.children().stream().map(DatasetExplorerView.Node::text).toList();
        assertEquals("File: " + copy, children.get(0));
        assertEquals("Films (rows): " + second.rowCount(), children.get(1));
        assertEquals("Conditions (" + second.conditions().size() + ")", children.get(2));
        assertEquals("Properties (" + second.properties().size() + ")", children.get(3));
        assertEquals(second.conditions().size(), last.children().get(2).children().size());
        assertTrue(last.children().get(3).children().stream().anyMatch(n -> n.text().startsWith("σN [mS/cm]")),
                last.children().get(3).children().toString());

        Session.Imported earlier = roots.stream().filter(n -> n.owner().dataset() == current).findFirst()
                .orElseThrow().owner();
        explorer.select(earlier);
        DataUi.dispatch();
        assertSame(current, Session.get().dataset().orElseThrow(), "selecting an earlier import makes it current");
        assertEquals(currentFile, Session.get().datasetFile().orElseThrow());
        assertEquals(current.rowCount(), DataUi.datasetView().table().rowCount(), "the table shows it again");
        assertEquals(listed + 1, explorer.roots().size(), "going back does not import again");
    }

    /**
     * Found using the desktop: after a run on the third of three data sets, Window › Analysis and back to
     * Data made the first one current, without a word. The tree had lost its selection when the current
     * line's "▶" moved, and GTK selects the first line of a tree that gets the focus with none selected.
     */
    @Test
    void theTreeKeepsTheCurrentDataSetSelectedAcrossPerspectives() throws Exception {
        DatasetExplorerView explorer = (DatasetExplorerView) DataUi.page().findView(DatasetExplorerView.ID);
        Dataset imported = importCopy(dir.resolve("third-batch.csv"));
        assertSelected(explorer, imported, "after the import");

        PlatformUI.getWorkbench().showPerspective(AnalysisPerspective.ID, DataUi.window());
        DataUi.dispatch();
        DataUi.showDataPerspective();
        DataUi.page().activate(explorer);
        explorer.setFocus();
        DataUi.dispatch();
        assertSame(imported, Session.get().dataset().orElseThrow(),
                "showing the Data perspective again leaves the current data set as it was");
        assertSelected(explorer, imported, "after Analysis and back");
    }

    /** The sample under another name, read by the same job File › Import... uses; it is current then. */
    private static Dataset importCopy(Path copy) throws Exception {
        Files.copy(SampleData.file(), copy);
        new DatasetImportJob(copy).schedule();
        DataUi.waitForFilmLabJobs();
        Dataset imported = Session.get().dataset().orElseThrow();
        assertEquals(copy.getFileName().toString(), imported.source());
        return imported;
    }

    private static void assertSelected(DatasetExplorerView explorer, Dataset dataset, String when) {
        Object selected = explorer.viewer().getStructuredSelection().getFirstElement();
        assertTrue(selected instanceof DatasetExplorerView.Node n && n.owner().dataset() == dataset,
                when + ", the tree's selection is the current data set's line: " + selected);
    }
}
