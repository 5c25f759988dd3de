"""Dasbor: charts (Qt Charts) of the register and of step durations against the SOP standard."""

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from monev_desktop.gui.forms.ui_dashboard_page import Ui_DashboardPage
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.table_model import Column, RowTableModel
from monev_desktop.services.container import Services
from monev_desktop.services.dashboard import Dashboard


class DashboardPage(QWidget):
    """The figures are computed off the GUI thread (seconds at a decade of data) and drawn
    when they arrive."""

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.services, self.runner = services, runner
        self.views = {}
        for name in ("typeHost", "statusHost", "opdHost", "stepsHost"):
            host = getattr(self.ui, name)
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
            view = QChartView(host)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            layout.addWidget(view)
            self.views[name] = view
        self.expiring = RowTableModel(
            [
                Column(self.tr("Nomor"), lambda a: a.nomor),
                Column(self.tr("Judul"), lambda a: a.judul),
                Column(self.tr("Mitra"), lambda a: a.mitra),
                Column(self.tr("Berakhir"), lambda a: a.tanggal_berakhir),
            ],
            parent=self,
        )
        self.ui.expiring.setModel(self.expiring)
        self.ui.expiring.verticalHeader().setVisible(False)
        self.ui.expiring.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.refresh.clicked.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.runner.run_while_disabled(
            self.ui.refresh, self.services.dashboard, self._show, parent=self
        )

    def _show(self, figures: Dashboard) -> None:
        self.views["typeHost"].setChart(
            self._bars(self.tr("Kerja sama menurut jenis"), figures.by_type)
        )
        self.views["statusHost"].setChart(
            self._pie(self.tr("Kerja sama menurut status"), figures.by_status)
        )
        self.views["opdHost"].setChart(
            self._bars(self.tr("OPD dengan kerja sama terbanyak"), figures.by_opd, horizontal=True)
        )
        self.views["stepsHost"].setChart(self._steps(figures))
        self.expiring.set_rows(sorted(figures.expiring, key=lambda a: a.tanggal_berakhir))
        self.figures = figures

    def _bars(self, title: str, counts, *, horizontal: bool = False) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        if horizontal:
            counts = list(reversed(counts))  # a horizontal chart draws its first bar at the bottom
        bars = QBarSet(self.tr("Jumlah"))
        bars.append([float(n) for _, n in counts])
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([str(label)[:40] for label, _ in counts])
        small = QFont(categories.labelsFont())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        categories.setLabelsFont(small)
        values = _count_axis(max((n for _, n in counts), default=0))
        chart.addAxis(
            categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        chart.addAxis(
            values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setVisible(False)
        return chart

    def _pie(self, title: str, counts) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        series = QPieSeries()
        for label, n in counts:
            series.append(f"{label} ({n})", n)
        chart.addSeries(series)
        # Named in a legend, not on the slices: a thin slice's label (a few agreements still
        # running among thousands ended) would be drawn outside the chart or over another's.
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart

    def _steps(self, figures: Dashboard) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Rata-rata waktu tiap langkah dibanding waktu baku (jam kerja)"))
        standard, actual = QBarSet(self.tr("Waktu baku")), QBarSet(self.tr("Rata-rata nyata"))
        for step in figures.steps:
            standard.append(step.standard_hours or 0.0)
            actual.append(step.average_hours or 0.0)
        series = QBarSeries()
        series.append(standard)
        series.append(actual)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([str(s.step) for s in figures.steps])
        values = QValueAxis()
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f")
        return chart


def _count_axis(largest: int) -> QValueAxis:
    """A 0-based axis with whole-number ticks that fits `largest`."""
    step = max(1, -(-largest // 4))
    axis = QValueAxis()
    axis.setRange(0, step * 4)
    axis.setTickCount(5)
    axis.setLabelFormat("%d")
    return axis
