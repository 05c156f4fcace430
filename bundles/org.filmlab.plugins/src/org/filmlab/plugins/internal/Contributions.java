// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What a bundle jar says it contributes, read from its {@code plugin.xml} without loading any of its
 * code (the registry reads the same attributes): shown before an install, so the user knows what
 * will appear in the product.
 */
final class Contributions {

    private Contributions() {
    }

    /**
     * @return one line per contributed element, {@code extension point: element id (name)}; empty for
     *         a jar without plugin.xml; a line saying so for an unreadable one
     */
    static List<String> declaredIn(Path jar) {
        List<String> lines = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("plugin.xml");
            if (entry == null) {
                return lines;
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element plugin;
            try (InputStream in = zip.getInputStream(entry)) {
                plugin = factory.newDocumentBuilder().parse(in).getDocumentElement();
            }
            for (Node n = plugin.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element extension && "extension".equals(extension.getTagName())) {
                    for (Node c = extension.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (c instanceof Element element) {
                            lines.add(extension.getAttribute("point") + ": " + element.getTagName()
                                    + (element.hasAttribute("id") ? " " + element.getAttribute("id") : "")
                                    + (element.hasAttribute("name") ? " (" + element.getAttribute("name") + ")" : ""));
                        }
                    }
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            lines.add(jar.getFileName() + ": plugin.xml cannot be read (" + e.getMessage() + ")");
        }
        return lines;
    }
}
