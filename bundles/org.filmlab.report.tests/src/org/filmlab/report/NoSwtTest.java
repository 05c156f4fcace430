// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The report is not a UI bundle: neither it nor the chart libraries it is wired to may import SWT
 * or the JFreeChart SWT bridge (the target platform keeps those in a location of their own).
 */
class NoSwtTest {

    private static List<String> importedPackages(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        List<String> packages = new ArrayList<>();
        for (BundleWire w : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            packages.add((String) w.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE));
        }
        return packages;
    }

    private static boolean isSwt(String pkg) {
        return pkg.startsWith("org.eclipse.swt") || pkg.startsWith("org.jfree.swt") || pkg.startsWith("org.eclipse.jface")
                || pkg.startsWith("org.eclipse.ui");
    }

    @Test
    void neitherTheReportNorItsChartLibrariesAreWiredToSwt() {
        Bundle report = FrameworkUtil.getBundle(ReportRenderer.class);
        Bundle jfreechart = FrameworkUtil.getBundle(JFreeChart.class);
        Bundle jfreesvg = FrameworkUtil.getBundle(SVGGraphics2D.class);
        for (Bundle b : List.of(report, jfreechart, jfreesvg)) {
            List<String> imports = importedPackages(b);
            assertFalse(imports.stream().anyMatch(NoSwtTest::isSwt), b.getSymbolicName() + " imports " + imports);
            String declared = b.getHeaders().get("Import-Package");
            assertTrue(declared == null || !declared.contains("swt"), b.getSymbolicName() + " declares " + declared);
            String requires = b.getHeaders().get("Require-Bundle");
            assertTrue(requires == null || !requires.contains("swt"), b.getSymbolicName() + " requires " + requires);
        }
        assertTrue(importedPackages(report).contains("org.jfree.chart"), "the report is wired to JFreeChart");
    }
}
