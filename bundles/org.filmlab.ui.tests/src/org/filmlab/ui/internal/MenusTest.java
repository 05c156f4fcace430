// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

/** The menus people expect: Exit on Ctrl+Q, About with the version and the licence. */
class MenusTest {

    @Test
    void ctrlQExits() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        List<TriggerSequence> exit = Arrays.asList(bindings.getActiveBindingsFor("org.eclipse.ui.file.exit"));
        assertTrue(exit.contains(KeySequence.getInstance("M1+Q")), "Exit's keys: " + exit);
    }

    @Test
    void aboutGivesTheVersionAndTheLicence() {
        String text = AboutHandler.text();
        String version = org.osgi.framework.FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
        assertTrue(text.contains(version), text);
        assertTrue(text.contains("GPL-3.0-or-later") && text.contains("EPL"), text);
    }
}
