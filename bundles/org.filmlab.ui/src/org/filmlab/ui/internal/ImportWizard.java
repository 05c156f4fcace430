// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.filmlab.core.analysis.DatasetImporter;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.FilmVariable;
import org.filmlab.core.data.InputException;
import org.filmlab.core.data.Table;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;

/**
 * File › Import...: page 1 picks the file, the importer (by extension, or by hand) and the
 * importer's parameters; page 2 previews the first rows and maps each column to a role, a FilmLab
 * variable and a unit, checked as the import will check it. Finish imports in a job. The mapping is
 * remembered for the file's header row and offered again for the next file with the same headers.
 */
final class ImportWizard extends Wizard {

    /** Rows shown in the preview: enough to see the layout, few enough to open at once. */
    static final int PREVIEW_ROWS = 20;

    private static final List<ColumnRole> ROLES = List.of(ColumnRole.CONDITION, ColumnRole.PROPERTY, ColumnRole.ID,
            ColumnRole.IGNORED);

    private final FilePage filePage;
    private final MappingPage mappingPage;

    ImportWizard(Path initial) {
        setWindowTitle("Import a data set");
        setNeedsProgressMonitor(true);
        filePage = new FilePage(initial);
        mappingPage = new MappingPage();
        addPage(filePage);
        addPage(mappingPage);
    }

    FilePage filePage() {
        return filePage;
    }

    MappingPage mappingPage() {
        return mappingPage;
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == mappingPage && mappingPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        new DatasetImportJob(mappingPage.readFor, mappingPage.mapping()).schedule();
        return true;
    }

    static String roleName(ColumnRole role) {
        return role == ColumnRole.ID ? "row label" : role.name().toLowerCase(Locale.ROOT);
    }

    /** Page 1: the file, its importer and the importer's parameters. */
    final class FilePage extends WizardPage {
        private final Path initial;
        private Text path;
        private ComboViewer importers;
        private Group parameterGroup;
        private final Map<String, Supplier<Object>> parameterValues = new LinkedHashMap<>();
        private ContributionDescriptor parametersFor;

