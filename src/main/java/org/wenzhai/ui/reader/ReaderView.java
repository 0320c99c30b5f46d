package org.wenzhai.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.i18n.Messages;
import org.wenzhai.ui.passages.MarkingViewModel;
import org.wenzhai.ui.passages.TagInput;

/** The reader: the article's title and byline above, the text in a read-only RichTextFX area, a find bar. */
public class ReaderView {
    private static final String FONT_FAMILY = CjkFonts.family();

    private static final KeyCombination COPY_WITH_SOURCE = new KeyCodeCombination(KeyCode.C,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ReaderViewModel vm;
    private final MarkingViewModel marking;
    private final BorderPane root = new BorderPane();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Label title = new Label();
    private final Label byline = new Label();
    private final Label placeholder = new Label(Messages.t("reader.placeholder"));
    /** What the reader says when no article is open. */
    private String idleHint = Messages.t("reader.placeholder");
    private final HBox findBar;
    private final TextField findField = new TextField();
    private final List<SpanPainter.Range> extraRanges = new ArrayList<>();

    public ReaderView(ReaderViewModel vm, MarkingViewModel marking) {
        this.vm = vm;
        this.marking = marking;
        root.setId("reader");
        root.getStyleClass().add("reader");
        area.setId("readerText");
        area.getStyleClass().add("reader-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPadding(new Insets(8, 36, 24, 36));
        title.getStyleClass().add("reader-title");
        title.setId("readerTitle");
        title.setWrapText(true);
        byline.getStyleClass().add("reader-byline");
        byline.setId("readerByline");
        byline.setWrapText(true);
        VBox header = new VBox(4, title, byline);
        header.getStyleClass().add("reader-header");
        header.setPadding(new Insets(18, 36, 10, 36));

        findField.setId("findField");
        findField.setPromptText(Messages.t("ui.find.prompt"));
        findField.textProperty().bindBidirectional(vm.findQueryProperty());
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    vm.findPrevious();
                } else {
                    vm.findNext();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hideFind();
            }
        });
        Button prev = new Button(Messages.t("ui.find.previous"));
        prev.setOnAction(e -> vm.findPrevious());
        Button next = new Button(Messages.t("ui.find.next"));
        next.setOnAction(e -> vm.findNext());
        Button close = new Button("✕");
        close.setOnAction(e -> hideFind());
        Label count = new Label();
        count.textProperty().bind(vm.findStatusProperty());
        findBar = new HBox(6, new Label(Messages.t("ui.find.label")), findField, prev, next, count, close);
        findBar.getStyleClass().add("find-bar");
        findBar.setPadding(new Insets(4, 8, 4, 8));
        HBox.setHgrow(findField, Priority.SOMETIMES);
        findBar.setVisible(false);
        findBar.setManaged(false);

        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox page = new VBox(header, scroll);
        page.getStyleClass().add("reader-page");
        placeholder.getStyleClass().add("reader-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(440);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        StackPane centre = new StackPane(page, placeholder);
        root.setTop(findBar);
        root.setCenter(centre);
        page.visibleProperty().bind(vm.contentProperty().isNotNull());
        placeholder.visibleProperty().bind(vm.contentProperty().isNull());

        applyFont(vm.fontSizeProperty().get());
        vm.fontSizeProperty().addListener((o, a, b) -> applyFont(b.intValue()));
        vm.contentProperty().addListener((o, a, b) -> show(b));
        vm.targetProperty().addListener((o, a, b) -> scrollTo(b));
        vm.matches().addListener((javafx.collections.ListChangeListener<TextRange>) c -> restyle());
        vm.currentMatchProperty().addListener((o, a, b) -> restyle());
        vm.markedProperty().addListener((o, a, b) -> restyle());
        vm.errorProperty().addListener((o, a, b) -> {
            if (b != null) {
                placeholder.setText(b);
            }
        });
        marking.highlights().addListener((javafx.collections.ListChangeListener<Highlight>) c -> paintHighlights());
        marking.selectedProperty().addListener((o, a, b) -> paintHighlights());
        installMarking();
    }

    // ---- marking

