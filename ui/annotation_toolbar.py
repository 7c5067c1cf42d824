"""The annotation tools and their style, and the edit and view actions, as two tool rows.

Shortcuts are handled by the viewer while it has the focus (single keys for tools); the
tooltips name them so they can be learnt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.annotations.shapes import RedactionMode
from ui import icons
from ui.annotation_scene import TOOL_KEYS, AnnotationScene, Tool
from ui.evidence_viewer import EvidenceViewer

PALETTE = ("#e53935", "#fb8c00", "#fdd835", "#43a047", "#1e88e5", "#8e24aa", "#000000", "#ffffff")


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class AnnotationToolbar(QWidget):
    """The style and action rows; :attr:`tools` is the tool column, placed by the caller."""

    def __init__(
        self, scene: AnnotationScene, viewer: EvidenceViewer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.scene = scene
        self.viewer = viewer
        names = {
            Tool.SELECT: self.tr("Pilih, pindahkan, ubah ukuran"),
            Tool.PAN: self.tr("Geser tampilan (atau tahan Spasi / tombol tengah tetikus)"),
            Tool.RECTANGLE: self.tr("Persegi"),
            Tool.ELLIPSE: self.tr("Elips"),
            Tool.ARROW: self.tr("Panah"),
            Tool.LINE: self.tr("Garis"),
            Tool.HIGHLIGHTER: self.tr("Stabilo (transparan)"),
            Tool.CALLOUT: self.tr("Keterangan teks: seret dari titik yang ditunjuk"),
            Tool.MARKER: self.tr("Penanda bernomor"),
            Tool.REDACTION: self.tr("Kotak sensor (blok atau piksel)"),
            Tool.COMMENT: self.tr("Komentar pada area (untuk supervisor)"),
        }
        # The tools stand in a column beside the picture (as in image editors), which
        # leaves the rows above it to the style and the actions in a narrow detail pane.
        self.tools = QToolBar()
        self.tools.setOrientation(Qt.Orientation.Vertical)
        self.tools.setIconSize(QSize(18, 18))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.tool_actions: dict[Tool, QAction] = {}
        for tool, name in names.items():
            action = QAction(icons.icon(f"tool_{tool.value}"), name, self)
            action.setCheckable(True)
            action.setToolTip(f"{name} ({TOOL_KEYS[tool]})")
            action.setObjectName(f"tool_{tool.value}")
            action.triggered.connect(lambda _=False, t=tool: self._choose(t))
            self.group.addAction(action)
            self.tools.addAction(action)
            self.tool_actions[tool] = action
            if tool is Tool.PAN:
                self.tools.addSeparator()
        self.tool_actions[Tool.SELECT].setChecked(True)
        scene.tool_changed.connect(self._tool_changed)

        self.style_bar = QToolBar()
        self.style_bar.setIconSize(QSize(18, 18))
        self.colour_button = QToolButton()
        self.colour_button.setToolTip(self.tr("Warna anotasi baru (dan yang dipilih)"))
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.colour_button)
        for colour in PALETTE:
            menu.addAction(_swatch(colour), colour, lambda c=colour: self.set_colour(c))
        menu.addSeparator()
        menu.addAction(self.tr("Warna lain…"), self._pick_colour)
        self.colour_button.setMenu(menu)
        self.style_bar.addWidget(self.colour_button)
        self.width_box = QDoubleSpinBox()
        self.width_box.setRange(1, 40)
        self.width_box.setDecimals(0)
        self.width_box.setSuffix(" px")
        self.width_box.setValue(scene.draw_style.width)
        self.width_box.setToolTip(self.tr("Tebal garis (piksel gambar)"))
        self.width_box.valueChanged.connect(self._width_changed)
        self.style_bar.addWidget(QLabel(" " + self.tr("Tebal") + " "))
        self.style_bar.addWidget(self.width_box)
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("Blok hitam"), RedactionMode.SOLID.value)
        self.mode_box.addItem(self.tr("Piksel"), RedactionMode.PIXELATE.value)
        self.mode_box.setToolTip(self.tr("Jenis kotak sensor"))
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        self.style_bar.addWidget(QLabel(" " + self.tr("Sensor") + " "))
        self.style_bar.addWidget(self.mode_box)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Teks keterangan baru"))
        self.text_edit.setToolTip(
            self.tr("Teks untuk keterangan berikutnya; klik dua kali keterangan untuk mengubahnya")
        )
        self.text_edit.setMaximumWidth(200)
        self.text_edit.textChanged.connect(self._text_changed)
        self.style_bar.addWidget(self.text_edit)
        self.set_colour(scene.draw_style.colour)

        self.actions_bar = QToolBar()
        self.actions_bar.setIconSize(QSize(18, 18))
        stack = scene.undo_stack
        self.undo_action = self._action("undo", self.tr("Urungkan (Ctrl+Z)"), stack.undo)
        self.redo_action = self._action(
            "redo", self.tr("Ulangi (Ctrl+Y atau Ctrl+Shift+Z)"), stack.redo
        )
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # Bound methods, not lambdas: Qt drops them with this widget, while the stack
        # (owned by the scene) may still announce its last change while being destroyed.
        stack.undoTextChanged.connect(self._undo_text_changed)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.actions_bar.addSeparator()
        self.copy_action = self._action(
            "copy", self.tr("Salin anotasi (Ctrl+C)"), scene.copy_selected
        )
        self.paste_action = self._action("paste", self.tr("Tempel anotasi (Ctrl+V)"), scene.paste)
        self.delete_action = self._action(
            "delete", self.tr("Hapus anotasi terpilih (Delete)"), scene.delete_selected
        )
        self.lock_action = self._action(
            "lock", self.tr("Kunci atau buka kunci anotasi terpilih"), self._toggle_lock
        )
        self.lock_action.setCheckable(True)
        self.hide_action = self._action(
            "hide", self.tr("Sembunyikan atau tampilkan semua anotasi"), self._toggle_hidden
        )
        self.hide_action.setCheckable(True)
        self.actions_bar.addSeparator()
        self._action("zoom_out", self.tr("Perkecil (Ctrl+-, roda tetikus)"), viewer.zoom_out)
        self._action("zoom_in", self.tr("Perbesar (Ctrl+=, roda tetikus)"), viewer.zoom_in)
        self._action("fit", self.tr("Paskan ke layar (Ctrl+0)"), viewer.fit)
        self._action("actual_size", self.tr("Ukuran asli 100 % (1)"), viewer.actual_size)
        self._action(
            "rotate_left", self.tr("Putar tampilan ke kiri ([)"), lambda: viewer.rotate_view(-1)
        )
        self._action(
            "rotate_right", self.tr("Putar tampilan ke kanan (])"), lambda: viewer.rotate_view(1)
        )
        # Shown by the caller (below the picture), where it does not crowd the actions.
        self.zoom_label = QLabel()
        viewer.zoom_changed.connect(self._zoom_changed)
        scene.selection_changed_ids.connect(self._selection_changed)
        scene.document_changed.connect(self._selection_changed)
        self._selection_changed()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._row(self.style_bar))
        layout.addWidget(self._row(self.actions_bar))

    @staticmethod
    def _row(*bars: QToolBar) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for bar in bars:
            layout.addWidget(bar)
        layout.addStretch(1)
        return row

    def _action(self, icon: str, tip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(icons.icon(icon), tip, self)
        action.setToolTip(tip)
        action.setObjectName(f"annotation_{icon}")
        action.triggered.connect(lambda _=False: slot())
        self.actions_bar.addAction(action)
        return action

    def _choose(self, tool: Tool) -> None:
        if not self.scene.set_tool(tool):
            self.tool_actions[self.scene.tool].setChecked(True)
        self.viewer.setFocus()

    def _tool_changed(self, value: str) -> None:
        self.tool_actions[Tool(value)].setChecked(True)

    def set_colour(self, colour: str) -> None:
        self.scene.draw_style.colour = colour
        self.colour_button.setIcon(_swatch(colour))
        if self.scene.selected and not self.scene.read_only:
            self.scene.restyle_selected(colour=colour)

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.scene.draw_style.colour), self)
        if colour.isValid():
            self.set_colour(colour.name())

    def _width_changed(self, value: float) -> None:
        self.scene.draw_style.width = value
        if self.scene.selected and not self.scene.read_only:
            self.scene.restyle_selected(width=value)

    def _mode_changed(self) -> None:
        mode = RedactionMode(self.mode_box.currentData())
        self.scene.draw_style.redaction_mode = mode
        if self.scene.selected and not self.scene.read_only:
            self.scene.restyle_selected(redaction_mode=mode)

    def _text_changed(self, text: str) -> None:
        self.scene.draw_style.callout_text = text

    def _undo_text_changed(self, text: str) -> None:
        self.undo_action.setToolTip(self.tr("Urungkan: {step} (Ctrl+Z)").format(step=text))

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def _toggle_lock(self) -> None:
        shapes = self.scene.selected_shapes()
        self.scene.set_locked(not all(s.locked for s in shapes))
        self._selection_changed()

    def _toggle_hidden(self) -> None:
        document = self.scene.document
        hidden = document is not None and not all(s.hidden for s in document.shapes)
        self.scene.set_all_hidden(hidden)
        self._selection_changed()

    def _selection_changed(self) -> None:
        editable = not self.scene.read_only
        shapes = self.scene.selected_shapes()
        document = self.scene.document
        self.delete_action.setEnabled(editable and bool(shapes))
        self.lock_action.setEnabled(editable and bool(shapes))
        self.lock_action.setChecked(bool(shapes) and all(s.locked for s in shapes))
        self.copy_action.setEnabled(bool(shapes))
        self.paste_action.setEnabled(editable)
        for tool, action in self.tool_actions.items():
            action.setEnabled(editable or tool in (Tool.SELECT, Tool.PAN, Tool.COMMENT))
        shown = document.shapes if document is not None else ()
        self.hide_action.setEnabled(editable and bool(shown))
        self.hide_action.setChecked(bool(shown) and all(s.hidden for s in shown))
