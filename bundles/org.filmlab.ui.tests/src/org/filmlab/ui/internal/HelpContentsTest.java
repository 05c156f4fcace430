// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Help › Contents shows the documents the desktop ships, each with its text, not a "missing" note. */
class HelpContentsTest {

    @Test
    void everyDocumentIsShippedAndReadable() {
        for (HelpContentsHandler.Document d : HelpContentsHandler.DOCUMENTS) {
            String text = HelpContentsHandler.text(d);
            assertTrue(text.startsWith("# "), d.file() + " starts with its title, not the licence comment: "
                    + text.substring(0, Math.min(80, text.length())));
            assertFalse(text.contains("is missing from this installation"), text);
        }
        assertTrue(HelpContentsHandler.text(HelpContentsHandler.DOCUMENTS.get(0)).contains("File › Save project"));
    }
}