        FilePage(Path initial) {
            super("file", "Data file", null);
            this.initial = initial;
            setDescription("A CSV, XLSX or ARFF file of films: one row per film, one column per condition or property.");
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite root = new Composite(parent, SWT.NONE);
            root.setLayout(new GridLayout(3, false));
            new Label(root, SWT.NONE).setText("&File:");
            path = new Text(root, SWT.BORDER);
            path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(root, SWT.PUSH);
            browse.setText("&Browse...");
            browse.addListener(SWT.Selection, e -> browse());
            new Label(root, SWT.NONE).setText("&Importer:");
            importers = new ComboViewer(root, SWT.READ_ONLY);
            importers.getControl().setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(2, 1).create());
            importers.setContentProvider(ArrayContentProvider.getInstance());
            importers.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    ContributionDescriptor d = (ContributionDescriptor) element;
                    return d.name() + " (." + String.join(", .", d.extensions()) + ")";
                }
            });
            importers.setInput(ContributionRegistry.getDefault().list(ContributionKind.IMPORTER));
            importers.addSelectionChangedListener(e -> {
                showParameters();
                validate();
            });
            parameterGroup = new Group(root, SWT.NONE);
            parameterGroup.setText("Importer parameters");
            parameterGroup.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).span(3, 1).create());
            parameterGroup.setLayout(new GridLayout(2, false));
            path.addModifyListener(e -> {
                fileChanged();
                validate();
            });
            if (initial != null) {
                path.setText(initial.toString());
            }
            setControl(root);
            validate();
        }

        /** Types a file name into the page, as the user would. */
        void setFile(Path file) {
            path.setText(file.toString());
        }

        Optional<ContributionDescriptor> importer() {
            Object chosen = importers.getStructuredSelection().getFirstElement();
            return Optional.ofNullable((ContributionDescriptor) chosen);
        }

        void selectImporter(ContributionDescriptor d) {
            importers.setSelection(new StructuredSelection(d));
        }

        /** Sets the field of an importer parameter, as the user would; for a choice, one of its words. */
        void setParameter(String key, String text) {
            for (Control c : parameterGroup.getChildren()) {
                if (key.equals(c.getData("parameter"))) {
                    if (c instanceof Text t) {
                        t.setText(text);
                    } else if (c instanceof Combo combo) {
                        combo.setText(text);
                    } else if (c instanceof Button b) {
                        b.setSelection(Boolean.parseBoolean(text));
                    }
                    validate();
                    return;
                }
            }
            throw new IllegalArgumentException("no parameter " + key + " for " + importer().map(d -> d.id()).orElse("none"));
        }

        ImportSpec spec() {
            Map<String, Object> given = new LinkedHashMap<>();
            parameterValues.forEach((k, v) -> given.put(k, v.get()));
            return new ImportSpec(Path.of(path.getText().strip()), importer().orElseThrow(), given);
        }

        private void browse() {
            TreeSet<String> extensions = new TreeSet<>();
            ContributionRegistry.getDefault().list(ContributionKind.IMPORTER).forEach(d -> extensions.addAll(d.extensions()));
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setText("Import a data set");
            dialog.setFilterExtensions(new String[] {
                String.join(";", extensions.stream().map(e -> "*." + e).toList()), "*" });
            dialog.setFilterNames(new String[] { "Data sets (" + String.join(", ", extensions) + ")", "All files" });
            String chosen = FilmLabPreferences.openInLastFolder(dialog);
            if (chosen != null) {
                path.setText(chosen);
            }
        }

        private void fileChanged() {
            String text = path.getText().strip();
            if (!text.isEmpty()) {
                ImportSpec.importerFor(Path.of(text)).ifPresent(this::selectImporter);
            }
        }

        private void showParameters() {
            ContributionDescriptor d = importer().orElse(null);
            if (d == parametersFor) {
                return;
            }
            parametersFor = d;
            for (Control c : parameterGroup.getChildren()) {
                c.dispose();
            }
            parameterValues.clear();
            if (d != null) {
                try {
                    DatasetImporter reader = ContributionRegistry.getDefault().create(d, DatasetImporter.class);
                    for (Parameter p : reader.parameters()) {
                        addField(p);
                    }
                    if (parameterValues.isEmpty()) {
                        new Label(parameterGroup, SWT.NONE).setText("This importer has no parameters.");
                    }
                } catch (CoreException e) {
                    setErrorMessage("The importer cannot be loaded: " + e.getMessage());
                }
            }
            parameterGroup.layout(true, true);
        }

        private void addField(Parameter p) {
            Label label = new Label(parameterGroup, SWT.NONE);
            label.setText(p.title() + ":");
            label.setToolTipText(p.description());
            Control field;
            switch (p.type()) {
                case CHOICE -> {
                    Combo combo = new Combo(parameterGroup, SWT.READ_ONLY);
                    combo.setItems(p.choices().toArray(String[]::new));
                    combo.setText(String.valueOf(p.defaultValue()));
                    combo.addListener(SWT.Selection, e -> validate());
                    parameterValues.put(p.key(), combo::getText);
                    field = combo;
                }
                case BOOLEAN -> {
                    Button check = new Button(parameterGroup, SWT.CHECK);
                    check.setSelection((Boolean) p.defaultValue());
                    parameterValues.put(p.key(), check::getSelection);
                    field = check;
                }
                default -> {
                    Text text = new Text(parameterGroup, SWT.BORDER);
                    text.setText(String.valueOf(p.defaultValue()));
                    text.addModifyListener(e -> validate());
                    parameterValues.put(p.key(), () -> typed(p, text.getText()));
                    field = text;
                }
            }
            field.setData("parameter", p.key());
            field.setToolTipText(p.description() + " (" + p.allowed() + ")");
            field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }

        private Object typed(Parameter p, String text) {
            String t = text.strip();
            try {
                return switch (p.type()) {
                    case INTEGER -> Integer.valueOf(t);
                    case REAL -> Double.valueOf(t);
                    default -> text;
                };
            } catch (NumberFormatException e) {
                return text;
            }
        }

        private void validate() {
            if (path == null) {
                return;
            }
            String text = path.getText().strip();
            String problem = null;
            if (text.isEmpty()) {
                problem = "Choose a file.";
            } else if (!Files.isRegularFile(Path.of(text))) {
                problem = Files.isDirectory(Path.of(text)) ? "This is a folder; choose a file in it."
                        : "There is no such file.";
            } else if (importer().isEmpty()) {
                problem = "No installed importer reads this extension; choose an importer.";
            } else {
                for (Parameter p : parametersOf()) {
                    try {
                        p.coerce(parameterValues.get(p.key()).get());
                    } catch (IllegalArgumentException e) {
                        problem = p.title() + ": " + e.getMessage() + "; allowed: " + p.allowed();
                        break;
                    }
                }
            }
            // An empty field is where every import starts: a hint, not an error.
            boolean fresh = text.isEmpty();
            setErrorMessage(fresh ? null : problem);
            if (fresh) {
                setMessage(problem);
            } else {
                setMessage(null);
            }
            setPageComplete(problem == null);
        }

        private List<Parameter> parametersOf() {
            List<Parameter> out = new ArrayList<>();
            importer().ifPresent(d -> {
                try {
                    ContributionRegistry.getDefault().create(d, DatasetImporter.class).parameters().forEach(out::add);
                } catch (CoreException e) {
                    // showParameters already said the importer cannot be loaded.
                }
            });
            return out;
        }
    }

    /** Page 2: the first rows and, per column, role, variable and unit, validated as the import will be. */
    final class MappingPage extends WizardPage {
        private ImportSpec readFor;
        private Table table;
        private List<ColumnMapping.Choice> choices = List.of();
        private boolean remembered;
        private TableViewer mappingViewer;
        private TableViewer preview;
        private Composite root;
        private Color invalid;

        MappingPage() {
            super("mapping", "Columns", null);
            setDescription("What each column is: the conditions the films were made with, the properties measured.");
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            root = new Composite(parent, SWT.NONE);
            root.setLayout(new GridLayout(1, false));
            invalid = new Color(new RGB(255, 205, 205));
            root.addDisposeListener(e -> invalid.dispose());
            SashForm sash = new SashForm(root, SWT.VERTICAL);
            sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            mappingViewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
            mappingViewer.getTable().setHeaderVisible(true);
            mappingViewer.getTable().setLinesVisible(true);
            mappingViewer.setContentProvider(ArrayContentProvider.getInstance());
            addMappingColumn("Column in the file", 180, c -> c.header(), null);
            addMappingColumn("Role", 110, c -> roleName(c.role()), new ChoiceEditing(ROLES.stream()
                    .map(ImportWizard::roleName).toList()) {
                @Override
                int index(ColumnMapping.Choice c) {
                    return ROLES.indexOf(c.role());
                }

                @Override
                ColumnMapping.Choice with(ColumnMapping.Choice c, int i) {
                    return c.withRole(ROLES.get(i));
                }
            });
            List<String> variables = new ArrayList<>();
            variables.add("(none)");
            for (FilmVariable v : FilmVariable.values()) {
                variables.add(v.symbol());
            }
            addMappingColumn("FilmLab variable", 130, c -> c.variable().map(FilmVariable::symbol).orElse("(none)"),
                    new ChoiceEditing(variables) {
                        @Override
                        int index(ColumnMapping.Choice c) {
                            return c.variable().map(v -> v.ordinal() + 1).orElse(0);
                        }

                        @Override
                        ColumnMapping.Choice with(ColumnMapping.Choice c, int i) {
                            Optional<FilmVariable> v = i == 0 ? Optional.empty()
                                    : Optional.of(FilmVariable.values()[i - 1]);
                            // Choosing a variable also gives its usual role, as a recognised header would.
                            ColumnMapping.Choice next = c.withVariable(v);
                            return v.isPresent() && c.role() != ColumnRole.IGNORED ? next.withRole(v.get().defaultRole())
                                    : next;
                        }
                    });
            TableViewerColumn unit = addMappingColumn("Unit", 90, c -> ColumnMapping.unitOf(c, table), null);
            unit.setEditingSupport(new EditingSupport(mappingViewer) {
                @Override
                protected CellEditor getCellEditor(Object element) {
                    return new TextCellEditor(mappingViewer.getTable());
                }

                @Override
                protected boolean canEdit(Object element) {
                    return true;
                }

                @Override
                protected Object getValue(Object element) {
                    // The unit shown, so that the editor opens with it instead of empty.
                    return ColumnMapping.unitOf((ColumnMapping.Choice) element, table);
                }

                @Override
                protected void setValue(Object element, Object value) {
                    replace((ColumnMapping.Choice) element, ((ColumnMapping.Choice) element).withUnit((String) value));
                }
            });
            addMappingColumn("First values", 220, this::firstValues, null);
            preview = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
            preview.getTable().setHeaderVisible(true);
            preview.getTable().setLinesVisible(true);
            preview.setContentProvider(ArrayContentProvider.getInstance());
            ColumnViewerToolTipSupport.enableFor(preview);
            // The mapping gets the larger share: every column of a file should be visible at once.
            sash.setWeights(3, 2);
            setControl(root);
        }

        @Override
        public void setVisible(boolean visible) {
            super.setVisible(visible);
            if (visible) {
                ImportSpec spec = filePage.spec();
                if (!spec.equals(readFor)) {
                    read(spec);
                }
            }
        }

        /** The mapping as the page shows it. */
        ColumnMapping mapping() {
            return new ColumnMapping(choices);
        }

        /** Whether the mapping shown was remembered from an earlier import of the same layout. */
        boolean isRemembered() {
            return remembered;
        }

        /** Changes one column's mapping, as editing its row would. */
        void setChoice(int column, ColumnMapping.Choice choice) {
            List<ColumnMapping.Choice> next = new ArrayList<>(choices);
            next.set(column, choice);
            choices = List.copyOf(next);
            mappingViewer.setInput(choices);
            validate();
        }

        /** The preview's text and marking of a cell: tooltip text if the import would reject it, else null. */
        String problemAt(int row, int column) {
            return cellProblem(table.rows().get(row), column);
        }

        private void read(ImportSpec spec) {
            Table[] read = new Table[1];
            String[] problem = new String[1];
            int[] badRow = { 0 };
            try {
                getContainer().run(true, true, monitor -> {
                    try {
                        read[0] = spec.read(monitor);
                    } catch (InputException e) {
                        problem[0] = e.getMessage();
                        badRow[0] = e.row();
                    } catch (CoreException e) {
                        problem[0] = e.getStatus().getMessage();
                    } catch (OperationCanceledException e) {
                        throw new InterruptedException("cancelled");
                    }
                });
            } catch (InvocationTargetException e) {
                problem[0] = String.valueOf(e.getCause());
            } catch (InterruptedException e) {
                problem[0] = "Reading was cancelled.";
            }
            readFor = read[0] == null ? null : spec;
            table = read[0];
            if (table == null) {
                choices = List.of();
                mappingViewer.setInput(choices);
                RawLinesPreview.show(preview, RawLinesPreview.read(spec.file(), badRow[0], PREVIEW_ROWS), badRow[0],
                        problem[0], invalid);
                setErrorMessage("Cannot read the file: " + problem[0]);
                setPageComplete(false);
                return;
            }
            Optional<ColumnMapping> earlier = FilmLabPreferences.rememberedMapping(table.headers());
            remembered = earlier.isPresent();
            choices = earlier.orElseGet(() -> ColumnMapping.defaults(table)).choices();
            mappingViewer.setInput(choices);
            showPreviewColumns();
            validate();
        }

        private void showPreviewColumns() {
            for (var c : preview.getTable().getColumns()) {
                c.dispose();
            }
            TableViewerColumn number = new TableViewerColumn(preview, SWT.RIGHT);
            number.getColumn().setText("Row");
            number.getColumn().setWidth(50);
            number.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return String.valueOf(((Table.Row) element).number());
                }
            });
            for (int j = 0; j < table.headers().size(); j++) {
                int column = j;
                TableViewerColumn c = new TableViewerColumn(preview, SWT.RIGHT);
                c.getColumn().setText(table.headers().get(j));
                c.getColumn().setWidth(Math.max(70, 9 * table.headers().get(j).length()));
                c.setLabelProvider(new ColumnLabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ((Table.Row) element).cells().get(column).display();
                    }

                    @Override
                    public Color getBackground(Object element) {
                        return cellProblem((Table.Row) element, column) == null ? null : invalid;
                    }

                    @Override
                    public String getToolTipText(Object element) {
                        return cellProblem((Table.Row) element, column);
                    }
                });
            }
            preview.setInput(table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size())));
        }

        /** Why the import would reject this cell under the current mapping, or null. */
        private String cellProblem(Table.Row row, int column) {
            if (column >= choices.size()) {
                return null;
            }
            ColumnRole role = choices.get(column).role();
            if (role != ColumnRole.CONDITION && role != ColumnRole.PROPERTY) {
                return null;
            }
            Table.Cell cell = row.cells().get(column);
            if (cell instanceof Table.Blank) {
                return "Missing: row " + row.number() + " has no " + table.headers().get(column)
                        + ". FilmLab does not fill in values; enter it, remove the row, or ignore the column.";
            }
            if (cell instanceof Table.Text t) {
                return "Not a number: '" + t.display() + "' in row " + row.number()
                        + ". Correct the cell, or make the column ignored.";
            }
            return null;
        }

        private void validate() {
            if (table == null) {
                return;
            }
            preview.refresh();
            try {
                Dataset d = mapping().apply(table, "preview");
                setErrorMessage(null);
                String summary = d.rowCount() + " films, " + d.conditions().size() + " conditions, "
                        + d.properties().size() + " properties.";
                setMessage(remembered ? "Mapping remembered from the last file with these columns. " + summary
                        : summary, remembered ? IMessageProvider.INFORMATION : IMessageProvider.NONE);
                setPageComplete(true);
            } catch (InputException e) {
                setErrorMessage(e.getMessage());
                setPageComplete(false);
            }
        }

        private void replace(ColumnMapping.Choice old, ColumnMapping.Choice next) {
            int i = choices.indexOf(old);
            if (i >= 0 && !old.equals(next)) {
                setChoice(i, next);
            }
        }

        private String firstValues(ColumnMapping.Choice c) {
            int j = table == null ? -1 : table.headers().indexOf(c.header());
            if (j < 0) {
                return "";
            }
            return String.join(", ", table.rows().stream().limit(4).map(r -> r.cells().get(j).display()).toList());
        }

        private TableViewerColumn addMappingColumn(String title, int width,
                java.util.function.Function<ColumnMapping.Choice, String> text, EditingSupport editing) {
            TableViewerColumn c = new TableViewerColumn(mappingViewer, SWT.NONE);
            c.getColumn().setText(title);
            c.getColumn().setWidth(width);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text.apply((ColumnMapping.Choice) element);
                }
            });
            if (editing != null) {
                c.setEditingSupport(editing);
            }
            return c;
        }

        /** A column edited by picking one of a list of words. */
        private abstract class ChoiceEditing extends EditingSupport {
            private final List<String> items;

            ChoiceEditing(List<String> items) {
                super(mappingViewer);
                this.items = items;
            }

            abstract int index(ColumnMapping.Choice c);

            abstract ColumnMapping.Choice with(ColumnMapping.Choice c, int i);

            @Override
            protected CellEditor getCellEditor(Object element) {
                return new ComboBoxCellEditor(mappingViewer.getTable(), items.toArray(String[]::new), SWT.READ_ONLY);
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return index((ColumnMapping.Choice) element);
            }

            @Override
            protected void setValue(Object element, Object value) {
                int i = (Integer) value;
                if (i >= 0) {
                    ColumnMapping.Choice c = (ColumnMapping.Choice) element;
                    replace(c, with(c, i));
                }
            }
        }
    }
}