    private void installMarking() {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY_WITH_SOURCE.match(e)) {
                copyWithSource();
                e.consume();
                return;
            }
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            HighlightColor color = colorForKey(e.getCode());
            Span span = selection();
            if (color != null && span != null) {
                marking.highlight(span, color);
                e.consume();
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !area.getSelectedText().isEmpty() || vm.content() == null) {
                return;
            }
            TwoDimensional.Position p = area.offsetToPosition(area.getCaretPosition(), TwoDimensional.Bias.Forward);
            marking.select(marking.highlightAt(p.getMajor(), p.getMinor()));
        });
        ContextMenu menu = new ContextMenu();
        area.setContextMenu(menu);
        menu.setOnShowing(e -> fillMenu(menu));
    }

    private static HighlightColor colorForKey(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> HighlightColor.YELLOW;
            case DIGIT2, NUMPAD2 -> HighlightColor.GREEN;
            case DIGIT3, NUMPAD3 -> HighlightColor.BLUE;
            case DIGIT4, NUMPAD4 -> HighlightColor.PINK;
            case DIGIT5, NUMPAD5 -> HighlightColor.PURPLE;
            default -> null;
        };
    }

    private void fillMenu(ContextMenu menu) {
        menu.getItems().clear();
        Span span = selection();
        if (span != null) {
            int i = 1;
            for (HighlightColor c : HighlightColor.values()) {
                MenuItem m = new MenuItem(Messages.t("ui.mark.color", colorName(c), i++));
                m.setOnAction(e -> marking.highlight(span, c));
                menu.getItems().add(m);
            }
            MenuItem note = new MenuItem(Messages.t("ui.mark.withNote"));
            note.setOnAction(e -> askText(Messages.t("ui.mark.withNote"), Messages.t("ui.mark.notePrompt"), null)
                    .ifPresent(t -> marking.highlightWithNote(span, t)));
            MenuItem tags = new MenuItem(Messages.t("ui.mark.withTags"));
            tags.setOnAction(e -> TagInput.ask(root.getScene().getWindow(), marking.tagSuggestions())
                    .ifPresent(t -> marking.highlightWithTags(span, List.of(t))));
            MenuItem copySource = new MenuItem(Messages.t("ui.mark.copyWithSource"));
            copySource.setAccelerator(COPY_WITH_SOURCE);
            copySource.setOnAction(e -> copyWithSource());
            MenuItem copyPlain = new MenuItem(Messages.t("ui.mark.copy"));
            copyPlain.setOnAction(e -> area.copy());
            menu.getItems().addAll(new SeparatorMenuItem(), note, tags, new SeparatorMenuItem(), copySource, copyPlain);
        } else {
            MenuItem hint = new MenuItem(Messages.t("ui.mark.selectFirst"));
            hint.setDisable(true);
            menu.getItems().add(hint);
        }
    }

    private java.util.Optional<String> askText(String title, String prompt, String initial) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(initial);
        d.initOwner(root.getScene().getWindow());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        return d.showAndWait().filter(t -> !t.isBlank());
    }

    public static String colorName(HighlightColor c) {
        return Messages.t("ui.color." + c.wireName());
    }

    private void copyWithSource() {
        Span span = selection();
        if (span != null) {
            marking.copyWithSource(span, ReaderView::toClipboard);
        } else if (marking.selectedProperty().get() != null) {
            marking.copyWithSource(marking.selectedProperty().get(), ReaderView::toClipboard);
        }
    }

    static void toClipboard(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** The selection as block offsets, or null when nothing is selected. */
    public Span selection() {
        ReaderContent c = vm.content();
        IndexRange r = area.getSelection();
        if (c == null || r.getLength() == 0 || c.blocks().isEmpty()) {
            return null;
        }
        TwoDimensional.Position s = area.offsetToPosition(r.getStart(), TwoDimensional.Bias.Forward);
        TwoDimensional.Position e = area.offsetToPosition(r.getEnd(), TwoDimensional.Bias.Backward);
        int sp = s.getMajor();
        int so = s.getMinor();
        if (so >= area.getParagraphLength(sp) && sp + 1 < c.blocks().size()) {
            sp++;
            so = 0;
        }
        int ep = e.getMajor();
        int eo = e.getMinor();
        if (eo == 0 && ep > sp) {
            ep--;
            eo = area.getParagraphLength(ep);
        }
        if (sp >= c.blocks().size() || ep >= c.blocks().size() || (sp == ep && eo <= so)) {
            return null;
        }
        return new Span(c.blocks().get(sp).id(), so, c.blocks().get(ep).id(), eo);
    }

    private void paintHighlights() {
        ReaderContent c = vm.content();
        List<SpanPainter.Range> ranges = new ArrayList<>();
        if (c != null && area.getLength() > 0) {
            Highlight selected = marking.selectedProperty().get();
            for (Highlight h : marking.highlights()) {
                if (!h.anchor().isPlaced()) {
                    continue;
                }
                int sp = c.paragraphOf(h.anchor().startBlockId());
                int ep = c.paragraphOf(h.anchor().endBlockId());
                if (sp < 0 || ep < 0) {
                    continue;
                }
                int start = absolute(new TextRange(sp, h.anchor().start(), h.anchor().start()), "").start();
                int end = absolute(new TextRange(ep, h.anchor().end(), h.anchor().end()), "").start();
                ranges.add(new SpanPainter.Range(start, end, "hl-" + h.color().wireName()));
                if (selected != null && selected.id() == h.id()) {
                    ranges.add(new SpanPainter.Range(start, end, "hl-selected"));
                }
            }
        }
        setExtraRanges(ranges);
    }

    private void applyFont(int size) {
        area.setStyle("-fx-font-family: \"" + FONT_FAMILY + "\"; -fx-font-size: " + size + "px;");
        title.setStyle("-fx-font-family: \"" + FONT_FAMILY + "\"; -fx-font-size: " + Math.round(size * 1.5) + "px;");
    }

    /** Sets what the reader says when no article is open (how to start, for an empty library). */
    public void setIdleHint(String hint) {
        idleHint = hint;
        if (vm.contentProperty().get() == null && vm.errorProperty().get() == null) {
            placeholder.setText(hint);
        }
    }

    private void show(ReaderContent c) {
        if (c == null) {
            area.clear();
            title.setText("");
            byline.setText("");
            placeholder.setText(idleHint);
            return;
        }
        title.setText(c.article().title());
        byline.setText(ReaderViewModel.byline(c));
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
        if (c.blocks().isEmpty()) {
            builder.addParagraph("", List.of(), List.of());
        }
        for (Block b : c.blocks()) {
            // one block is one paragraph of the area: keep offsets equal to the stored text
            String text = b.text().replace('\n', ' ');
            builder.addParagraph(text, List.<String>of(), paragraphClasses(b));
        }
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> doc = builder.build();
        area.replace(0, area.getLength(), doc);
        extraRanges.clear();
        restyle();
        area.moveTo(0);
        area.showParagraphAtTop(0);
        area.applyCss();
        area.layout();
        System.err.println(vm.rendered());
    }

    private static List<String> paragraphClasses(Block b) {
        if (b.isHeading()) {
            int level = b.level() == null ? 1 : Math.max(1, Math.min(4, b.level()));
            return List.of("heading", "h" + level);
        }
        return List.of("body");
    }

    /** Extra styled ranges from other features (highlights), in absolute offsets. */
    public void setExtraRanges(List<SpanPainter.Range> ranges) {
        extraRanges.clear();
        extraRanges.addAll(ranges);
        restyle();
    }

    private void restyle() {
        if (vm.content() == null || area.getLength() == 0) {
            return;
        }
        List<SpanPainter.Range> ranges = new ArrayList<>(extraRanges);
        int current = vm.currentMatchProperty().get();
        List<TextRange> matches = vm.matches();
        for (int i = 0; i < matches.size(); i++) {
            ranges.add(absolute(matches.get(i), i == current ? "find-current" : "find-match"));
        }
        TextRange mark = vm.markedProperty().get();
        if (mark != null) {
            ranges.add(absolute(mark, "search-mark"));
        }
        area.setStyleSpans(0, SpanPainter.paint(area.getLength(), ranges));
    }

    public SpanPainter.Range absolute(TextRange r, String styleClass) {
        int p = Math.min(r.paragraph(), area.getParagraphs().size() - 1);
        int base = area.getAbsolutePosition(p, 0);
        int len = area.getParagraphLength(p);
        return new SpanPainter.Range(base + Math.min(r.start(), len), base + Math.min(r.end(), len), styleClass);
    }

    private void scrollTo(TextRange t) {
        if (t == null || vm.content() == null) {
            return;
        }
        int p = Math.max(0, Math.min(t.paragraph(), area.getParagraphs().size() - 1));
        int len = area.getParagraphLength(p);
        area.moveTo(p, Math.min(t.start(), len));
        if (t.end() > t.start()) {
            area.selectRange(p, Math.min(t.start(), len), p, Math.min(t.end(), len));
        }
        area.showParagraphAtTop(p);
        // the viewport may not be laid out yet right after a new article
        Platform.runLater(() -> {
            if (p < area.getParagraphs().size()) {
                area.showParagraphAtTop(p);
            }
        });
    }

    public void showFind() {
        findBar.setVisible(true);
        findBar.setManaged(true);
        findField.requestFocus();
        findField.selectAll();
    }

    public void hideFind() {
        findBar.setVisible(false);
        findBar.setManaged(false);
        vm.findQueryProperty().set("");
        area.requestFocus();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public Parent root() {
        return root;
    }
}
