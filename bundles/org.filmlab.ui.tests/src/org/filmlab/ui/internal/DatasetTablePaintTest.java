// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.core.runtime.Platform;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * The data-set table as pixels. Its model was right while the screen stayed blank: every paint
 * failed inside NatTable (Eclipse Collections found no implementation under OSGi) and the error went
 * to SLF4J's no-op logger. These tests look at what is drawn, not at the model.
 */
class DatasetTablePaintTest {

    private IPerspectiveDescriptor before;

    @BeforeEach
    void showData() throws Exception {
        DataUi.waitForFilmLabJobs();
        before = DataUi.showDataPerspective();
    }

    @AfterEach
    void putBack() throws Exception {
        DataUi.restore(before);
    }

    @Test
    void natTableErrorsReachARealLoggerNotTheNoOpOne() {
        // The failure this class guards against was invisible because SLF4J had no provider.
        assertFalse(LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory,
                "SLF4J found no provider: NatTable's painting errors would be dropped");
    }

    @Test
    void theTableDrawsWithoutTheServiceLoaderMediatorRunning() {
        // The desktop does not start SPI Fly (it took about 2 s of every start); this runtime starts
        // as the product does, so the other tests here show the table draws without it.
        Bundle spiFly = Platform.getBundle("org.apache.aries.spifly.dynamic.bundle");
        assertNotNull(spiFly, "SPI Fly is installed: Eclipse Collections' manifests need its extender to resolve");
        assertNotEquals(Bundle.ACTIVE, spiFly.getState(), "SPI Fly was started");
        assertTrue(Lists.mutable.empty().getClass().getName().startsWith("org.eclipse.collections.impl."),
                "Eclipse Collections found its implementation: " + Lists.mutable.empty().getClass());
    }

    @Test
    void theTableHasRoomAndDrawsItsCells() {
        DatasetTable table = DataUi.datasetView().table();
        assertNotNull(table, "the sample is loaded: " + Session.get().importProblem().orElse(""));
        NatTable nat = table.control();
        DataUi.dispatch();
        Rectangle area = nat.getClientArea();
        assertTrue(area.width > 200 && area.height > 200, "the table has room in the view: " + area);

        int headerHeight = nat.getRowHeightByPosition(0);
        int rowHeaderWidth = nat.getColumnWidthByPosition(0);
        int bodyRows = Math.min(table.rowCount(), (area.height - headerHeight) / nat.getRowHeightByPosition(1));
        assertTrue(bodyRows >= 5, "at least five body rows fit: " + bodyRows);

        Display display = nat.getDisplay();
        Image image = new Image(display, area.width, area.height);
        try {
            GC gc = new GC(image);
            try {
                assertTrue(nat.print(gc), "SWT printed the table");
            } finally {
                gc.dispose();
            }
            ImageData pixels = image.getImageData();
            // Cell text is black on white; grid lines and header shading are mid grey. Only glyphs are this dark.
            int dark = 0;
            int bodyBottom = headerHeight + bodyRows * nat.getRowHeightByPosition(1);
            int bodyRight = Math.min(area.width, rowHeaderWidth + 3 * nat.getColumnWidthByPosition(1));
            for (int y = headerHeight + 1; y < bodyBottom; y++) {
                for (int x = rowHeaderWidth + 1; x < bodyRight; x++) {
                    if (luminance(pixels.palette, pixels.getPixel(x, y)) < 80) {
                        dark++;
                    }
                }
            }
            // Three columns of at least five rows of numbers such as "3.0" give well over 5 x 3 x 10 dark pixels.
            assertTrue(dark > 150, "the body area shows cell text (dark pixels: " + dark + ")");

            int headerDark = 0;
            for (int y = 1; y < headerHeight; y++) {
                for (int x = rowHeaderWidth + 1; x < bodyRight; x++) {
                    if (luminance(pixels.palette, pixels.getPixel(x, y)) < 80) {
                        headerDark++;
                    }
                }
            }
            assertTrue(headerDark > 50, "the column headers show text (dark pixels: " + headerDark + ")");
        } finally {
            image.dispose();
        }
    }

    private static double luminance(PaletteData palette, int pixel) {
        RGB rgb = palette.getRGB(pixel);
        return 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue;
    }
}
