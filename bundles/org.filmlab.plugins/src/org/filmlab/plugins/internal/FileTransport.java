// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.plugins.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;

/**
 * p2's transport for FilmLab: files on this machine only. FilmLab installs plug-ins from a folder or
 * a zip the user has, never from the network (no p2 site is reachable where FilmLab is used, and a
 * download would bypass the user's choice of what to trust), so the ECF transport is not shipped.
 */
final class FileTransport extends Transport {

    private static final String PLUGIN_ID = "org.filmlab.plugins";

    @Override
    public IStatus download(URI uri, OutputStream target, IProgressMonitor monitor) {
        try (InputStream in = stream(uri, monitor)) {
            in.transferTo(target);
            return Status.OK_STATUS;
        } catch (IOException | CoreException e) {
            return Status.error("cannot read " + uri + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream stream(URI uri, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
        try {
            return Files.newInputStream(file(uri));
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException(uri.toString());
        } catch (IOException e) {
            throw new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, "cannot read " + uri + ": " + e, e));
        }
    }

    @Override
    public long getLastModified(URI uri, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
        Path file = file(uri);
        if (!Files.exists(file)) {
            throw new FileNotFoundException(uri.toString());
        }
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, "cannot read " + uri + ": " + e, e));
        }
    }

    private static Path file(URI uri) throws CoreException {
        if (!"file".equals(uri.getScheme())) {
            throw new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, "FilmLab installs plug-ins from folders and"
                    + " zips on this machine only, not from " + uri + "; download the plug-in's zipped repository"
                    + " and install the file"));
        }
        return Path.of(uri);
    }
}
