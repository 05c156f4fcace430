// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.filmlab.core.data.InputException;

/**
 * File › New, Open, Save, Save As and Recent projects: what the desktop does with {@link ProjectFile}s,
 * with the prompts a user expects (save changes before they are replaced; never overwrite without
 * saying so) and the recent list, most recent first, kept in the preferences. UI thread.
 */
final class Projects {

    /** Paths of the projects last opened or saved, most recent first, separated by newlines. */
    static final String RECENT = "projects.recent";
    static final int RECENT_MAX = 8;

    private Projects() {
    }

    /** A new, empty project, after asking to save the current one's changes. */
    static void newProject(Shell shell) {
        if (mayDiscard(shell, "start a new project")) {
            Session.get().replaceWith(ProjectFile.Contents.empty(), null);
            Undoable.clear();
        }
    }

    static void openWithDialog(Shell shell) {
        if (!mayDiscard(shell, "open another project")) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open a project");
        dialog.setFilterExtensions(new String[] { "*." + ProjectFile.EXTENSION, "*" });
        dialog.setFilterNames(new String[] { "FilmLab projects (*." + ProjectFile.EXTENSION + ")", "All files" });
        String chosen = FilmLabPreferences.openInLastFolder(dialog);
        if (chosen != null) {
            open(Path.of(chosen)).schedule();
        }
    }

    /** Opens a project from the recent list, after asking to save the current one's changes. */
    static void openRecent(Shell shell, Path file) {
        if (mayDiscard(shell, "open " + file.getFileName())) {
            open(file).schedule();
        }
    }

    /**
     * A job reading the project in the background and putting it in the session when read; a file
     * that cannot be read leaves the session as it was and says why.
     */
    static FilmLabJob open(Path file) {
        FilmLabJob job = new FilmLabJob("Opening " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    ProjectFile.Contents contents = ProjectFile.read(file);
                    inUi(() -> {
                        Session.get().replaceWith(contents, file);
                        Undoable.clear();
                        remember(file);
                    });
                    return Status.OK_STATUS;
                } catch (InputException | RuntimeException e) {
                    // Logged once, by the job framework, as this job's result.
                    IStatus status = Status.error("Cannot open the project " + file + ": " + e.getMessage(), e);
                    inUi(() -> MessageDialog.openError(shell(), "Cannot open " + file.getFileName(),
                            e.getMessage() + "\n\nThe project shown before stays open."));
                    return status;
                }
            }
        };
        job.setUser(true);
        return job;
    }

    /** Saves to the project's file, or asks for one when the project was never saved. Whether it was saved. */
    static boolean save(Shell shell) {
        Path file = Session.get().project().orElse(null);
        return file == null ? saveAs(shell) : saveTo(shell, file);
    }

    static boolean saveAs(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save the project as");
        dialog.setFilterExtensions(new String[] { "*." + ProjectFile.EXTENSION });
        dialog.setFileName(Session.get().project().map(p -> p.getFileName().toString())
                .orElse("films." + ProjectFile.EXTENSION));
        dialog.setOverwrite(true);
        String chosen = FilmLabPreferences.openInLastFolder(dialog);
        if (chosen == null) {
            return false;
        }
        String name = chosen.endsWith("." + ProjectFile.EXTENSION) ? chosen : chosen + "." + ProjectFile.EXTENSION;
        return saveTo(shell, Path.of(name));
    }

    static boolean saveTo(Shell shell, Path file) {
        ProjectFile.Contents contents = ProjectFile.of(Session.get());
        IOException[] failed = new IOException[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                ProjectFile.write(contents, file);
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            ILog.of(Projects.class).log(Status.error("cannot save the project to " + file, failed[0]));
            MessageDialog.openError(shell, "Cannot save the project", "Cannot write " + file + ": "
                    + failed[0].getMessage() + "\n\nNothing was changed on disk; the project is still open.");
            return false;
        }
        Session.get().saved(file);
        remember(file);
        return true;
    }

    /**
     * Whether the session's changes may be replaced: there are none, or the user saved them or chose
     * to lose them. Cancel keeps everything.
     */
    static boolean mayDiscard(Shell shell, String toDo) {
        Session session = Session.get();
        if (!session.dirty()) {
            return true;
        }
        String name = session.project().map(p -> p.getFileName().toString()).orElse("The new project");
        MessageDialog ask = new MessageDialog(shell, "Save changes?", null, name + " has changes that are not"
                + " saved (data sets, runs, workflow edits or next experiments).\n\nSave them before you " + toDo + "?",
                MessageDialog.QUESTION, 0, "Save", "Don't save", "Cancel");
        return switch (ask.open()) {
            case 0 -> save(shell);
            case 1 -> true;
            default -> false;
        };
    }

    /** The recent projects that still exist, most recent first. */
    static List<Path> recent() {
        String stored = FilmLabPreferences.store().getString(RECENT);
        return Arrays.stream(stored.split("\n")).filter(s -> !s.isBlank()).map(Path::of)
                .filter(Files::isRegularFile).toList();
    }

    private static void remember(Path file) {
        List<Path> list = new ArrayList<>(recent());
        Path absolute = file.toAbsolutePath().normalize();
        list.remove(absolute);
        list.add(0, absolute);
        String joined = String.join("\n", list.stream().limit(RECENT_MAX).map(Path::toString).toList());
        FilmLabPreferences.store().setValue(RECENT, joined);
        FilmLabPreferences.save("the recent projects");
    }
}
